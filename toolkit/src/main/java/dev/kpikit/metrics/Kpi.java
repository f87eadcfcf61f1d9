package dev.kpikit.metrics;

/**
 * A headline KPI for {@code metrics.json}, the report's tiles and the scorecard.
 *
 * @param name the metric name, as in {@link dev.kpikit.metrics.MetricCatalog}
 * @param value the value, NaN when missing
 * @param unit the unit ({@code currency}, {@code ratio}, {@code count}, {@code months}, ...)
 * @param period the period label the value belongs to (e.g. {@code 2025-12} or {@code TTM
 *     2025-12})
 * @param previous the value of the previous period, NaN when unknown
 * @param yearAgo the value of the same period a year earlier, NaN when unknown
 * @param definition one sentence from the catalog
 * @since 0.1.0
 */
public record Kpi(
    String name,
    double value,
    String unit,
    String period,
    double previous,
    double yearAgo,
    String definition) {}
