/**
 * The entry point of the Java API: {@link dev.kpikit.Kpikit#open(String)} opens a data folder as a
 * {@link dev.kpikit.Business}, whose methods return {@link dev.kpikit.Metric} queries (refined with
 * {@code by}, {@code grain}, {@code fiscalYearStart}, {@code asOf}) that compute a metric table as a
 * Tablesaw {@code Table}; {@link dev.kpikit.Business#computeAll} computes every table at once.
 *
 * <pre>{@code
 * Business b = Kpikit.open("data-samples/northwind-coffee");
 * Table revenue = b.revenue().by("region").quarterly();
 * }</pre>
 *
 * @since 0.1.0
 */
package dev.kpikit;
