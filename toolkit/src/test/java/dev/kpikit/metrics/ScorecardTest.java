package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.config.KpikitConfig.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Hand-checked rules of {@link KpiSeries} and {@link Scorecard}. */
class ScorecardTest {
  /** asOf mid-December: November 2024 is the last complete month. */
  static final MetricOptions DEC_15 = MetricOptions.monthly(LocalDate.of(2024, 12, 15));

  static Table churnMonthly() {
    return TypedTable.of("churn_monthly", "month:S, logo_churn_rate:N",
        "2023-11, 0.05",
        "2024-08, 0.07",
        "2024-09, 0.04",
        "2024-10, 0.035",
        "2024-11, 0.03",
        "2024-12, 0.5");
  }

  static Table unitEconomics() {
    return TypedTable.of("unit_economics", "channel:S, ltv_cac:N, cac_payback_months:N",
        "ALL, 4.5, 7",
        "ads, 2, 12");
  }

  @Test
  void headline_isLastCompletePeriod_withPreviousAndYearAgo() {
    List<KpiSeries> series = KpiSeries.fromTables(Map.of("churn_monthly", churnMonthly()), DEC_15);
    Kpi kpi = KpiSeries.headlines(series, DEC_15).get(0);
    assertEquals("logo_churn_rate", kpi.name());
    assertEquals("2024-11", kpi.period());
    assertEquals(0.03, kpi.value());
    assertEquals(0.035, kpi.previous());
    assertEquals(0.05, kpi.yearAgo());
    assertEquals("ratio", kpi.unit());
  }

  @Test
  void unitEconomicsKpis_takeTheAllRow_asSingleTtmValues() {
    List<KpiSeries> series = KpiSeries.fromTables(Map.of("unit_economics", unitEconomics()), DEC_15);
    assertEquals(List.of("ltv_cac", "cac_payback_months"), series.stream().map(KpiSeries::name).toList());
    Kpi ltvCac = KpiSeries.headlines(series, DEC_15).get(0);
    assertEquals(4.5, ltvCac.value());
    assertEquals("TTM 2024-11", ltvCac.period());
    assertTrue(Double.isNaN(ltvCac.previous()));
  }

  @Test
  void splitTables_giveNoSeries() {
    Table split = TypedTable.of("churn_monthly", "month:S, region:S, logo_churn_rate:N", "2024-11, north, 0.1");
    assertTrue(KpiSeries.fromTables(Map.of("churn_monthly", split), DEC_15.withBy("region")).isEmpty());
  }

  @Test
  void targetText_showsBoundsWithoutTrailingZeros() {
    assertEquals("<= 0.03", Scorecard.targetText(new Target(null, 0.03)));
    assertEquals(">= 3", Scorecard.targetText(new Target(3.0, null)));
    assertEquals(">= 0.5 and <= 0.8", Scorecard.targetText(new Target(0.5, 0.8)));
    assertEquals("", Scorecard.targetText(null));
  }

  @Test
  void status_comparesWithInclusiveBounds() {
    assertEquals("on_target", Scorecard.status(0.03, new Target(null, 0.03)));
    assertEquals("off_target", Scorecard.status(0.031, new Target(null, 0.03)));
    assertEquals("off_target", Scorecard.status(2.9, new Target(3.0, null)));
    assertEquals("no_target", Scorecard.status(2.9, null));
    assertEquals("missing", Scorecard.status(Double.NaN, new Target(3.0, null)));
  }

  @Test
  void trend_comparesFirstAndLastOfThreePeriods_withTwoPercentTolerance() {
    assertEquals("up", Scorecard.trend(new double[] {100, 90, 103}));
    assertEquals("flat", Scorecard.trend(new double[] {100, 150, 101.9}));
    assertEquals("down", Scorecard.trend(new double[] {0.04, 0.035, 0.03}));
    assertEquals("flat", Scorecard.trend(new double[] {0, 0, 0}));
    assertEquals("", Scorecard.trend(new double[] {1, Double.NaN, 2}));
  }

  @Test
  void scorecard_groupsByPerspective_andKeepsTargetsWithoutData() {
    List<KpiSeries> series = KpiSeries.fromTables(
        Map.of("churn_monthly", churnMonthly(), "unit_economics", unitEconomics()), DEC_15);
    Map<String, Target> targets = Map.of(
        "logo_churn_rate", new Target(null, 0.03), "ltv_cac", new Target(3.0, null), "nrr", new Target(1.0, null));
    Table t = Scorecard.table(series, targets, DEC_15);
    assertEquals(List.of("financial", "customer", "customer", "internal_process"),
        t.stringColumn("perspective").asList());
    assertEquals(List.of("nrr", "logo_churn_rate", "ltv_cac", "cac_payback_months"), t.stringColumn("kpi").asList());
    assertEquals(List.of("missing", "on_target", "on_target", "no_target"), t.stringColumn("status").asList());
    assertEquals(List.of(">= 1", "<= 0.03", ">= 3", ""), t.stringColumn("target").asList());
    assertEquals(List.of("", "down", "", ""), t.stringColumn("trend").asList());
    assertEquals(0.03, t.doubleColumn("value").getDouble(1));
  }
}
