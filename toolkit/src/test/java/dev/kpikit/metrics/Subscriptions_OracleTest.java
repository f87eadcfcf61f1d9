package dev.kpikit.metrics;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * churn_monthly, mrr_movements and survival from spells against DuckDB SQL written from DESIGN
 * §4 ({@link SpellSql}), on generated spells with every awkward case ({@link SpellGenerator}).
 */
class Subscriptions_OracleTest {
  private static final LocalDate MID_MONTH = LocalDate.of(2024, 9, 15);
  private static final LocalDate MONTH_END = LocalDate.of(2024, 6, 30);
  private static final Table SPELLS =
      SpellGenerator.spells(42, 1500, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 8, 31));
  private static SpellOracle oracle;

  @BeforeAll
  static void start() {
    oracle = new SpellOracle(SPELLS);
  }

  @AfterAll
  static void stop() {
    oracle.close();
  }

  private static void assertChurnMatches(MetricOptions options, String unit) {
    Table expected = oracle.query(SpellSql.churn(options.asOf(), unit, options.by()));
    oracle.assertSame(LogoChurn.TABLE, expected, LogoChurn.table(SPELLS, options), 1e-9);
  }

  private static void assertMrrMatches(MetricOptions options) {
    Table expected = oracle.query(SpellSql.mrr(options.asOf(), options.by()));
    oracle.assertSame(MrrMovements.TABLE, expected, MrrMovements.table(SPELLS, options), 1e-9);
  }

  @Test
  void churn_matchesDefinition_withAsOfInsideAMonth() {
    assertChurnMatches(MetricOptions.monthly(MID_MONTH), "month");
  }

  @Test
  void churn_matchesDefinition_withAsOfOnAMonthEnd() {
    assertChurnMatches(MetricOptions.monthly(MONTH_END), "month");
  }

  @Test
  void churnByRegion_matchesDefinition_withRegionOfFirstSpell() {
    assertChurnMatches(MetricOptions.monthly(MID_MONTH).withBy("region"), "month");
  }

  @Test
  void churnQuarterly_matchesDefinition() {
    assertChurnMatches(MetricOptions.monthly(MID_MONTH).withPeriods(Periods.of(Grain.QUARTER)), "quarter");
  }

  @Test
  void mrr_matchesDefinition_withAsOfInsideAMonth() {
    assertMrrMatches(MetricOptions.monthly(MID_MONTH));
  }

  @Test
  void mrr_matchesDefinition_withAsOfOnAMonthEnd() {
    assertMrrMatches(MetricOptions.monthly(MONTH_END));
  }

  @Test
  void mrrByRegion_matchesDefinition_withRegionOfFirstSpell() {
    assertMrrMatches(MetricOptions.monthly(MID_MONTH).withBy("region"));
  }

  /**
   * The lifetimes (merged spells, event or censored at asOf, in days) come from SQL; the
   * tenure-shape estimator, itself checked against R, turns them into the expected curve.
   */
  @Test
  void survivalFromSpells_isKaplanMeierOfTheLifetimesTheDefinitionGives() {
    Table lifetimes = TenureTables.tenureShape(oracle.query(SpellSql.lifetimes(MID_MONTH, "region")));
    Table expected = Survival.tenure(lifetimes, "segment");
    Table actual = Survival.spells(SPELLS, MetricOptions.monthly(MID_MONTH).withBy("region"));
    oracle.assertSame(Survival.TABLE + " (spells)", expected, actual, 1e-12);
  }
}
