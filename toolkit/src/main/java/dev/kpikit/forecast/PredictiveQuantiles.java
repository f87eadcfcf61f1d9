package dev.kpikit.forecast;

import java.util.Arrays;

/**
 * A forecast's predictive distribution over a horizon: for each step ahead, the mean and the
 * quantiles at {@link #LEVELS}. Quantiles never cross: for every step they are non-decreasing in
 * the level (the constructor checks it).
 *
 * <p>Levels 0.10/0.90 bound the central 80 % interval, 0.025/0.975 the 95 % interval, 0.25/0.75
 * the 50 % interval; 0.05/0.95 are the P05/P95 columns of {@code forecast.csv}.
 *
 * @param mean the mean per step, {@code mean[step]}
 * @param quantiles the quantiles per level and step, {@code quantiles[level][step]}, levels in the
 *     order of {@link #LEVELS}
 * @since 0.2.0
 */
public record PredictiveQuantiles(double[] mean, double[][] quantiles) {
  /** The quantile levels every forecaster reports, ascending. */
  public static final double[] LEVELS = {0.025, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.975};

  /**
   * @throws IllegalArgumentException when the arrays do not match {@link #LEVELS} and the horizon,
   *     a value is NaN, or two quantiles of one step cross
   */
  public PredictiveQuantiles {
    if (quantiles.length != LEVELS.length) {
      throw new IllegalArgumentException(
          "expected " + LEVELS.length + " quantile levels, got " + quantiles.length);
    }
    for (int l = 0; l < LEVELS.length; l++) {
      if (quantiles[l].length != mean.length) {
        throw new IllegalArgumentException("quantile level " + LEVELS[l] + " has a different horizon");
      }
    }
    for (int s = 0; s < mean.length; s++) {
      if (Double.isNaN(mean[s])) {
        throw new IllegalArgumentException("mean at step " + (s + 1) + " is NaN");
      }
      for (int l = 0; l < LEVELS.length; l++) {
        if (Double.isNaN(quantiles[l][s])) {
          throw new IllegalArgumentException("quantile " + LEVELS[l] + " at step " + (s + 1) + " is NaN");
        }
        if (l > 0 && quantiles[l][s] < quantiles[l - 1][s]) {
          throw new IllegalArgumentException("quantiles cross at step " + (s + 1));
        }
      }
    }
  }

  /**
   * The empirical distribution of simulated paths.
   *
   * <p>Quantiles use linear interpolation between order statistics (Hyndman and Fan's type 7, the
   * default of R and NumPy): for n sorted values x and level p, h = (n - 1) p and the quantile is
   * x[floor(h)] + (h - floor(h)) (x[floor(h) + 1] - x[floor(h)]).
   *
   * @param paths {@code paths[path][step]}, at least one path, all of the same length
   * @return the mean and quantiles per step
   */
  public static PredictiveQuantiles fromPaths(double[][] paths) {
    if (paths.length == 0) {
      throw new IllegalArgumentException("no simulated paths");
    }
    int horizon = paths[0].length;
    double[] mean = new double[horizon];
    double[][] q = new double[LEVELS.length][horizon];
    double[] column = new double[paths.length];
    for (int s = 0; s < horizon; s++) {
      double sum = 0;
      for (int p = 0; p < paths.length; p++) {
        column[p] = paths[p][s];
        sum += column[p];
      }
      mean[s] = sum / paths.length;
      Arrays.sort(column);
      for (int l = 0; l < LEVELS.length; l++) {
        q[l][s] = quantileOfSorted(column, LEVELS[l]);
      }
    }
    return new PredictiveQuantiles(mean, q);
  }

  /**
   * The type-7 quantile of sorted values.
   *
   * @param sorted values in ascending order, at least one
   * @param level a probability in [0, 1]
   * @return the interpolated quantile
   */
  public static double quantileOfSorted(double[] sorted, double level) {
    double h = (sorted.length - 1) * level;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /** @return the number of steps ahead */
  public int horizon() {
    return mean.length;
  }

  /**
   * @param level one of {@link #LEVELS}
   * @return the quantile at that level for every step (a copy)
   * @throws IllegalArgumentException when the level is not one of {@link #LEVELS}
   */
  public double[] quantile(double level) {
    for (int l = 0; l < LEVELS.length; l++) {
      if (LEVELS[l] == level) {
        return quantiles[l].clone();
      }
    }
    throw new IllegalArgumentException("no quantile at level " + level + "; levels are " + Arrays.toString(LEVELS));
  }

  /** @return the median (P50) per step */
  public double[] median() {
    return quantile(0.50);
  }
}
