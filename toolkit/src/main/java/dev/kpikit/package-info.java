/**
 * The entry point of the Java API: {@link dev.kpikit.Kpikit#open(String)} opens a data folder as a
 * {@link dev.kpikit.Business}, whose methods return {@link dev.kpikit.Metric} queries (refined with
 * {@code by}, {@code grain}, {@code fiscalYearStart}, {@code asOf}, computing nothing) whose one
 * terminal call, {@code table()}, computes a metric table as a Tablesaw {@code Table}; {@link
 * dev.kpikit.Business#computeAll} computes every table at once. The README's "Public API" section
 * lists what 1.0 freezes.
 *
 * <pre>{@code
 * Business b = Kpikit.open("data-samples/northwind-coffee");
 * Table byRegion = b.revenue().by("region").grain(Grain.QUARTER).table(); // quarter, region, orders, ...
 * }</pre>
 *
 * @since 0.1.0
 */
package dev.kpikit;
