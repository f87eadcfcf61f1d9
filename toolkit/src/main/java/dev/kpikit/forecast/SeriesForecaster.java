package dev.kpikit.forecast;

/**
 * A forecaster of one series that a rolling-origin backtest can run at any cutoff. The series is
 * held by the implementation; {@code cutoff} says how many of its first observations the forecast
 * may use (observations {@code 0 .. cutoff-1}), and the forecast covers observations {@code cutoff
 * .. cutoff+horizon-1}. An implementation must not look at anything dated after the cutoff,
 * including when it refits its parameters.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface SeriesForecaster {
  /**
   * @param cutoff the number of observations the forecast may use, at least 1
   * @param horizon the number of steps ahead, at least 1
   * @return the predictive distribution of the next {@code horizon} observations
   */
  PredictiveQuantiles forecast(int cutoff, int horizon);
}
