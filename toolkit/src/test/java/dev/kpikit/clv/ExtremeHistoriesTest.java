package dev.kpikit.clv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * No NaN or infinity for extreme histories: hundreds or thousands of purchases, ages of ten years
 * (520 weeks, 3,650 days), no repeat purchase, a first purchase on the calibration end day, and a
 * heavy buyer who stopped long ago; under both models at the CDNOW fits and at parameters of
 * another scale.
 */
class ExtremeHistoriesTest {
  static final List<CountModel> MODELS =
      List.of(
          new BgNbd(0.2426, 4.4136, 0.7929, 2.4259),
          new ParetoNbd(0.5533, 10.5776, 0.6061, 11.6650),
          new BgNbd(3.5, 0.8, 1.9, 0.4),
          new ParetoNbd(0.05, 200, 2.5, 0.3));

  @ParameterizedTest
  @CsvSource({
    "0, 0, 0", // first purchase on the calibration end day
    "0, 0, 520", // ten years without a repeat purchase
    "300, 519.9, 520", // hundreds of purchases, last one just now
    "300, 10, 520", // hundreds of purchases, stopped ten years ago
    "3000, 3649, 3650", // daily buyer for ten years (days)
    "1, 0.01, 0.02",
    "800, 52, 52"
  })
  void everyQuantity_isFinite(int x, double tx, double age) {
    for (CountModel m : MODELS) {
      String what = m + " at x=" + x + ", tx=" + tx + ", T=" + age;
      double ll = m.logLikelihood(x, tx, age);
      double alive = m.pAlive(x, tx, age);
      // a density in continuous time: finite, of either sign
      assertTrue(Double.isFinite(ll), "log-likelihood " + ll + " of " + what);
      assertTrue(alive >= 0 && alive <= 1, "P(alive) " + alive + " of " + what);
      for (double t : new double[] {1, 52, 520}) {
        double e = m.expectedPurchases(t, x, tx, age);
        assertTrue(Double.isFinite(e) && e >= 0, "E[Y(" + t + ")] = " + e + " of " + what);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"bg-nbd", "pareto-nbd"})
  void fitAndValue_onASummaryWithExtremes_areFinite(String model) {
    // CDNOW-like customers plus the extremes, in weeks, calibration end 2025-12-31
    String[] ids = {"a", "b", "c", "d", "e", "f", "g", "h"};
    int[] x = {0, 1, 2, 0, 300, 300, 0, 5};
    double[] tx = {0, 3, 20, 0, 519.9, 10, 0, 30};
    double[] age = {38, 38, 38, 520, 520, 520, 0, 35};
    double[] spend = {Double.NaN, 20, 35, Double.NaN, 12, 80, Double.NaN, 15};
    RfmSummary s =
        RfmSummary.of(ids, x, tx, age, spend, RfmOptions.upTo(LocalDate.of(2025, 12, 31), PeriodUnit.WEEK));
    CountModel m = CustomerValueAnalysis.fit(model, s);
    for (double p : m.fit().params()) {
      assertTrue(Double.isFinite(p) && p > 0, m.toString());
    }
    CustomerValue v = CustomerValue.predict(s, m, new GammaGamma(6.25, 3.74, 15.44), ClvOptions.DEFAULT);
    for (double[] column : List.of(v.pAlive(), v.expectedPurchases(), v.expectedSpend(), v.clv())) {
      for (double d : column) {
        assertTrue(Double.isFinite(d) && d >= 0, m + ": " + java.util.Arrays.toString(column));
      }
    }
  }
}
