package dev.kpikit.forecast.series;

import java.util.List;

/**
 * What {@link SeasonalSeriesForecaster} learned from the history before a cutoff: the smoothing
 * model it kept and the trading calendar.
 *
 * @param model the kept model in ETS notation, e.g. {@code ETS(A,Ad,M)}: additive errors, damped
 *     (Ad) or no (N) trend, additive (A) or multiplicative (M) season
 * @param alpha the level smoothing parameter
 * @param beta the trend smoothing parameter (0 without a trend)
 * @param gamma the season smoothing parameter
 * @param phi the trend damping (1 without a trend)
 * @param closedPhases season positions that never trade, 0 being the position of the series' first
 *     observation (for a daily series starting on a Wednesday, 3 is a Saturday)
 * @param holidayRate the probability that a trading day is closed for a holiday, from the
 *     history's isolated closures
 * @param shutdowns the shutdowns found (five or more consecutive closed trading days), as {@code
 *     first/last} ISO dates; empty when the series has no dates
 * @since 0.2.0
 */
public record SeriesFit(
    String model,
    double alpha,
    double beta,
    double gamma,
    double phi,
    int[] closedPhases,
    double holidayRate,
    List<String> shutdowns) {
  /** Copies the arrays. */
  public SeriesFit {
    closedPhases = closedPhases.clone();
    shutdowns = List.copyOf(shutdowns);
  }
}
