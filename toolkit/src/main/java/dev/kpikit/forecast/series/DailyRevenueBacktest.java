package dev.kpikit.forecast.series;

import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.PredictiveQuantiles;
import dev.kpikit.forecast.RollingOrigin;
import tech.tablesaw.api.Table;

/**
 * The forecast of a shop's daily net revenue without drivers, and its backtest: {@link
 * DailySeries#netRevenue} forecast by {@link SeasonalSeriesForecaster#weekly}.
 *
 * @since 0.2.0
 */
public final class DailyRevenueBacktest {
  private DailyRevenueBacktest() {}

  /**
   * Rolling-origin backtest of the daily net revenue forecast against seasonal naive; labels are
   * ISO dates.
   *
   * @param orders a canonical orders table
   * @param spec the cutoffs and horizon, in days (its season is the benchmark's; the model's is 7)
   * @param seed the random seed of the sample paths
   * @return per-cutoff scores, the forecast points and the summary figures
   * @throws IllegalArgumentException when the orders lack a required column or the series is too
   *     short for the first cutoff and horizon
   */
  public static Backtest run(Table orders, RollingOrigin spec, long seed) {
    DailySeries daily = DailySeries.netRevenue(orders);
    return spec.evaluate(daily.values(), daily.labels(), SeasonalSeriesForecaster.weekly(daily).withSeed(seed));
  }

  /**
   * Forecasts daily net revenue for the days after the last order date.
   *
   * @param orders a canonical orders table
   * @param horizon days ahead, from the day after the last order date
   * @param seed the random seed of the sample paths
   * @return the predictive distribution of each day; day k (from 0) is the last order date + k + 1
   * @throws IllegalArgumentException when the history is too short for the horizon
   */
  public static PredictiveQuantiles forecast(Table orders, int horizon, long seed) {
    DailySeries daily = DailySeries.netRevenue(orders);
    return SeasonalSeriesForecaster.weekly(daily).withSeed(seed).forecast(daily.length(), horizon);
  }
}
