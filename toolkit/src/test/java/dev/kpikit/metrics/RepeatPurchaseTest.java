package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class RepeatPurchaseTest {
  private static final LocalDate AS_OF = MessyOrders.AS_OF;

  private static String oracleSql(String by) {
    String group = by == null ? "f.channel" : "f.dim";
    return "WITH " + OracleSql.orders(AS_OF, by) + ", " + OracleSql.firsts() + ","
        + " per AS (SELECT " + group + " AS g, o.customer_id, count(DISTINCT o.order_id) AS n"
        + "  FROM o JOIN firsts f USING (customer_id) WHERE o.amount > 0 GROUP BY ALL),"
        + " grouped AS (SELECT 'ALL' AS g, count(*) AS customers, count(*) FILTER (WHERE n >= 2) AS rep FROM per"
        + "  UNION ALL SELECT g, count(*), count(*) FILTER (WHERE n >= 2) FROM per GROUP BY g)"
        + " SELECT g AS " + (by == null ? "channel" : by) + ", customers, rep AS repeat_customers,"
        + " rep / customers AS repeat_purchase_rate FROM grouped ORDER BY g <> 'ALL', g";
  }

  private static double compare(long seed, String by) {
    Table orders = MessyOrders.orders(seed, 1500);
    try (DuckDbOracle oracle = new DuckDbOracle().register("orders", MessyOrders.withRowNumbers(orders))) {
      return Tables.assertSameCells(oracle.query(oracleSql(by)),
          RepeatPurchase.table(orders, MetricOptions.monthly(AS_OF).withBy(by)), 1e-9);
    }
  }

  @Test
  void byAcquisitionChannelMatchesDuckDb() {
    System.out.println("repeat_purchase_rate worst relative difference vs DuckDB: " + compare(51, null));
  }

  @Test
  void byRegionMatchesDuckDb() {
    System.out.println("repeat_purchase_rate by region worst relative difference vs DuckDB: " + compare(52, "region"));
  }

  @Test
  void twoLinesOfOneOrderAreOnePurchase_andRefundsAreNotPurchases() {
    double rate = RepeatPurchase.rate(InlineTable.orders(
        "o1,2024-01-05,10,c1,ads", "o1,2024-01-05,15,c1,ads", "r1,2024-01-09,-5,c1,ads",
        "o2,2024-01-05,10,c2,ads", "o3,2024-02-05,10,c2,ads", "g1,2024-01-05,10,,ads", "g2,2024-01-06,10,,ads"),
        MetricOptions.monthly(LocalDate.of(2024, 2, 29)));
    assertEquals(1.0 / 2, rate);
  }

  @Test
  void noCustomers_giveAMissingRate() {
    assertTrue(Double.isNaN(RepeatPurchase.rate(InlineTable.orders("g1,2024-01-05,10,,ads"),
        MetricOptions.monthly(LocalDate.of(2024, 2, 29)))));
  }

  @Test
  void tableStartsWithAllThenChannels() {
    Table t = RepeatPurchase.table(InlineTable.orders("o1,2024-01-05,10,c1,email", "o2,2024-01-05,10,c2,ads"),
        MetricOptions.monthly(LocalDate.of(2024, 2, 29)));
    assertEquals(List.of("ALL", "ads", "email"), t.stringColumn("channel").asList());
    assertEquals(List.of(2, 1, 1), t.intColumn("customers").asList());
  }

  @Test
  void ordersWithoutAChannelColumn_giveTheAllRowOnly() {
    Table t = RepeatPurchase.table(
        InlineTable.orders("o1,2024-01-05,10,c1,email", "o2,2024-01-05,10,c2,ads").removeColumns("channel"),
        MetricOptions.monthly(LocalDate.of(2024, 2, 29)));
    assertEquals(List.of("ALL"), t.stringColumn("channel").asList());
    assertEquals(List.of(2), t.intColumn("customers").asList());
  }
}
