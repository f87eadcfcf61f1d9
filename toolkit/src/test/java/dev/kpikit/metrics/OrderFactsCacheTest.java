package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class OrderFactsCacheTest {
  private static final MetricOptions OPTIONS = MetricOptions.monthly(LocalDate.of(2024, 3, 31));

  private static Table orders() {
    return InlineTable.of(
        "orders",
        "order_id,order_date,amount,customer_id,region",
        "A,2024-01-05,10,c1,north",
        "B,2024-02-05,20,c2,south");
  }

  @Test
  void equalRequestsForTheSameTable_shareOneIndex() {
    OrderFactsCache cache = OrderFactsCache.create();
    Table orders = orders();
    assertSame(cache.of(orders, null, OPTIONS), cache.of(orders, null, MetricOptions.monthly(LocalDate.of(2024, 3, 31))));
  }

  @Test
  void theRunsMonthsAndTheTrailingYearsMonths_shareOneIndex() {
    OrderFactsCache cache = OrderFactsCache.create();
    Table orders = orders();
    MetricOptions run = OPTIONS.withPeriods(Periods.of(Grain.MONTH, 4));
    assertSame(cache.of(orders, null, run), cache.of(orders, null, TrailingYear.of(run).monthly));
  }

  @Test
  void otherOptionsOrAnotherTable_getTheirOwnIndex() {
    OrderFactsCache cache = OrderFactsCache.create();
    Table orders = orders();
    OrderFacts plain = cache.of(orders, null, OPTIONS);
    assertNotSame(plain, cache.of(orders, null, OPTIONS.withBy("region")));
    assertNotSame(plain, cache.of(orders(), null, OPTIONS));
  }

  @Test
  void rowsAddedToTheTable_areSeenByTheNextRequest() {
    OrderFactsCache cache = OrderFactsCache.create();
    Table orders = orders();
    assertEquals(2, cache.of(orders, null, OPTIONS).rowCount());
    orders.append(orders().where(orders.stringColumn("order_id").isEqualTo("A")));
    assertEquals(3, cache.of(orders, null, OPTIONS).rowCount());
  }

  @Test
  void noneBuildsNewFactsEveryTime() {
    OrderFactsCache none = OrderFactsCache.none();
    Table orders = orders();
    assertNotSame(none.of(orders, null, OPTIONS), none.of(orders, null, OPTIONS));
  }

  @Test
  void cachedMetricsEqualUncachedOnes() {
    OrderFactsCache cache = OrderFactsCache.create();
    Table orders = orders();
    assertEquals(
        RevenueMetrics.table(orders, OPTIONS).printAll(),
        RevenueMetrics.table(orders, OPTIONS, cache).printAll());
    assertEquals(
        RepeatPurchase.table(orders, OPTIONS).printAll(),
        RepeatPurchase.table(orders, OPTIONS, cache).printAll());
  }
}
