package dev.kpikit.metrics;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

/**
 * {@code unit_economics} for an orders-only business against DuckDB SQL written from the
 * definitions: the base is "a positive order in the 12 months ending with the month", churn = left
 * the base, ARPA = revenue / average base, CAC from TTM acquisition spend, cohort LTV from the first
 * 12 months of old-enough cohorts.
 */
class UnitEconomics_OracleTest {

  /** The oracle's query; {@code w0..w1} is the TTM window as month indexes. */
  static String oracleSql(LocalDate asOf, int w0, int w1) {
    String window = " BETWEEN " + w0 + " AND " + w1;
    return "WITH " + OracleSql.orders(asOf, null) + ", " + OracleSql.firsts() + ","
        + " act AS (SELECT DISTINCT customer_id, p FROM o WHERE amount > 0 AND customer_id IS NOT NULL),"
        + " months AS (SELECT unnest(range(" + w0 + ", " + (w1 + 1) + ")) AS m),"
        + " base AS (SELECT f.customer_id, f.channel, months.m,"
        + "   EXISTS (SELECT 1 FROM act a WHERE a.customer_id = f.customer_id AND a.p BETWEEN months.m - 12 AND months.m - 1) AS s,"
        + "   EXISTS (SELECT 1 FROM act a WHERE a.customer_id = f.customer_id AND a.p BETWEEN months.m - 11 AND months.m) AS e"
        + "   FROM firsts f, months),"
        + " flows AS (SELECT coalesce(channel, 'ALL') AS channel, sum(s::INT) AS at_risk,"
        + "   sum((s AND NOT e)::INT) AS lost, sum((s::INT + e::INT) / 2.0) AS customer_months"
        + "   FROM base GROUP BY GROUPING SETS ((channel), ())),"
        + " money AS (SELECT coalesce(f.channel, 'ALL') AS channel, sum(o.amount) AS revenue, sum(o.cost) AS cost"
        + "   FROM o JOIN firsts f USING (customer_id) WHERE o.p" + window
        + "   GROUP BY GROUPING SETS ((f.channel), ())),"
        + " sp AS (SELECT coalesce(channel, '(missing)') AS channel, spend,"
        + "   coalesce(lower(trim(purpose)), '') = 'retention' AS retention,"
        + "   year(period) * 12 + month(period) - 1 AS p FROM marketing_spend WHERE period <= DATE '" + asOf + "'),"
        + " acq AS (SELECT coalesce(channel, 'ALL') AS channel, sum(spend) AS spend FROM sp"
        + "   WHERE NOT retention AND p" + window + " GROUP BY GROUPING SETS ((channel), ())),"
        + " newc AS (SELECT coalesce(channel, 'ALL') AS channel, count(*) AS n FROM firsts"
        + "   WHERE p" + window + " GROUP BY GROUPING SETS ((channel), ())),"
        + " cohort AS (SELECT coalesce(f.channel, 'ALL') AS channel, sum(o.amount) - sum(o.cost) AS margin"
        + "   FROM o JOIN firsts f USING (customer_id)"
        + "   WHERE f.p <= " + (w1 - 11) + " AND o.p BETWEEN f.p AND f.p + 11"
        + "   GROUP BY GROUPING SETS ((f.channel), ())),"
        + " cohort_size AS (SELECT coalesce(channel, 'ALL') AS channel, count(*) AS n FROM firsts"
        + "   WHERE p <= " + (w1 - 11) + " GROUP BY GROUPING SETS ((channel), ())),"
        + " channels AS (SELECT 'ALL' AS channel UNION SELECT channel FROM firsts"
        + "   UNION SELECT channel FROM sp WHERE p <= " + w1 + "),"
        + " u AS (SELECT c.channel,"
        + "   coalesce(acq.spend, 0) / nullif(coalesce(newc.n, 0), 0) AS cac,"
        + "   money.revenue / nullif(flows.customer_months, 0) AS arpa,"
        + "   (money.revenue - money.cost) / nullif(money.revenue, 0) AS gross_margin_pct,"
        + "   flows.lost / nullif(flows.at_risk, 0) AS churn_rate,"
        + "   cohort.margin / nullif(cohort_size.n, 0) AS ltv_cohort"
        + "   FROM channels c LEFT JOIN flows USING (channel) LEFT JOIN money USING (channel)"
        + "   LEFT JOIN acq USING (channel) LEFT JOIN newc USING (channel)"
        + "   LEFT JOIN cohort USING (channel) LEFT JOIN cohort_size USING (channel))"
        + " SELECT channel, cac, arpa, gross_margin_pct, churn_rate,"
        + "   arpa * gross_margin_pct / nullif(churn_rate, 0) AS ltv,"
        + "   arpa * gross_margin_pct / nullif(churn_rate, 0) / nullif(cac, 0) AS ltv_cac,"
        + "   cac / nullif(arpa * gross_margin_pct, 0) AS cac_payback_months, ltv_cohort"
        + " FROM u ORDER BY channel <> 'ALL', channel";
  }

  static int month(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  @ParameterizedTest(name = "seed {0}, as of {1}")
  @CsvSource({"41, 2024-06-20", "42, 2024-05-31"})
  void ordersOnlyBusiness_matchesDuckDb(long seed, LocalDate asOf) {
    Table orders = MessyOrders.orders(seed, 800);
    Table spend = MessyOrders.spend(seed);
    int last = asOf.equals(asOf.withDayOfMonth(asOf.lengthOfMonth())) ? month(asOf) : month(asOf) - 1;
    Table actual = UnitEconomics.table(orders, null, spend, MetricOptions.monthly(asOf));
    try (DuckDbOracle oracle = new DuckDbOracle()
        .register("orders", MessyOrders.withRowNumbers(orders)).register("marketing_spend", spend)) {
      double worst = Tables.assertSameCells(oracle.query(oracleSql(asOf, last - 11, last)), actual, 1e-9);
      System.out.println("unit_economics worst relative difference vs DuckDB: " + worst);
    }
  }
}
