package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RevenueMetricsTest {
  private static final MetricOptions OPTIONS = MetricOptions.monthly(MessyOrders.AS_OF);

  /** DESIGN §4 in SQL: per month (and region), every month from the group's first to as_of. */
  private static String oracleSql(String by) {
    String dim = by == null ? "" : "coalesce(" + by + ", '(missing)') AS dim, ";
    String dimKey = by == null ? "" : "dim, ";
    String last = "(" + MessyOrders.AS_OF.getYear() + " * 12 + " + (MessyOrders.AS_OF.getMonthValue() - 1) + ")";
    return "WITH o AS (SELECT *, " + dim + "year(order_date) * 12 + month(order_date) - 1 AS p"
        + "  FROM orders WHERE order_date <= DATE '" + MessyOrders.AS_OF + "'),"
        + " grid AS (SELECT " + dimKey + "range AS p FROM (SELECT " + dimKey + "min(p) AS lo FROM o"
        + (by == null ? "" : " GROUP BY dim") + "), range(lo, " + last + " + 1)),"
        + " agg AS (SELECT " + dimKey + "p,"
        + "  count(DISTINCT order_id) FILTER (WHERE amount > 0) AS orders,"
        + "  count(DISTINCT customer_id) FILTER (WHERE amount > 0) AS customers,"
        + "  sum(amount) AS revenue, sum(cost) AS cost FROM o GROUP BY ALL)"
        + " SELECT printf('%04d-%02d', p // 12, p % 12 + 1) AS month, "
        + (by == null ? "" : "dim AS " + by + ", ")
        + " coalesce(orders, 0) AS orders, coalesce(customers, 0) AS customers,"
        + " coalesce(revenue, 0) AS revenue, cost, coalesce(revenue, 0) - cost AS gross_margin,"
        + " (coalesce(revenue, 0) - cost) / nullif(revenue, 0) AS gross_margin_pct,"
        + " revenue / nullif(orders, 0) AS aov"
        + " FROM grid LEFT JOIN agg USING (" + dimKey + "p) ORDER BY p" + (by == null ? "" : ", dim");
  }

  @Test
  void matchesDuckDbOnMessyOrders() {
    Table orders = MessyOrders.orders(11, 1500);
    try (DuckDbOracle oracle = new DuckDbOracle().register("orders", orders)) {
      double worst = Tables.assertSameCells(oracle.query(oracleSql(null)), RevenueMetrics.table(orders, OPTIONS), 1e-9);
      System.out.println("revenue_monthly worst relative difference vs DuckDB: " + worst);
    }
  }

  @Test
  void matchesDuckDbByRegion() {
    Table orders = MessyOrders.orders(12, 1500);
    try (DuckDbOracle oracle = new DuckDbOracle().register("orders", orders)) {
      double worst = Tables.assertSameCells(
          oracle.query(oracleSql("region")), RevenueMetrics.table(orders, OPTIONS.withBy("region")), 1e-9);
      System.out.println("revenue_monthly by region worst relative difference vs DuckDB: " + worst);
    }
  }


  private static Table orders(String... rows) {
    return InlineTable.of("orders", "order_id,order_date,amount,customer_id", rows);
  }

  @Test
  void refundOnlyMonth_hasNegativeRevenueNoOrdersAndMissingAov() {
    Table t = RevenueMetrics.table(
        orders("o1,2024-01-10,100,c1", "r1,2024-02-03,-40,c1"), MetricOptions.monthly(LocalDate.of(2024, 2, 29)));
    assertEquals(List.of("2024-01", "2024-02"), t.stringColumn("month").asList());
    assertEquals(-40.0, t.doubleColumn("revenue").get(1));
    assertEquals(0, t.intColumn("orders").get(1));
    assertEquals(0, t.intColumn("customers").get(1));
    assertTrue(t.doubleColumn("aov").isMissing(1));
  }

  @Test
  void guestRows_countInRevenueAndOrdersButNotCustomers() {
    Table t = RevenueMetrics.table(
        orders("o1,2024-01-10,100,c1", "o2,2024-01-11,50,", "o2,2024-01-11,25,"),
        MetricOptions.monthly(LocalDate.of(2024, 1, 31)));
    assertEquals(175.0, t.doubleColumn("revenue").get(0));
    assertEquals(2, t.intColumn("orders").get(0));
    assertEquals(1, t.intColumn("customers").get(0));
    assertEquals(175.0 / 2, t.doubleColumn("aov").get(0));
  }

  @Test
  void withoutCostColumn_costAndMarginsAreMissing() {
    Table t = RevenueMetrics.table(orders("o1,2024-01-10,100,c1"), MetricOptions.monthly(LocalDate.of(2024, 1, 31)));
    assertTrue(t.doubleColumn("cost").isMissing(0));
    assertTrue(t.doubleColumn("gross_margin").isMissing(0));
    assertTrue(t.doubleColumn("gross_margin_pct").isMissing(0));
  }

  @Test
  void monthWithoutRows_appearsWithZerosAndRowsAfterAsOfAreIgnored() {
    Table t = RevenueMetrics.table(
        orders("o1,2024-01-31,100,c1", "o2,2024-03-01,30,c2", "o3,2024-04-01,999,c1"),
        MetricOptions.monthly(LocalDate.of(2024, 3, 31)));
    assertEquals(List.of("2024-01", "2024-02", "2024-03"), t.stringColumn("month").asList());
    assertEquals(List.of(100.0, 0.0, 30.0), t.doubleColumn("revenue").asList());
  }

  @Test
  void emptyOrders_giveAnEmptyTableWithTheColumns() {
    Table t = RevenueMetrics.table(orders(), MetricOptions.monthly(LocalDate.of(2024, 3, 31)));
    assertEquals(0, t.rowCount());
    assertEquals(List.of("month", "orders", "customers", "revenue", "cost", "gross_margin", "gross_margin_pct", "aov"),
        t.columnNames());
  }

  @Test
  void splitByAnAbsentColumn_namesTableInputAndColumn() {
    IllegalArgumentException e = assertThrows(NotComputableException.class,
        () -> RevenueMetrics.table(orders("o1,2024-01-10,100,c1"),
            MetricOptions.monthly(LocalDate.of(2024, 1, 31)).withBy("region")));
    assertEquals("revenue_monthly cannot be split by region: orders has no region column", e.getMessage());
  }
}
