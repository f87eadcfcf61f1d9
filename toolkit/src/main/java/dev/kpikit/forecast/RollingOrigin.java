package dev.kpikit.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rolling-origin evaluation (Tashman 2000): the forecaster is run at cutoff {@code first}, then
 * every {@code step} observations, each time with only the observations before the cutoff, for the
 * whole horizon; every cutoff whose horizon lies inside the series is scored, every step of it
 * counts (no day is dropped from scoring). The seasonal naive forecast of the same cutoffs is the
 * benchmark.
 *
 * @param season the season length in observations (7 for daily data with a weekly cycle, 12 for
 *     months), used by the benchmark and the MASE/MSIS scale
 * @param firstCutoff the number of observations before the first cutoff; more than {@code season}
 * @param step observations between cutoffs, at least 1
 * @param horizon steps forecast at each cutoff, at least 1
 * @since 0.2.0
 */
public record RollingOrigin(int season, int firstCutoff, int step, int horizon) {
  /**
   * @throws IllegalArgumentException when a setting is out of range
   */
  public RollingOrigin {
    if (season < 1 || step < 1 || horizon < 1) {
      throw new IllegalArgumentException("season, step and horizon must be at least 1");
    }
    if (firstCutoff <= season) {
      throw new IllegalArgumentException(
          "the first cutoff (" + firstCutoff + ") must leave more than one season (" + season + ") of history");
    }
  }

  /**
   * @param length the number of observations in the series
   * @return the cutoffs that have a whole horizon of actual values after them, ascending
   */
  public int[] cutoffs(int length) {
    List<Integer> out = new ArrayList<>();
    for (int c = firstCutoff; c + horizon <= length; c += step) {
      out.add(c);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Runs and scores the forecaster at every cutoff.
   *
   * @param series the observations, oldest first
   * @param labels a label per observation (a date or period), written in the result
   * @param model the forecaster under test, holding the same series
   * @return the per-cutoff scores, the forecasts with their actuals, and the summary
   * @throws IllegalArgumentException when the series has no complete cutoff or the labels do not
   *     match it
   */
  public Backtest evaluate(double[] series, String[] labels, SeriesForecaster model) {
    if (labels.length != series.length) {
      throw new IllegalArgumentException("one label per observation expected");
    }
    int[] cutoffs = cutoffs(series.length);
    if (cutoffs.length == 0) {
      throw new IllegalArgumentException(
          "a backtest needs at least " + (firstCutoff + horizon) + " observations, the series has " + series.length);
    }
    SeasonalNaive naive = new SeasonalNaive(series, season);
    List<Backtest.Cutoff> rows = new ArrayList<>();
    List<Backtest.Point> points = new ArrayList<>();
    for (int c : cutoffs) {
      PredictiveQuantiles f = model.forecast(c, horizon);
      if (f.horizon() != horizon) {
        throw new IllegalStateException("the forecaster returned " + f.horizon() + " steps, not " + horizon);
      }
      double[] actual = Arrays.copyOfRange(series, c, c + horizon);
      double[] p50 = f.median();
      double[] naivePoint = naive.forecast(c, horizon).mean();
      double scale = SeasonalNaive.meanAbsoluteSeasonalDifference(series, c, season);
      double[] lo80 = f.quantile(0.10);
      double[] hi80 = f.quantile(0.90);
      double[] lo95 = f.quantile(0.025);
      double[] hi95 = f.quantile(0.975);
      double mae = ForecastScores.mae(actual, p50);
      double naiveMae = ForecastScores.mae(actual, naivePoint);
      rows.add(
          new Backtest.Cutoff(
              labels[c - 1],
              labels[c],
              horizon,
              mae,
              naiveMae,
              ForecastScores.mase(actual, p50, scale),
              ForecastScores.inside(actual, lo80, hi80),
              ForecastScores.inside(actual, lo95, hi95),
              ForecastScores.msis(actual, lo95, hi95, 0.05, scale)));
      for (int k = 0; k < horizon; k++) {
        points.add(
            new Backtest.Point(
                labels[c - 1], labels[c + k], k + 1, actual[k], naivePoint[k], p50[k], lo80[k], hi80[k], lo95[k], hi95[k]));
      }
    }
    return new Backtest(rows, points);
  }
}
