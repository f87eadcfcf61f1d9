package dev.kpikit.forecast;


/**
 * One series that {@code kpikit backtest} evaluates: its observations and labels, the rolling
 * origin settings, and the forecaster under test. The command runs a list of them; adding a series
 * (e.g. daily revenue with a statistical model) is one more entry.
 *
 * @param name the subject's name, used in file names ({@code monthly_revenue})
 * @param description what the series is, for people
 * @param series the observations, oldest first
 * @param labels a label per observation
 * @param origin the rolling-origin settings
 * @param forecaster the forecaster under test, holding the same series
 * @since 0.2.0
 */
public record BacktestSubject(
    String name, String description, double[] series, String[] labels, RollingOrigin origin, SeriesForecaster forecaster) {

  /** Horizon of the monthly backtests, in months. */
  public static final int MONTHLY_HORIZON = 6;

  /** Months of history before the first cutoff of the monthly backtests. */
  public static final int MONTHLY_FIRST_CUTOFF = 18;

  /** @return the backtest of this subject */
  public Backtest evaluate() {
    return origin.evaluate(series, labels, forecaster);
  }
}
