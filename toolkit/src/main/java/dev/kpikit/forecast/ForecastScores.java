package dev.kpikit.forecast;

/**
 * Accuracy scores of one forecast against what then happened, as defined for the M4 competition
 * (Makridakis, Spiliotis and Assimakopoulos 2020, §2.2 and §4.2). Every function takes the actual
 * values and the forecast's values for the same steps; none drops a step.
 *
 * @since 0.2.0
 */
public final class ForecastScores {
  private ForecastScores() {}

  /**
   * @param actual what happened, one value per step
   * @param point the point forecast for the same steps
   * @return the mean absolute error, in the series' unit
   */
  public static double mae(double[] actual, double[] point) {
    check(actual, point);
    double sum = 0;
    for (int i = 0; i < actual.length; i++) {
      sum += Math.abs(actual[i] - point[i]);
    }
    return sum / actual.length;
  }

  /**
   * The mean absolute scaled error: MAE divided by the in-sample MAE of the seasonal naive forecast
   * ({@link SeasonalNaive#meanAbsoluteSeasonalDifference}). Below 1 beats seasonal naive in-sample.
   *
   * @param actual what happened
   * @param point the point forecast
   * @param scale the in-sample seasonal naive MAE
   * @return MASE, or NaN when the scale is zero or NaN (a series constant over its seasons)
   */
  public static double mase(double[] actual, double[] point, double scale) {
    return scale > 0 ? mae(actual, point) / scale : Double.NaN;
  }

  /**
   * How many actual values lie inside their interval, bounds included.
   *
   * @param actual what happened
   * @param lower the interval's lower bounds
   * @param upper the interval's upper bounds
   * @return the count of steps with lower ≤ actual ≤ upper
   */
  public static int inside(double[] actual, double[] lower, double[] upper) {
    check(actual, lower);
    check(actual, upper);
    int n = 0;
    for (int i = 0; i < actual.length; i++) {
      if (actual[i] >= lower[i] && actual[i] <= upper[i]) {
        n++;
      }
    }
    return n;
  }

  /**
   * The mean scaled interval score of a central (1 - α) interval: the mean over steps of (u - l) +
   * (2/α)(l - y)·[y &lt; l] + (2/α)(y - u)·[y &gt; u], divided by the seasonal naive scale. It
   * rewards narrow intervals and penalises each miss in proportion to its distance. M4 used α =
   * 0.05.
   *
   * @param actual what happened
   * @param lower the interval's lower bounds
   * @param upper the interval's upper bounds
   * @param alpha the interval's miss probability, e.g. 0.05 for a 95 % interval
   * @param scale the in-sample seasonal naive MAE
   * @return MSIS, or NaN when the scale is zero or NaN
   */
  public static double msis(double[] actual, double[] lower, double[] upper, double alpha, double scale) {
    check(actual, lower);
    check(actual, upper);
    if (!(scale > 0)) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < actual.length; i++) {
      double y = actual[i];
      sum += upper[i] - lower[i];
      if (y < lower[i]) {
        sum += 2 / alpha * (lower[i] - y);
      } else if (y > upper[i]) {
        sum += 2 / alpha * (y - upper[i]);
      }
    }
    return sum / actual.length / scale;
  }

  private static void check(double[] actual, double[] forecast) {
    if (actual.length != forecast.length || actual.length == 0) {
      throw new IllegalArgumentException(
          "actual and forecast need the same, non-zero number of steps: " + actual.length + " vs " + forecast.length);
    }
  }
}
