/**
 * Forecasts of a series that has no drivers to decompose, such as the daily net revenue of a shop
 * without marketing-spend data. {@link dev.kpikit.forecast.series.DailySeries} builds the daily
 * series from orders over a full calendar; {@link
 * dev.kpikit.forecast.series.SeasonalSeriesForecaster} forecasts it with seasonal exponential
 * smoothing, a trading calendar learned from the history (weekdays that never trade, holiday
 * closures, yearly shutdowns) and intervals from its own past out-of-sample errors; {@link
 * dev.kpikit.forecast.series.DailyRevenueBacktest} is the one-call entry point for the {@code
 * kpikit backtest} and {@code kpikit forecast} commands.
 *
 * @since 0.2.0
 */
package dev.kpikit.forecast.series;
