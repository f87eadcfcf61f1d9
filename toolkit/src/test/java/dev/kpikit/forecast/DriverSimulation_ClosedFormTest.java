package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 1,000 customers, 3 % monthly churn, no acquisition: after 12 months the active count is
 * Binomial(1000, 0.97^12), whose mean and quantiles the test computes exactly.
 */
class DriverSimulation_ClosedFormTest {
  private static final int N = 1000;
  private static final double CHURN = 0.03;
  private static final int MONTHS = 12;
  private static final int PATHS = 20_000;

  private static DriverModel fixedChurn() {
    return new DriverModel(YearMonth.of(2026, 1), List.of(), new double[12], 0, 0, null,
        DriverModel.Subscriptions.fixedChurn(N, CHURN), List.of());
  }

  /** The smallest k with P(X ≤ k) ≥ level for X ~ Binomial(n, p), from the exact pmf. */
  private static int binomialQuantile(int n, double p, double level) {
    double cdf = 0;
    for (int k = 0; k <= n; k++) {
      cdf += Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
      if (cdf >= level) {
        return k;
      }
    }
    return n;
  }

  private static double logChoose(int n, int k) {
    double s = 0;
    for (int i = 1; i <= k; i++) {
      s += Math.log(n - k + i) - Math.log(i);
    }
    return s;
  }

  @Test
  void activeCustomersAfterTwelveMonthsAreBinomialWithSurvivalToThePowerTwelve() {
    SimulatedPaths paths = new DriverSimulation(fixedChurn(), PATHS, 7).run(Scenario.base(), MONTHS);
    PredictiveQuantiles q = paths.quantiles("active_customers");
    double survival = Math.pow(1 - CHURN, MONTHS);
    double exactMean = N * survival;
    assertEquals(693.8, exactMean, 0.05);
    int last = MONTHS - 1;
    assertEquals(exactMean, q.mean()[last], exactMean * 0.001, "mean within 0.1 %");
    assertEquals(binomialQuantile(N, survival, 0.10), q.quantile(0.10)[last], 1.0, "P10");
    assertEquals(binomialQuantile(N, survival, 0.50), q.quantile(0.50)[last], 1.0, "P50");
    assertEquals(binomialQuantile(N, survival, 0.90), q.quantile(0.90)[last], 1.0, "P90");
  }

  @Test
  void varianceIsTheBinomialVarianceNotJustTheMean() {
    double[][] active = new DriverSimulation(fixedChurn(), PATHS, 11).run(Scenario.base(), MONTHS).of("active_customers");
    double mean = 0;
    for (double[] path : active) {
      mean += path[MONTHS - 1] / PATHS;
    }
    double var = 0;
    for (double[] path : active) {
      var += (path[MONTHS - 1] - mean) * (path[MONTHS - 1] - mean) / (PATHS - 1);
    }
    double survival = Math.pow(1 - CHURN, MONTHS);
    double exact = N * survival * (1 - survival);
    // the sample variance of 20,000 draws has a relative standard error of about sqrt(2 / 20,000) = 1 %
    assertEquals(exact, var, exact * 0.05);
  }

  @Test
  void noPathEverGainsACustomerWithoutAcquisition() {
    double[][] active = new DriverSimulation(fixedChurn(), 2_000, 3).run(Scenario.base(), MONTHS).of("active_customers");
    for (double[] path : active) {
      double previous = N;
      for (double v : path) {
        assertTrue(v <= previous, "a count rose without acquisition");
        previous = v;
      }
    }
  }
}
