package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthOfYearTest {
  private static double[] seasonal(int months, double decemberLift, double trendPerMonth) {
    double[] logs = new double[months];
    for (int t = 0; t < months; t++) {
      logs[t] = trendPerMonth * t + (t % 12 == 11 ? decemberLift : 0);
    }
    return logs;
  }

  @Test
  void withLessThanTwoYearsNoSeasonalityIsClaimed() {
    assertArrayEquals(new double[12], MonthOfYear.factors(seasonal(23, 0.5, 0.01), YearMonth.of(2023, 1)));
  }

  @Test
  void aDecemberLiftIsFoundThroughATrendAndShrunkByYearsSeen() {
    // 35 months from January: the window t-6..t+5 exists for t = 6..29, so every calendar month is
    // seen twice (December at t = 11, 23)
    double[] f = MonthOfYear.factors(seasonal(35, 0.6, 0.02), YearMonth.of(2023, 1));
    // deviation from the window mean: 0.6 - 0.6/12 = 0.55 for December, -0.05 for the others, plus
    // 0.02 t - 0.02 (t - 0.5) = 0.01 from the trend; shrunk by 2/(2+1); then all centred
    double dec = (0.55 + 0.01) * 2 / 3;
    double other = (-0.05 + 0.01) * 2 / 3;
    double mean = (dec + 11 * other) / 12;
    assertEquals(dec - mean, f[11], 1e-9);
    assertEquals(other - mean, f[0], 1e-9);
    double sum = 0;
    for (double v : f) {
      sum += v;
    }
    assertEquals(0, sum, 1e-12);
  }

  @Test
  void localLevelOfPureNoiseHasNoDriftAndOfARandomWalkNoNoise() {
    // differences of a random walk are its steps: uncorrelated, so no noise; all their variance is drift
    double[] steps = {1, -1, -1, 1, 1, 1, -1, -1, -1, 1, 1, -1, 1, 1, -1, -1, 1, -1, -1, 1};
    double[] walk = new double[steps.length + 1];
    for (int i = 0; i < steps.length; i++) {
      walk[i + 1] = walk[i] + steps[i];
    }
    double[] alternating = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
    double[] w = MonthOfYear.localLevel(walk, 24);
    double[] a = MonthOfYear.localLevel(alternating, 24);
    assertEquals(0, a[0], 1e-12, "alternation is noise, not drift");
    assertTrue(a[1] > 0.5, "alternation is noise");
    assertTrue(w[0] > 0.8 && w[1] < 0.3, "a random walk is drift: " + java.util.Arrays.toString(w));
  }

  /** 18 months on a trend of 0.05 per month, +a at both ends and -a at the two middle months. */
  private static double[] trendWithSymmetricPattern(double a) {
    double[] logs = seasonal(18, 0, 0.05);
    logs[0] += a;
    logs[17] += a;
    logs[8] -= a;
    logs[9] -= a;
    return logs;
  }

  @Test
  void theUnmodelledSeasonSpreadIsTheScatterAroundTheLinearTrend() {
    // 18 months on a trend, plus a symmetric zero-sum pattern (+a at both ends, -a at the two middle
    // months): symmetric about the centre, so orthogonal to the trend, which the fit leaves alone.
    // The residuals are the pattern: sum of squares 4a^2 over n - 2 = 16 degrees of freedom.
    double a = 0.3;
    assertEquals(Math.sqrt(4 * a * a / 16), MonthOfYear.unmodelledSd(trendWithSymmetricPattern(a)), 1e-12);
  }

  @Test
  void aPureTrendLeavesNoUnmodelledSeason() {
    assertEquals(0, MonthOfYear.unmodelledSd(seasonal(18, 0, 0.07)), 1e-12);
  }

  @Test
  void undefinedMonthsAreSkippedInTheUnmodelledSpread() {
    double[] logs = trendWithSymmetricPattern(0.2);
    double[] padded = new double[20];
    padded[0] = Double.NaN;
    padded[19] = Double.NaN;
    System.arraycopy(logs, 0, padded, 1, 18);
    assertEquals(MonthOfYear.unmodelledSd(logs), MonthOfYear.unmodelledSd(padded), 1e-12);
  }

  @Test
  void onceFactorsAreEstimatedOrWithTooFewMonthsNoUnmodelledSeasonIsDrawn() {
    assertEquals(0, MonthOfYear.unmodelledSd(seasonal(MonthOfYear.MIN_MONTHS, 0.5, 0.01)));
    assertTrue(MonthOfYear.unmodelledSd(seasonal(MonthOfYear.MIN_MONTHS - 1, 0.5, 0.01)) > 0);
    assertEquals(0, MonthOfYear.unmodelledSd(seasonal(5, 0.5, 0.01)));
  }
}
