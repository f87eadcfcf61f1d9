package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.metrics.UnitMeasures.Measure;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking and trend rules of the units table, on hand-made figures. */
class UnitComparison_RulesTest {
  private static Map<String, Map<UnitKpi, Measure>> units(UnitKpi k, Double... values) {
    Map<String, Map<UnitKpi, Measure>> units = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      units.put("u" + i, Map.of(k, new Measure(values[i], null, null, null)));
    }
    return units;
  }

  @Test
  void higherIsBetter_ranksTheLargestFirst_tiesShareTheLowerRank() {
    Map<String, Integer> r = UnitComparison.ranks(UnitKpi.REVENUE, units(UnitKpi.REVENUE, 10.0, 30.0, 20.0, 30.0));
    assertEquals(Map.of("u0", 4, "u1", 1, "u2", 3, "u3", 1), r);
  }

  @Test
  void lowerIsBetter_ranksTheSmallestFirst_andAUnitWithoutAValueHasNoRank() {
    Map<String, Integer> r = UnitComparison.ranks(UnitKpi.LOGO_CHURN_RATE,
        units(UnitKpi.LOGO_CHURN_RATE, 0.05, null, 0.02));
    assertEquals(Map.of("u0", 2, "u2", 1), r);
  }

  @Test
  void spend_isRankedBySize() {
    assertEquals(Map.of("u0", 2, "u1", 1),
        UnitComparison.ranks(UnitKpi.ACQUISITION_SPEND, units(UnitKpi.ACQUISITION_SPEND, 5.0, 9.0)));
  }

  @Test
  void worsening_needsThreeMonthlyChangesTheWrongWay() {
    assertTrue(UnitComparison.worsening(UnitKpi.REVENUE, new double[] {4, 3, 2, 1}));
    assertFalse(UnitComparison.worsening(UnitKpi.REVENUE, new double[] {4, 3, 3, 1}), "a flat month breaks the run");
    assertFalse(UnitComparison.worsening(UnitKpi.REVENUE, new double[] {Double.NaN, 3, 2, 1}), "four values needed");
    assertTrue(UnitComparison.worsening(UnitKpi.LOGO_CHURN_RATE, new double[] {0.01, 0.02, 0.03, 0.04}), "churn rising");
    assertFalse(UnitComparison.worsening(UnitKpi.ACQUISITION_SPEND, new double[] {4, 3, 2, 1}), "spend has no better side");
    assertFalse(UnitComparison.worsening(UnitKpi.GROSS_MARGIN_PCT, new double[] {0.8, 0.7, 0.6, 0.5}), "margin is not trended");
    assertTrue(UnitComparison.worsening(UnitKpi.ACTIVE_CUSTOMERS, new double[] {16, 11, 8, 1}));
  }

  @Test
  void funnelSide_isAboveOnlyBeyondTheHighQuantile() {
    // Binomial(100, 0.5): P(X <= 59) = 0.9716, P(X <= 60) = 0.9824, so the 97.5 % quantile is 60.
    assertEquals(60, FunnelLimits.quantile(0.975, 100, 0.5));
    assertEquals(0, FunnelLimits.side(60, 100, 0.5, FunnelLimits.INNER));
    assertEquals(1, FunnelLimits.side(61, 100, 0.5, FunnelLimits.INNER));
    assertEquals(-1, FunnelLimits.side(39, 100, 0.5, FunnelLimits.INNER));
  }
}
