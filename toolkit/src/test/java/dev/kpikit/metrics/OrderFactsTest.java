package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class OrderFactsTest {
  private static final MetricOptions MARCH = MetricOptions.monthly(LocalDate.of(2024, 3, 31));

  private static int code(OrderFacts facts, String customerId) {
    for (int c = 0; c < facts.customerCount(); c++) {
      if (facts.customerId(c).equals(customerId)) {
        return c;
      }
    }
    throw new AssertionError("no customer " + customerId);
  }

  @Test
  void rowsAfterAsOf_areNotIndexed() {
    OrderFacts facts = OrderFacts.of(
        InlineTable.orders("o1,2024-03-31,10,c1,ads", "o2,2024-04-01,10,c1,ads"), MARCH);
    assertEquals(1, facts.rowCount());
    assertEquals(MARCH.lastPeriod(), facts.minPeriod());
  }

  @Test
  void refundOnlyCustomer_hasNoFirstPeriod_andGuestRowsHaveTheGuestCode() {
    OrderFacts facts = OrderFacts.of(
        InlineTable.orders("r1,2024-01-05,-10,c1,ads", "o1,2024-02-05,10,,ads", "o2,2024-02-06,10,c2,email"), MARCH);
    assertEquals(OrderFacts.NO_PERIOD, facts.firstPeriod(code(facts, "c1")));
    assertEquals(OrderFacts.GUEST, facts.customer(1));
    assertEquals(MARCH.periods().index(LocalDate.of(2024, 2, 6)), facts.firstPeriod(code(facts, "c2")));
  }

  @Test
  void acquisitionChannel_isThatOfTheEarliestPositiveRowNotTheFirstInTheFile() {
    OrderFacts facts = OrderFacts.of(
        InlineTable.orders("o2,2024-03-09,10,c1,email", "o1,2024-03-02,10,c1,ads"), MARCH);
    assertEquals("ads", facts.channelLabel(facts.acquisitionChannel(code(facts, "c1"))));
  }

  @Test
  void dimensionCodes_followTheLabelsNaturalOrder() {
    Table orders = InlineTable.of("orders", "order_id,order_date,amount,customer_id,region",
        "o1,2024-03-02,10,c1,west", "o2,2024-03-02,10,c2,", "o3,2024-03-02,10,c3,east");
    OrderFacts facts = OrderFacts.of(orders, MARCH.withBy("region"));
    assertEquals(List.of("(missing)", "east", "west"),
        List.of(facts.dimensionLabel(0), facts.dimensionLabel(1), facts.dimensionLabel(2)));
    assertEquals(2, facts.customerDimension(code(facts, "c1")));
  }

  @Test
  void quarterlyGrain_namesThePeriodColumnQuarter() {
    Table t = RevenueMetrics.table(InlineTable.orders("o1,2024-01-05,10,c1,ads", "o2,2024-03-31,5,c1,ads"),
        MARCH.withPeriods(Periods.of(Grain.QUARTER)));
    assertEquals(List.of("2024-Q1"), t.stringColumn("quarter").asList());
    assertEquals(2, t.intColumn("orders").get(0));
  }
}
