/**
 * The metric tables (DESIGN §4, §5): pure functions from canonical tables to a new table, one class
 * per family, each documenting its formula, units, grain and edge cases ({@link
 * dev.kpikit.metrics.RevenueMetrics}, {@link dev.kpikit.metrics.Cac}, {@link
 * dev.kpikit.metrics.CohortRetention}, {@link dev.kpikit.metrics.LogoChurn}, {@link
 * dev.kpikit.metrics.MrrMovements}, {@link dev.kpikit.metrics.Survival}, {@link
 * dev.kpikit.metrics.UnitEconomics}, {@link dev.kpikit.metrics.Balances}, {@link
 * dev.kpikit.metrics.Scorecard}, ...). {@link dev.kpikit.metrics.MetricOptions} carries the grain,
 * the as-of date and the dimension; {@link dev.kpikit.metrics.MetricCatalog} names every table and
 * metric with its unit and definition. A ratio with a zero denominator is missing, never Infinity
 * or NaN.
 *
 * @since 0.1.0
 */
package dev.kpikit.metrics;
