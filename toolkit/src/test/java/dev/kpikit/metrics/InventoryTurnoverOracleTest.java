package dev.kpikit.metrics;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * inventory_turnover against DuckDB SQL written from DESIGN §4 on generated data: snapshots on
 * month ends, mid-month and several times a month, months without any, SKUs missing from counts,
 * refunds, unknown costs and orders on month boundaries; {@code asOf} in the middle of a month.
 */
class InventoryTurnoverOracleTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 5, 20);
  private static final MetricOptions OPTIONS = MetricOptions.monthly(AS_OF);

  private static Table inventory;
  private static Table orders;
  private static DuckDbOracle oracle;

  @BeforeAll
  static void registerData() {
    OpsDataGenerator data = new OpsDataGenerator(42);
    inventory = data.inventory();
    orders = data.orders();
    oracle = new DuckDbOracle().register("inventory", inventory).register("orders", orders);
  }

  @AfterAll
  static void closeOracle() {
    oracle.close();
  }

  /**
   * The definition in SQL. {@code invSeg} / {@code ordSeg} give each inventory / order row its
   * segment ('ALL' without a split); {@code ordJoin} may join what ordSeg needs.
   */
  private static String sql(String invSeg, String ordSeg, String ordJoin, String segColumn) {
    String asOf = "DATE '" + AS_OF + "'";
    return """
    WITH valued AS (
      SELECT date, %2$s AS seg, COALESCE(inventory_value, units_on_hand * unit_cost) AS v
      FROM inventory WHERE date <= %1$s),
    costs AS (
      SELECT order_date, %3$s AS seg, cost FROM orders o %4$s WHERE order_date <= %1$s),
    segs AS (SELECT seg FROM valued UNION SELECT seg FROM costs),
    snap_dates AS (SELECT DISTINCT date FROM valued),
    snap AS (
      SELECT d.date, s.seg, COALESCE(SUM(v.v), 0) AS total
      FROM snap_dates d CROSS JOIN segs s
      LEFT JOIN valued v ON v.date = d.date AND v.seg = s.seg
      GROUP BY d.date, s.seg),
    months AS (
      SELECT CAST(m AS DATE) AS m FROM generate_series(
        (SELECT CAST(date_trunc('month', MIN(date)) AS DATE) FROM snap_dates),
        CAST(date_trunc('month', %1$s) AS DATE), INTERVAL 1 MONTH) AS t(m)),
    inside AS (
      SELECT months.m, segs.seg, COUNT(snap.date) AS n, AVG(snap.total) AS mean_in,
             MAX(snap.date) AS only_date
      FROM months CROSS JOIN segs
      LEFT JOIN snap ON date_trunc('month', snap.date) = months.m AND snap.seg = segs.seg
      GROUP BY months.m, segs.seg),
    avg_inv AS (
      SELECT i.m, i.seg,
             CASE WHEN i.n = 1 AND i.only_date = last_day(i.m) AND prev.date IS NOT NULL
                  THEN (prev.total + i.mean_in) / 2 ELSE i.mean_in END AS avg_value
      FROM inside i
      LEFT JOIN snap prev ON prev.date = i.m - INTERVAL 1 DAY AND prev.seg = i.seg),
    cogs AS (
      SELECT CAST(date_trunc('month', order_date) AS DATE) AS m, seg, SUM(cost) AS cogs
      FROM costs GROUP BY 1, 2)
    SELECT strftime(a.m, '%%Y-%%m') AS period, %5$s c.cogs,
           a.avg_value AS avg_inventory_value,
           c.cogs / NULLIF(a.avg_value, 0) AS turnover,
           (LEAST(last_day(a.m), %1$s) - a.m + 1) / NULLIF(c.cogs / NULLIF(a.avg_value, 0), 0)
             AS dio
    FROM avg_inv a LEFT JOIN cogs c ON c.m = a.m AND c.seg = a.seg
    ORDER BY a.m, a.seg
    """
        .formatted(asOf, invSeg, ordSeg, ordJoin, segColumn);
  }

  @Test
  void monthlyTurnoverMatchesTheSqlDefinition() {
    Table expected = oracle.query(sql("'ALL'", "'ALL'", "", ""));
    Table actual = InventoryTurnover.table(inventory, orders, null, OPTIONS);
    report("monthly", Tables.assertSameCells(expected, actual, 1e-9));
  }

  @Test
  void turnoverByRegionMatchesTheSqlDefinition() {
    String seg = "COALESCE(region, '(missing)')";
    Table expected = oracle.query(sql(seg, seg, "", "a.seg AS region,"));
    Table actual = InventoryTurnover.table(inventory, orders, null, OPTIONS.withBy("region"));
    report("by region", Tables.assertSameCells(expected, actual, 1e-9));
  }

  @Test
  void turnoverByInventoryOnlyCategoryMapsOrdersThroughTheirSku() {
    String join =
        "LEFT JOIN (SELECT sku, arg_max(category, date) AS category FROM inventory"
            + " WHERE date <= DATE '"
            + AS_OF
            + "' GROUP BY sku) k ON k.sku = o.product";
    Table expected =
        oracle.query(
            sql("category", "COALESCE(k.category, '(missing)')", join, "a.seg AS category,"));
    Table actual = InventoryTurnover.table(inventory, orders, null, OPTIONS.withBy("category"));
    report("by category", Tables.assertSameCells(expected, actual, 1e-9));
  }

  private static void report(String what, double worst) {
    System.out.println("inventory_turnover " + what + ": worst relative difference " + worst);
  }
}
