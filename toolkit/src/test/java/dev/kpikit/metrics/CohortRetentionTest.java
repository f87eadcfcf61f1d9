package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class CohortRetentionTest {
  private static final LocalDate AS_OF = MessyOrders.AS_OF;

  /** Cohorts and every offset up to as_of: {@code grid(dim, c, size, k)}. */
  private static String cohortGrid(String by) {
    return "WITH " + OracleSql.orders(AS_OF, by) + ", " + OracleSql.firsts() + ","
        + " sizes AS (SELECT dim, p AS c, count(*) AS size FROM firsts GROUP BY ALL),"
        + " grid AS (SELECT dim, c, size, range AS k FROM sizes, range(0, " + OracleSql.last(AS_OF) + " - c + 1)),"
        + " cust AS (SELECT o.*, f.dim AS cdim, f.p AS c FROM o JOIN firsts f USING (customer_id))";
  }

  private static String customersSql(String by) {
    return cohortGrid(by)
        + ", act AS (SELECT cdim AS dim, c, p - c AS k, count(DISTINCT customer_id) AS n FROM cust"
        + "  WHERE amount > 0 GROUP BY ALL)"
        + " SELECT " + OracleSql.label("c") + " AS cohort, " + OracleSql.dimColumn(by)
        + " size AS cohort_size, k AS \"offset\", coalesce(n, 0) AS active_customers,"
        + " coalesce(n, 0) / size AS retention FROM grid LEFT JOIN act USING (dim, c, k) ORDER BY c, dim, k";
  }

  private static String revenueSql(String by) {
    return cohortGrid(by)
        + ", rev AS (SELECT cdim AS dim, c, p - c AS k, sum(amount) AS r FROM cust WHERE p >= c GROUP BY ALL)"
        + " SELECT " + OracleSql.label("c") + " AS cohort, " + OracleSql.dimColumn(by)
        + " k AS \"offset\", coalesce(rev.r, 0) AS revenue, coalesce(rev.r, 0) / nullif(r0.r, 0) AS revenue_retention"
        + " FROM grid LEFT JOIN rev USING (dim, c, k)"
        + " LEFT JOIN (SELECT dim, c, r FROM rev WHERE k = 0) r0 USING (dim, c) ORDER BY c, dim, k";
  }

  private static double compare(long seed, String by, boolean revenue) {
    Table orders = MessyOrders.orders(seed, 1500);
    MetricOptions options = MetricOptions.monthly(AS_OF).withBy(by);
    try (DuckDbOracle oracle = new DuckDbOracle().register("orders", MessyOrders.withRowNumbers(orders))) {
      Table expected = oracle.query(revenue ? revenueSql(by) : customersSql(by));
      Table actual = revenue ? CohortRetention.revenueTable(orders, options) : CohortRetention.table(orders, options);
      return Tables.assertSameCells(expected, actual, 1e-9);
    }
  }

  @Test
  void customerRetentionMatchesDuckDb() {
    System.out.println("cohort_retention worst relative difference vs DuckDB: " + compare(41, null, false));
  }

  @Test
  void customerRetentionByRegionMatchesDuckDb() {
    System.out.println("cohort_retention by region worst relative difference vs DuckDB: " + compare(42, "region", false));
  }

  @Test
  void revenueRetentionMatchesDuckDb() {
    System.out.println("cohort_revenue_retention worst relative difference vs DuckDB: " + compare(43, null, true));
  }

  @Test
  void revenueRetentionByRegionMatchesDuckDb() {
    System.out.println("cohort_revenue_retention by region worst relative difference vs DuckDB: "
        + compare(44, "region", true));
  }

  private static final MetricOptions APRIL = MetricOptions.monthly(LocalDate.of(2024, 4, 15));

  @Test
  void cohortWithOneCustomerWhoSkipsAMonth_isRetainedAgainWhenItComesBack() {
    Table t = CohortRetention.table(
        InlineTable.orders("o1,2024-01-31,10,c1,ads", "o2,2024-03-01,10,c1,ads"), APRIL);
    assertEquals(List.of(0, 1, 2, 3), t.intColumn("offset").asList());
    assertEquals(List.of(1, 1, 1, 1), t.intColumn("cohort_size").asList());
    assertEquals(List.of(1.0, 0.0, 1.0, 0.0), t.doubleColumn("retention").asList());
  }

  @Test
  void offsetsAfterAsOf_areAbsentAndMaxOffsetCapsTheRest() {
    Table orders = InlineTable.orders("o1,2024-01-10,10,c1,ads", "o2,2024-03-10,10,c2,ads", "o3,2024-05-10,10,c2,ads");
    Table all = CohortRetention.table(orders, APRIL);
    assertEquals(List.of("2024-01", "2024-01", "2024-01", "2024-01", "2024-03", "2024-03"),
        all.stringColumn("cohort").asList());
    Table capped = CohortRetention.table(orders, APRIL, 1);
    assertEquals(List.of(0, 1, 0, 1), capped.intColumn("offset").asList());
  }

  @Test
  void refundsAndGuestsStayOutOfCohorts_refundsCountInLaterRevenue() {
    Table t = CohortRetention.revenueTable(InlineTable.orders(
        "r0,2024-01-05,-5,c1,ads", "o1,2024-02-05,100,c1,ads", "r1,2024-03-05,-20,c1,ads",
        "g1,2024-02-05,70,,ads", "r2,2024-02-07,-9,c9,ads"), MetricOptions.monthly(LocalDate.of(2024, 3, 31)));
    assertEquals(List.of("2024-02", "2024-02"), t.stringColumn("cohort").asList());
    assertEquals(List.of(100.0, -20.0), t.doubleColumn("revenue").asList());
    assertEquals(List.of(1.0, -0.2), t.doubleColumn("revenue_retention").asList());
  }

  @Test
  void splitByRegion_putsTheCustomerInTheRegionOfItsFirstPurchase() {
    Table orders = InlineTable.of("orders", "order_id,order_date,amount,customer_id,region",
        "o1,2024-03-10,10,c1,north", "o2,2024-04-10,10,c1,south", "o3,2024-04-10,10,c2,");
    Table t = CohortRetention.table(orders, APRIL.withBy("region"));
    assertEquals(List.of("cohort", "region", "cohort_size", "offset", "active_customers", "retention"), t.columnNames());
    assertEquals(List.of("north", "north", "(missing)"), t.stringColumn("region").asList());
    assertEquals(List.of(1, 1, 1), t.intColumn("active_customers").asList());
  }

  @Test
  void emptyOrders_giveEmptyTablesWithTheColumns() {
    assertEquals(List.of("cohort", "cohort_size", "offset", "active_customers", "retention"),
        CohortRetention.table(InlineTable.orders(), APRIL).columnNames());
    assertEquals(0, CohortRetention.revenueTable(InlineTable.orders(), APRIL).rowCount());
  }

  @Test
  void negativeMaxOffset_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> CohortRetention.table(InlineTable.orders(), APRIL, -1));
  }

  @Test
  void lastOffsetOfACohort_isThePartialAsOfMonth() {
    Table t = CohortRetention.table(InlineTable.orders("o1,2024-04-01,10,c1,ads"), APRIL);
    assertEquals(1, t.rowCount());
    assertFalse(APRIL.isComplete(APRIL.lastPeriod()));
  }
}
