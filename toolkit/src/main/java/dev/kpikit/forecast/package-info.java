/**
 * The outlook: forecasts of a business's series with intervals whose coverage is measured by
 * rolling-origin backtests. {@link dev.kpikit.forecast.PredictiveQuantiles} is the common currency
 * of every forecaster (quantiles and mean per step ahead); {@link
 * dev.kpikit.forecast.SeriesForecaster} is what a backtest evaluates; {@link
 * dev.kpikit.forecast.RollingOrigin} scores a forecaster against {@link
 * dev.kpikit.forecast.SeasonalNaive} with {@link dev.kpikit.forecast.ForecastScores} (relative
 * MAE, MASE, interval coverage and MSIS, as in the M4 competition).
 *
 * <p>The driver-based outlook: {@link dev.kpikit.DriverFit} fits a {@link
 * dev.kpikit.forecast.DriverModel} (acquisition per channel, retention or churn, spend per customer
 * or MRR, seasonality) from a business's metrics; {@link dev.kpikit.forecast.DriverSimulation}
 * simulates it with parameter uncertainty and monthly noise under {@link
 * dev.kpikit.forecast.Scenario}s with common random numbers; {@link dev.kpikit.forecast.Outlook}
 * holds the result as tables; {@link dev.kpikit.ForecastQuery} is the API entry ({@code
 * business.forecast()}); {@link dev.kpikit.DriverForecaster} is the same model as a
 * {@link dev.kpikit.forecast.SeriesForecaster}, and {@link dev.kpikit.forecast.BacktestSubject}
 * lists what {@code kpikit backtest} evaluates.
 *
 * @since 0.2.0
 */
package dev.kpikit.forecast;
