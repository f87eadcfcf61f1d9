package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RowCohortsTest {
  private static final MetricOptions MARCH = MetricOptions.monthly(LocalDate.of(2024, 3, 31));

  @Test
  void eachRow_carriesItsCustomersFirstPeriodAndAcquisitionChannel() {
    OrderFacts facts = OrderFacts.of(
        InlineTable.orders("o1,2024-03-09,10,c1,email", "o2,2024-01-02,10,c1,ads"), MARCH);
    RowCohorts rows = RowCohorts.of(facts);
    int january = MARCH.periods().index(LocalDate.of(2024, 1, 2));
    for (int r = 0; r < facts.rowCount(); r++) {
      assertEquals(january, rows.cohort(r));
      assertEquals("ads", facts.channelLabel(rows.channel(r)));
    }
  }

  @Test
  void guestRowsAndRefundOnlyCustomers_haveNoCohort() {
    OrderFacts facts = OrderFacts.of(
        InlineTable.orders("o1,2024-02-05,10,,ads", "r1,2024-01-05,-10,c1,ads"), MARCH);
    RowCohorts rows = RowCohorts.of(facts);
    assertEquals(OrderFacts.NO_PERIOD, rows.cohort(0));
    assertEquals(OrderFacts.NO_PERIOD, rows.cohort(1));
  }
}
