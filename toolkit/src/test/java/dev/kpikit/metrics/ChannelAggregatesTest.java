package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link ChannelAggregates}: the trailing year and the lapse rule per customer, as-of 2025-12-31
 * (window January to December 2025).
 */
class ChannelAggregatesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static int month(int year, int month) {
    return Periods.MONTHLY.index(LocalDate.of(year, month, 1));
  }

  @Test
  void theWindowEndsWithTheLastCompleteMonth() {
    ChannelAggregates full = ChannelAggregates.create(AS_OF, true, 1, month(2024, 1));
    assertEquals(month(2025, 1), full.windowFirstMonth());
    assertEquals(month(2025, 12), full.windowLastMonth());
    assertEquals(month(2025, 1), full.lastCohortMonth(), "a cohort needs its 12 months by December");
    ChannelAggregates partial = ChannelAggregates.create(AS_OF.minusDays(1), true, 1, month(2024, 1));
    assertEquals(month(2025, 11), partial.windowLastMonth());
  }

  @Test
  void aCustomerActiveOnceIsInTheBaseForTwelveMonthsThenLost() {
    // active in March 2024: in the base April 2024 to March 2025 (3 window months), lost March 2025
    assertArrayEquals(new long[] {3, 0, 1}, ChannelAggregates.lapseFlows(new int[] {month(2024, 3)}, AS_OF));
  }

  @Test
  void aReturnWithinTwelveMonthsKeepsTheCustomerAndALaterOneIsAGain() {
    // gained June 2025, in the base July to December (6); nobody lost in the window
    assertArrayEquals(new long[] {6, 1, 0}, ChannelAggregates.lapseFlows(new int[] {month(2025, 6)}, AS_OF));
    // 2024-12 then 2025-05: in the base all of 2025 (12 months), one customer kept, no gain in the window
    assertArrayEquals(new long[] {12, 0, 0},
        ChannelAggregates.lapseFlows(new int[] {month(2024, 12), month(2025, 5)}, AS_OF));
  }
}
