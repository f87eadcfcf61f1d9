/**
 * The outputs of a run: {@link dev.kpikit.report.MetricRun} (the loads, the metric tables, what was
 * skipped and why, the KPIs) and {@link dev.kpikit.report.MetricsOutput}, which writes {@code
 * metrics/<table>.csv}, {@code metrics.json}, {@code quality.csv}, {@code rejects/} and {@code
 * run.json}, each file atomically. The HTML dashboard is in {@link dev.kpikit.report.html}.
 *
 * @since 0.1.0
 */
package dev.kpikit.report;
