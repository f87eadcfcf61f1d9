package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CacTest {
  private static final LocalDate AS_OF = MessyOrders.AS_OF;

  private static String oracleSql(String by) {
    return "WITH " + OracleSql.orders(AS_OF, by) + ", " + OracleSql.firsts() + ","
        + " nc AS (SELECT dim, channel, p, count(*) AS n FROM firsts GROUP BY ALL"
        + "  UNION ALL SELECT dim, 'ALL', p, count(*) FROM firsts GROUP BY ALL),"
        + " s AS (SELECT " + OracleSql.dim(by) + " AS dim, coalesce(channel, '(missing)') AS channel,"
        + "  year(period) * 12 + month(period) - 1 AS p, spend FROM marketing_spend"
        + "  WHERE period <= DATE '" + AS_OF + "' AND (purpose IS NULL OR lower(trim(purpose)) <> 'retention')),"
        + " sp AS (SELECT dim, channel, p, sum(spend) AS spend FROM s GROUP BY ALL"
        + "  UNION ALL SELECT dim, 'ALL', p, sum(spend) FROM s GROUP BY ALL),"
        + " keyed AS (SELECT dim, channel, p FROM nc UNION SELECT dim, channel, p FROM sp),"
        + " grid AS (SELECT dim, channel, range AS p FROM (SELECT dim, channel, min(p) AS lo FROM keyed GROUP BY ALL),"
        + "  range(lo, " + OracleSql.last(AS_OF) + " + 1))"
        + " SELECT " + OracleSql.label("p") + " AS month, " + OracleSql.dimColumn(by) + " channel,"
        + " coalesce(spend, 0) AS spend, coalesce(n, 0) AS new_customers,"
        + " coalesce(spend, 0) / nullif(coalesce(n, 0), 0) AS cac"
        + " FROM grid LEFT JOIN nc USING (dim, channel, p) LEFT JOIN sp USING (dim, channel, p)"
        + " ORDER BY p, dim, channel <> 'ALL', channel";
  }

  private static double compareWithOracle(long seed, String by) {
    Table orders = MessyOrders.orders(seed, 1500);
    Table spend = MessyOrders.spend(seed);
    try (DuckDbOracle oracle = new DuckDbOracle()
        .register("orders", MessyOrders.withRowNumbers(orders)).register("marketing_spend", spend)) {
      Table actual = Cac.table(orders, spend, MetricOptions.monthly(AS_OF).withBy(by));
      return Tables.assertSameCells(oracle.query(oracleSql(by)), actual, 1e-9);
    }
  }

  @Test
  void matchesDuckDbOnMessyOrdersAndSpend() {
    System.out.println("cac_monthly worst relative difference vs DuckDB: " + compareWithOracle(31, null));
  }

  @Test
  void matchesDuckDbByRegion() {
    System.out.println("cac_monthly by region worst relative difference vs DuckDB: " + compareWithOracle(32, "region"));
  }

  private static final MetricOptions MARCH = MetricOptions.monthly(LocalDate.of(2024, 3, 31));



  private static Table orders(String... rows) {
    return InlineTable.orders(rows);
  }

  private static Table spend(String... rows) {
    return InlineTable.of("marketing_spend", "period,channel,spend,purpose", rows);
  }

  private static int row(Table t, String channel) {
    return t.stringColumn("channel").asList().indexOf(channel);
  }

  @Test
  void zeroNewCustomers_givesMissingCac() {
    Table t = Cac.table(orders("o1,2024-03-05,30,c1,ads"), spend("2024-03-01,tv,500,acquisition"), MARCH);
    int tv = row(t, "tv");
    assertEquals(500.0, t.doubleColumn("spend").get(tv));
    assertEquals(0, t.intColumn("new_customers").get(tv));
    assertTrue(t.doubleColumn("cac").isMissing(tv));
  }

  @Test
  void newCustomersWithoutSpend_costNothing() {
    Table t = Cac.table(orders("o1,2024-03-05,30,c1,organic"), spend("2024-03-01,tv,500,acquisition"), MARCH);
    int organic = row(t, "organic");
    assertEquals(0.0, t.doubleColumn("spend").get(organic));
    assertEquals(0.0, t.doubleColumn("cac").get(organic));
  }

  @Test
  void blendedCac_isAllAcquisitionSpendOverAllNewCustomers_retentionExcluded() {
    Table t = Cac.table(
        orders("o1,2024-03-05,30,c1,ads", "o2,2024-03-06,30,c2,organic", "o3,2024-03-07,30,,ads"),
        spend("2024-03-01,ads,300,acquisition", "2024-03-15,ads,100,", "2024-03-20,tv,200,acquisition",
            "2024-03-20,email,1000,retention"),
        MARCH);
    assertEquals(List.of("ALL", "ads", "organic", "tv"), t.stringColumn("channel").asList());
    int all = row(t, "ALL");
    assertEquals(600.0, t.doubleColumn("spend").get(all));
    assertEquals(2, t.intColumn("new_customers").get(all));
    assertEquals(600.0 / 2, t.doubleColumn("cac").get(all));
    assertEquals(400.0, t.doubleColumn("cac").get(row(t, "ads")));
  }

  @Test
  void spendAfterAsOf_isIgnored() {
    Table t = Cac.table(orders("o1,2024-03-05,30,c1,ads"),
        spend("2024-03-31,ads,100,acquisition", "2024-04-01,ads,900,acquisition"), MARCH);
    assertEquals(100.0, t.doubleColumn("spend").get(row(t, "ads")));
    assertEquals(List.of("2024-03", "2024-03"), t.stringColumn("month").asList());
  }

  @Test
  void emptyInputs_giveAnEmptyTableWithTheColumns() {
    Table t = Cac.table(orders(), spend(), MARCH);
    assertEquals(0, t.rowCount());
    assertEquals(List.of("month", "channel", "spend", "new_customers", "cac"), t.columnNames());
  }

  @Test
  void splitByRegion_needsTheColumnInSpendToo() {
    Table orders = orders("o1,2024-03-05,30,c1,ads");
    orders.addColumns(StringColumn.create("region", "north"));
    IllegalArgumentException e = assertThrows(NotComputableException.class,
        () -> Cac.table(orders, spend("2024-03-01,ads,10,"), MARCH.withBy("region")));
    assertEquals("cac_monthly cannot be split by region: marketing_spend has no region column", e.getMessage());
  }

  @Test
  void retentionSpend_sumsRetentionRowsPerMonth_zeroWhenNone() {
    Table t = Cac.retentionSpend(
        spend("2024-02-10,email,50,acquisition", "2024-03-10,email,70,Retention", "2024-03-20,sms,30,retention"),
        MARCH);
    assertEquals(List.of("2024-02", "2024-03"), t.stringColumn("month").asList());
    assertEquals(List.of(0.0, 100.0), t.doubleColumn("retention_spend").asList());
  }

  @Test
  void retentionSpend_isMissingWithoutAPurposeColumn() {
    Table spend = spend("2024-03-10,email,70,retention").removeColumns("purpose");
    assertTrue(Cac.retentionSpend(spend, MARCH).doubleColumn("retention_spend").isMissing(0));
  }
}
