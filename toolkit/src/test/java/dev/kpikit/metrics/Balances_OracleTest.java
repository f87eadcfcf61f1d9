package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.schema.Dataset;
import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The order- and spend-based balances against DuckDB SQL written from their definitions (see
 * {@link Balances}), on messy generated orders with products launched over time.
 */
class Balances_OracleTest {
  static final LocalDate AS_OF = MessyOrders.AS_OF;
  static final int W1 = UnitEconomics_OracleTest.month(AS_OF) - 1;
  static final int W0 = W1 - 11;
  static final String WINDOW = " BETWEEN " + W0 + " AND " + W1;

  /** Orders with a product column: products P0..P9 from the start, one more each month, some blank. */
  static Table ordersWithProducts(long seed) {
    Table orders = MessyOrders.orders(seed, 700);
    Random random = new Random(seed);
    StringColumn product = StringColumn.create("product");
    for (int r = 0; r < orders.rowCount(); r++) {
      LocalDate d = orders.dateColumn("order_date").get(r);
      int months = (int) Math.max(0, ChronoUnit.MONTHS.between(MessyOrders.START, d));
      product.append(random.nextInt(20) == 0 ? "" : "P" + random.nextInt(10 + months));
    }
    return orders.addColumns(product);
  }

  static String sides(String regionSides) {
    return "WITH " + OracleSql.orders(AS_OF, null) + ", " + OracleSql.firsts() + ","
        + " act AS (SELECT DISTINCT customer_id, p FROM o WHERE amount > 0 AND customer_id IS NOT NULL),"
        + " months AS (SELECT unnest(range(" + W0 + ", " + (W1 + 1) + ")) AS m),"
        + " base AS (SELECT f.customer_id, months.m,"
        + "   EXISTS (SELECT 1 FROM act a WHERE a.customer_id = f.customer_id AND a.p BETWEEN months.m - 12 AND months.m - 1) AS s,"
        + "   EXISTS (SELECT 1 FROM act a WHERE a.customer_id = f.customer_id AND a.p BETWEEN months.m - 11 AND months.m) AS e"
        + "   FROM firsts f, months),"
        + " launch AS (SELECT product, min(p) AS first_p FROM o WHERE amount > 0 AND product IS NOT NULL GROUP BY product),"
        + " sp AS (SELECT spend, coalesce(lower(trim(purpose)), '') = 'retention' AS retention,"
        + "   year(period) * 12 + month(period) - 1 AS p FROM marketing_spend WHERE period <= DATE '" + AS_OF + "'),"
        + " rows AS ("
        + "  SELECT 1 AS k, 'acquisition_vs_retention' AS balance,"
        + "   sum(o.amount) FILTER (WHERE o.p = f.p) AS l, sum(o.amount) FILTER (WHERE o.p <> f.p) AS r"
        + "   FROM o JOIN firsts f USING (customer_id) WHERE o.p" + WINDOW
        + "  UNION ALL SELECT 2, 'acquisition_vs_retention_spend', sum(spend) FILTER (WHERE NOT retention),"
        + "   sum(spend) FILTER (WHERE retention) FROM sp WHERE p" + WINDOW
        + "  UNION ALL SELECT 3, 'exploration_vs_exploitation', sum(o.amount) FILTER (WHERE first_p >= " + W0 + "),"
        + "   sum(o.amount) FILTER (WHERE first_p < " + W0 + ") FROM o JOIN launch USING (product) WHERE o.p" + WINDOW
        + "  UNION ALL SELECT 4, 'growth_vs_churn', sum((NOT s AND e)::INT), sum((s AND NOT e)::INT) FROM base"
        + "  UNION ALL " + regionSides + ")"
        + " SELECT balance, l AS left_value, r AS right_value, (l - r) / nullif(l + r, 0) AS \"index\""
        + " FROM rows ORDER BY k";
  }

  static final String TOP_REGION =
      "SELECT 6, 'concentration_vs_spread', max(rev), sum(rev) - max(rev) FROM (SELECT region, sum(amount) AS rev"
          + " FROM o WHERE region IS NOT NULL AND p" + WINDOW + " GROUP BY region)";

  static final String TOP_CUSTOMERS =
      "SELECT 6, 'concentration_vs_spread', sum(rev) FILTER (WHERE rank_no <= ceil(0.1 * n)),"
          + " sum(rev) FILTER (WHERE rank_no > ceil(0.1 * n)) FROM (SELECT rev,"
          + " row_number() OVER (ORDER BY rev DESC) AS rank_no, count(*) OVER () AS n FROM ("
          + " SELECT customer_id, sum(amount) AS rev FROM o WHERE customer_id IS NOT NULL AND p" + WINDOW
          + " GROUP BY customer_id))";

  private static double compare(Table orders, String concentrationSql) {
    Table spend = MessyOrders.spend(7);
    Table actual = Balances.table(
        Map.of(Dataset.ORDERS, orders, Dataset.MARKETING_SPEND, spend), MetricOptions.monthly(AS_OF), Map.of());
    List<String> checked = List.of("acquisition_vs_retention", "acquisition_vs_retention_spend",
        "exploration_vs_exploitation", "growth_vs_churn", "concentration_vs_spread");
    Table rows = actual.where(actual.stringColumn("balance").isIn(checked))
        .selectColumns("balance", "left_value", "right_value", "index");
    try (DuckDbOracle oracle = new DuckDbOracle()
        .register("orders", MessyOrders.withRowNumbers(orders)).register("marketing_spend", spend)) {
      Table expected = oracle.query(sides(concentrationSql));
      assertEquals(checked.size(), expected.rowCount());
      return Tables.assertSameCells(expected, rows, 1e-9);
    }
  }

  @Test
  void orderAndSpendBalances_withRegions_matchDuckDb() {
    System.out.println("balances (regions) worst relative difference vs DuckDB: "
        + compare(ordersWithProducts(51), TOP_REGION));
  }

  @Test
  void concentration_withoutRegions_comparesTopTenPercentOfCustomers() {
    Table orders = ordersWithProducts(52);
    orders.removeColumns("region");
    System.out.println("balances (customers) worst relative difference vs DuckDB: "
        + compare(orders, TOP_CUSTOMERS));
  }
}
