package dev.kpikit.metrics;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * financial_ratios against DuckDB SQL on generated monthly statements of two business units, with
 * absent unit-months, unknown amounts, zero interest and months after {@code asOf}.
 */
class FinancialRatiosOracleTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 9, 15);

  private static Table financials;
  private static DuckDbOracle oracle;

  @BeforeAll
  static void registerData() {
    financials = new OpsDataGenerator(11).financials();
    oracle = new DuckDbOracle().register("financials", financials);
  }

  @AfterAll
  static void closeOracle() {
    oracle.close();
  }

  /**
   * Each period's flows are summed; each stock is the total of the latest month that has it.
   *
   * @param grain DuckDB date_trunc unit of the period
   * @param label the SQL expression of the period label, from the period's first day {@code g.p}
   * @param seg the segment of a row ('ALL' without a split)
   */
  private static String sql(String grain, String label, String seg, String segColumn) {
    return """
    WITH months AS (
      SELECT CAST(date_trunc('month', period) AS DATE) AS month, %3$s AS seg,
             SUM(revenue) AS revenue, SUM(cogs) AS cogs, SUM(opex) AS opex,
             SUM(rnd_spend) AS rnd, SUM(interest_expense) AS interest, SUM(ebit) AS ebit,
             SUM(current_assets) AS ca, SUM(current_liabilities) AS cl,
             SUM(total_debt) AS debt, SUM(equity) AS equity
      FROM financials WHERE date_trunc('month', period) <= DATE '%4$s' GROUP BY 1, 2),
    segs AS (SELECT DISTINCT seg FROM months),
    grid AS (
      SELECT CAST(p AS DATE) AS p, seg FROM generate_series(
        (SELECT CAST(date_trunc('%1$s', MIN(month)) AS DATE) FROM months),
        CAST(date_trunc('%1$s', DATE '%4$s') AS DATE), INTERVAL 1 %1$s) AS t(p)
      CROSS JOIN segs),
    periods AS (
      SELECT CAST(date_trunc('%1$s', month) AS DATE) AS p, seg,
             SUM(revenue) AS revenue, SUM(cogs) AS cogs, SUM(opex) AS opex, SUM(rnd) AS rnd,
             SUM(interest) AS interest, SUM(ebit) AS ebit,
             arg_max(ca, month) FILTER (WHERE ca IS NOT NULL) AS ca,
             arg_max(cl, month) FILTER (WHERE cl IS NOT NULL) AS cl,
             arg_max(debt, month) FILTER (WHERE debt IS NOT NULL) AS debt,
             arg_max(equity, month) FILTER (WHERE equity IS NOT NULL) AS equity
      FROM months GROUP BY 1, 2)
    SELECT %2$s AS %5$s, %6$s
           ca / NULLIF(cl, 0) AS current_ratio, debt / NULLIF(equity, 0) AS debt_to_equity,
           ebit / NULLIF(interest, 0) AS interest_coverage, opex / NULLIF(revenue, 0) AS opex_ratio,
           rnd / NULLIF(revenue, 0) AS rnd_share,
           (revenue - cogs) / NULLIF(revenue, 0) AS gross_margin_pct
    FROM grid g LEFT JOIN periods x ON x.p = g.p AND x.seg = g.seg
    ORDER BY g.p, g.seg
    """
        .formatted(grain, label, seg, AS_OF, grain, segColumn);
  }

  @Test
  void monthlyRatiosByUnitMatchTheSqlDefinition() {
    Table expected =
        oracle.query(
            sql(
                "month",
                "strftime(g.p, '%Y-%m')",
                "COALESCE(unit, '(missing)')",
                "g.seg AS unit,"));
    Table actual = FinancialRatios.table(financials, MetricOptions.monthly(AS_OF).withBy("unit"));
    report("monthly by unit", Tables.assertSameCells(expected, actual, 1e-9));
  }

  @Test
  void quarterlyRatiosSumFlowsAndTakeTheLatestStocks() {
    Table expected = oracle.query(sql("quarter", "year(g.p) || '-Q' || quarter(g.p)", "'ALL'", ""));
    Table actual =
        FinancialRatios.table(
            financials, MetricOptions.monthly(AS_OF).withPeriods(Periods.of(Grain.QUARTER)));
    report("quarterly", Tables.assertSameCells(expected, actual, 1e-9));
  }

  private static void report(String what, double worst) {
    System.out.println("financial_ratios " + what + ": worst relative difference " + worst);
  }
}
