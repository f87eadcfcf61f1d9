package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ActiveMonthsTest {
  private static final MetricOptions OPTIONS = MetricOptions.monthly(MessyOrders.AS_OF);

  /** The definition, row by row: a customer's periods with a positive row, distinct and sorted. */
  private static List<TreeSet<Integer>> expected(OrderFacts facts) {
    List<TreeSet<Integer>> periods = new ArrayList<>();
    for (int c = 0; c < facts.customerCount(); c++) {
      periods.add(new TreeSet<>());
    }
    for (int r = 0; r < facts.rowCount(); r++) {
      if (facts.isPositive(r) && facts.customer(r) != OrderFacts.GUEST) {
        periods.get(facts.customer(r)).add(facts.period(r));
      }
    }
    return periods;
  }

  @Test
  void eachCustomersActivePeriods_areTheDistinctPeriodsOfItsPositiveRows_inIncreasingOrder() {
    OrderFacts facts = OrderFacts.of(MessyOrders.orders(7, 400), OPTIONS);
    List<TreeSet<Integer>> expected = expected(facts);
    ActiveMonths active = ActiveMonths.of(facts);
    assertEquals(facts.customerCount(), active.customers());
    for (int c = 0; c < facts.customerCount(); c++) {
      int[] actual = java.util.Arrays.copyOfRange(active.period, active.offset[c], active.offset[c + 1]);
      assertArrayEquals(expected.get(c).stream().mapToInt(Integer::intValue).toArray(), actual, "customer " + c);
    }
  }

  @Test
  void withMoreThan64Periods_eachCustomersActivePeriods_followTheSameDefinition() {
    OrderFacts facts = OrderFacts.of(
        MessyOrders.orders(7, 400), OPTIONS.withPeriods(Periods.of(Grain.WEEK, 1)));
    assertTrue(facts.periodCount() > Long.SIZE, "weeks: " + facts.periodCount());
    List<TreeSet<Integer>> expected = expected(facts);
    ActiveMonths active = ActiveMonths.of(facts);
    for (int c = 0; c < facts.customerCount(); c++) {
      int[] actual = java.util.Arrays.copyOfRange(active.period, active.offset[c], active.offset[c + 1]);
      assertArrayEquals(expected.get(c).stream().mapToInt(Integer::intValue).toArray(), actual, "customer " + c);
    }
  }

  @Test
  void refundOnlyCustomersAndGuests_haveNoActivePeriods() {
    OrderFacts facts = OrderFacts.of(
        InlineTable.orders("r1,2024-01-05,-10,c1,ads", "o1,2024-02-05,10,,ads", "o2,2024-02-06,10,c2,email",
            "o3,2024-02-07,10,c2,email"), OPTIONS);
    ActiveMonths active = facts.activeMonths();
    int c1 = facts.customerId(0).equals("c1") ? 0 : 1;
    assertEquals(0, active.offset[c1 + 1] - active.offset[c1]);
    assertEquals(1, active.period.length, "c2's two February rows are one active period");
  }

  @Test
  void theIndex_isBuiltOncePerOrderFacts() {
    OrderFacts facts = OrderFacts.of(MessyOrders.orders(3, 50), OPTIONS);
    assertSame(facts.activeMonths(), facts.activeMonths());
  }
}
