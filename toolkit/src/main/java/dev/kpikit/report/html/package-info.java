/**
 * The offline HTML dashboard: {@link dev.kpikit.report.html.HtmlReport#write} renders a {@link
 * dev.kpikit.report.MetricRun} as {@code index.html} with its {@link dev.kpikit.report.html.Assets}
 * (plotly.js, styles and scripts, all local) in {@code assets/}: KPI tiles, one section per metric
 * family with charts and "how to read" notes, balances, the scorecard and data quality.
 *
 * @since 0.1.0
 */
package dev.kpikit.report.html;
