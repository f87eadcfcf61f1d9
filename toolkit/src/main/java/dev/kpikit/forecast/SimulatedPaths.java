package dev.kpikit.forecast;

import java.time.YearMonth;

/**
 * The simulated paths of one scenario: for each metric of {@link DriverSimulation#METRICS}, one
 * row per path and one column per month.
 *
 * @param scenario the scenario simulated
 * @param firstMonth the first simulated month
 * @param hasMrr true when the {@code mrr} metric is simulated (subscription business)
 * @param values {@code values[metric][path][month]}
 * @since 0.2.0
 */
public record SimulatedPaths(Scenario scenario, YearMonth firstMonth, boolean hasMrr, double[][][] values) {
  /**
   * @param metric one of {@link DriverSimulation#METRICS}
   * @return its paths, {@code [path][month]} (the array itself, not a copy)
   */
  public double[][] of(String metric) {
    int i = DriverSimulation.METRICS.indexOf(metric);
    if (i < 0) {
      throw new IllegalArgumentException("no metric '" + metric + "'; metrics are " + DriverSimulation.METRICS);
    }
    return values[i];
  }

  /**
   * @param metric one of {@link DriverSimulation#METRICS}
   * @return its mean and quantiles per month
   */
  public PredictiveQuantiles quantiles(String metric) {
    return PredictiveQuantiles.fromPaths(of(metric));
  }

  /** @return the number of simulated months */
  public int horizon() {
    return values[0][0].length;
  }

  /** @return the number of paths */
  public int paths() {
    return values[0].length;
  }
}
