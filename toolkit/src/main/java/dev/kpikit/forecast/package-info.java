/**
 * The outlook: forecasts of a business's series with intervals whose coverage is measured by
 * rolling-origin backtests. {@link dev.kpikit.forecast.PredictiveQuantiles} is the common currency
 * of every forecaster (quantiles and mean per step ahead); {@link
 * dev.kpikit.forecast.SeriesForecaster} is what a backtest evaluates; {@link
 * dev.kpikit.forecast.RollingOrigin} scores a forecaster against {@link
 * dev.kpikit.forecast.SeasonalNaive} with {@link dev.kpikit.forecast.ForecastScores} (relative
 * MAE, MASE, interval coverage and MSIS, as in the M4 competition).
 *
 * @since 0.2.0
 */
package dev.kpikit.forecast;
