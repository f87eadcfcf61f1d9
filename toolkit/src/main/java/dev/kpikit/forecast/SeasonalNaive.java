package dev.kpikit.forecast;

/**
 * The seasonal naive forecast, the benchmark every kpikit forecaster is scored against: the value of
 * the same season one cycle earlier, {@code y[c - m + (k mod m)]} for step {@code k} (0-based) after
 * cutoff {@code c} with season length {@code m} (m = 1 is the plain naive forecast).
 *
 * <p>Its intervals are normal with the residual scale of the in-sample seasonal differences: with
 * σ² = mean of (y[t] - y[t-m])² over t in [m, c), step k has standard deviation σ √(⌊k / m⌋ + 1)
 * (Hyndman and Athanasopoulos, <i>Forecasting: Principles and Practice</i>, §5.5).
 *
 * @since 0.2.0
 */
public final class SeasonalNaive implements SeriesForecaster {
  /** Standard normal quantiles at {@link PredictiveQuantiles#LEVELS}. */
  static final double[] Z = {
    -1.959963984540054,
    -1.6448536269514722,
    -1.2815515655446004,
    -0.6744897501960817,
    0.0,
    0.6744897501960817,
    1.2815515655446004,
    1.6448536269514722,
    1.959963984540054
  };

  private final double[] series;
  private final int season;

  /**
   * @param series the observations, oldest first
   * @param season the season length in observations (7 for days of the week, 12 for months of the
   *     year, 1 for none)
   */
  public SeasonalNaive(double[] series, int season) {
    if (season < 1) {
      throw new IllegalArgumentException("season length must be at least 1, got " + season);
    }
    this.series = series.clone();
    this.season = season;
  }

  /**
   * @throws IllegalArgumentException when {@code cutoff} leaves less than one full season plus one
   *     observation, or runs past the series
   */
  @Override
  public PredictiveQuantiles forecast(int cutoff, int horizon) {
    if (cutoff <= season || cutoff > series.length) {
      throw new IllegalArgumentException(
          "seasonal naive needs more than one season (" + season + ") of history before the cutoff, got "
              + cutoff);
    }
    double sigma = Math.sqrt(meanSquaredSeasonalDifference(series, cutoff, season));
    double[] mean = new double[horizon];
    double[][] q = new double[Z.length][horizon];
    for (int k = 0; k < horizon; k++) {
      double point = series[cutoff - season + (k % season)];
      double sd = sigma * Math.sqrt(k / season + 1);
      mean[k] = point;
      for (int l = 0; l < Z.length; l++) {
        q[l][k] = point + Z[l] * sd;
      }
    }
    return new PredictiveQuantiles(mean, q);
  }

  /**
   * The in-sample mean absolute error of the seasonal naive forecast, the MASE scale: the mean of
   * |y[t] - y[t-m]| over t in [m, cutoff).
   *
   * @param series the observations
   * @param cutoff how many of them are in-sample
   * @param season the season length m
   * @return the scale, or NaN when there is no t with t - m ≥ 0 before the cutoff
   */
  public static double meanAbsoluteSeasonalDifference(double[] series, int cutoff, int season) {
    double sum = 0;
    int n = 0;
    for (int t = season; t < cutoff; t++) {
      sum += Math.abs(series[t] - series[t - season]);
      n++;
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static double meanSquaredSeasonalDifference(double[] series, int cutoff, int season) {
    double sum = 0;
    int n = 0;
    for (int t = season; t < cutoff; t++) {
      double d = series[t] - series[t - season];
      sum += d * d;
      n++;
    }
    return sum / n;
  }
}
