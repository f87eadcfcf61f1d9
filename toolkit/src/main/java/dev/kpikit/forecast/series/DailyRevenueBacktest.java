package dev.kpikit.forecast.series;

import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.PredictiveQuantiles;
import dev.kpikit.forecast.RollingOrigin;
import java.math.BigDecimal;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
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

  /**
   * {@link #forecast} as a table: one row per day after the last order date, with columns {@code
   * date} (ISO), {@code mean} and one quantile column per {@link PredictiveQuantiles#LEVELS} level,
   * named by its percentage: {@code p025, p05, p10, p25, p50, p75, p90, p95, p975}.
   *
   * @param orders a canonical orders table
   * @param horizon days ahead
   * @param seed the random seed of the sample paths
   * @return the table {@code daily_revenue_forecast}
   * @throws IllegalArgumentException when the history is too short for the horizon
   */
  public static Table forecastTable(Table orders, int horizon, long seed) {
    DailySeries daily = DailySeries.netRevenue(orders);
    PredictiveQuantiles f = SeasonalSeriesForecaster.weekly(daily).withSeed(seed).forecast(daily.length(), horizon);
    StringColumn dates = StringColumn.create("date");
    for (int k = 0; k < horizon; k++) {
      dates.append(daily.date(daily.length() + k).toString());
    }
    Table t = Table.create("daily_revenue_forecast", dates, DoubleColumn.create("mean", f.mean()));
    for (int l = 0; l < PredictiveQuantiles.LEVELS.length; l++) {
      t.addColumns(DoubleColumn.create(quantileColumn(PredictiveQuantiles.LEVELS[l]), f.quantiles()[l]));
    }
    return t;
  }

  /**
   * {@code p} and the level's decimals, at least two: 0.025 → p025, 0.05 → p05, 0.1 → p10, 0.975 →
   * p975 (the level must lie in (0, 1)).
   */
  static String quantileColumn(double level) {
    String decimals = BigDecimal.valueOf(level).stripTrailingZeros().toPlainString().substring(2);
    return "p" + (decimals.length() < 2 ? decimals + "0" : decimals);
  }
}
