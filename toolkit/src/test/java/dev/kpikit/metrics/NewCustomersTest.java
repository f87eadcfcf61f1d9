package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class NewCustomersTest {
  private static final LocalDate AS_OF = MessyOrders.AS_OF;

  private static String oracleSql(String by) {
    return "WITH " + OracleSql.orders(AS_OF, by) + ", " + OracleSql.firsts() + ","
        + " per AS (SELECT dim, channel, p, count(*) AS n FROM firsts GROUP BY ALL"
        + "  UNION ALL SELECT dim, 'ALL', p, count(*) FROM firsts GROUP BY ALL),"
        + " grid AS (SELECT dim, channel, range AS p FROM (SELECT dim, channel, min(p) AS lo FROM per GROUP BY ALL),"
        + "  range(lo, " + OracleSql.last(AS_OF) + " + 1))"
        + " SELECT " + OracleSql.label("p") + " AS month, " + OracleSql.dimColumn(by)
        + " channel, coalesce(n, 0) AS new_customers FROM grid LEFT JOIN per USING (dim, channel, p)"
        + " ORDER BY p, dim, channel <> 'ALL', channel";
  }

  private static double compareWithOracle(long seed, String by) {
    Table orders = MessyOrders.orders(seed, 1500);
    try (DuckDbOracle oracle = new DuckDbOracle().register("orders", MessyOrders.withRowNumbers(orders))) {
      MetricOptions options = MetricOptions.monthly(AS_OF).withBy(by);
      return Tables.assertSameCells(oracle.query(oracleSql(by)), NewCustomers.table(orders, options), 0);
    }
  }

  @Test
  void matchesDuckDbOnMessyOrders() {
    System.out.println("new_customers_monthly worst difference vs DuckDB: " + compareWithOracle(21, null));
  }

  @Test
  void matchesDuckDbByRegion() {
    System.out.println("new_customers_monthly by region worst difference vs DuckDB: " + compareWithOracle(22, "region"));
  }


  private static final MetricOptions MARCH = MetricOptions.monthly(LocalDate.of(2024, 3, 31));

  @Test
  void customerIsNewInTheMonthOfItsFirstPurchase_notOfAnEarlierRefund() {
    Table t = NewCustomers.table(
        InlineTable.orders("r1,2024-01-05,-10,c1,ads", "o1,2024-02-05,30,c1,email", "o2,2024-03-05,30,c1,ads"), MARCH);
    assertEquals(List.of("2024-02", "2024-02", "2024-03", "2024-03"), t.stringColumn("month").asList());
    assertEquals(List.of("ALL", "email", "ALL", "email"), t.stringColumn("channel").asList());
    assertEquals(List.of(1, 1, 0, 0), t.intColumn("new_customers").asList());
  }

  @Test
  void sameDayFirstOrders_takeTheChannelOfTheRowFirstInTheFile() {
    Table t = NewCustomers.table(InlineTable.orders("o2,2024-03-05,30,c1,email", "o1,2024-03-05,30,c1,ads"), MARCH);
    assertEquals(List.of("ALL", "email"), t.stringColumn("channel").asList());
  }

  @Test
  void customersTableChannel_overridesTheOrderChannel() {
    Table customers = Table.create("customers",
        StringColumn.create("customer_id", "c1", "c2"), StringColumn.create("channel", "partner", ""));
    Table t = NewCustomers.table(
        InlineTable.orders("o1,2024-03-05,30,c1,email", "o2,2024-03-06,30,c2,ads", "o3,2024-03-07,30,,ads"), customers, MARCH);
    assertEquals(List.of("ALL", "ads", "partner"), t.stringColumn("channel").asList());
    assertEquals(List.of(2, 1, 1), t.intColumn("new_customers").asList());
  }

  @Test
  void missingChannel_isGroupedAsMissing() {
    Table t = NewCustomers.table(InlineTable.orders("o1,2024-03-05,30,c1,"), MARCH);
    assertEquals(List.of("ALL", "(missing)"), t.stringColumn("channel").asList());
  }

  @Test
  void ordersWithoutAChannelColumn_giveTheAllRowsOnly_notARepeatedMissingRow() {
    Table t = NewCustomers.table(
        InlineTable.orders("o1,2024-03-05,30,c1,", "o2,2024-03-06,30,c2,").removeColumns("channel"), MARCH);
    assertEquals(List.of("ALL"), t.stringColumn("channel").asList());
    assertEquals(List.of(2), t.intColumn("new_customers").asList());
  }
}
