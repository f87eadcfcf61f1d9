package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** churn_monthly against DuckDB SQL written from DESIGN §4, on generated spells. */
class LogoChurn_OracleTest {
  private static final LocalDate MID_MONTH = LocalDate.of(2024, 9, 15);
  private static final LocalDate MONTH_END = LocalDate.of(2024, 6, 30);
  private static final Table SPELLS =
      SpellGenerator.spells(42, 1500, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 8, 31));
  private static DuckDbOracle oracle;
  private static double worst;

  @BeforeAll
  static void register() {
    oracle = new DuckDbOracle().register("spells", SPELLS);
  }

  @AfterAll
  static void report() {
    System.out.println("churn_monthly: worst relative difference vs DuckDB = " + worst);
    oracle.close();
  }

  private static void assertMatchesOracle(MetricOptions options, String unit) {
    Table expected = oracle.query(SpellSql.churn(options.asOf(), unit, options.by()));
    Table actual = LogoChurn.byPeriod(SPELLS, options);
    assertTrue(actual.rowCount() > 30, "enough periods to be meaningful");
    worst = Math.max(worst, Tables.assertSameCells(expected, actual, 1e-9));
  }

  @Test
  void monthly_matchesDefinition_withAsOfInsideAMonth() {
    assertMatchesOracle(MetricOptions.monthly(MID_MONTH), "month");
  }

  @Test
  void monthly_matchesDefinition_withAsOfOnAMonthEnd() {
    assertMatchesOracle(MetricOptions.monthly(MONTH_END), "month");
  }

  @Test
  void byRegion_matchesDefinition_withRegionOfFirstSpell() {
    assertMatchesOracle(MetricOptions.monthly(MID_MONTH).withBy("region"), "month");
  }

  @Test
  void quarterly_matchesDefinition() {
    MetricOptions quarterly = MetricOptions.monthly(MID_MONTH).withPeriods(Periods.of(Grain.QUARTER));
    Table expected = oracle.query(SpellSql.churn(MID_MONTH, "quarter", null));
    worst = Math.max(worst, Tables.assertSameCells(expected, LogoChurn.byPeriod(SPELLS, quarterly), 1e-9));
  }
}
