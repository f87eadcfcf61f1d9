package dev.kpikit;

import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricCatalog;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.metrics.Periods;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/**
 * One metric table of a {@link Business}, as a query: refine it with {@link #by}, {@link #grain},
 * {@link #fiscalYearStart} and {@link #asOf} in any order, then call {@link #table()}, the one call
 * that computes. Immutable: each refinement returns a new query and computes nothing.
 *
 * <pre>{@code
 * Business b = Kpikit.open("data-samples/northwind-coffee");
 * Table byRegion = b.revenue().by("region").grain(Grain.QUARTER).table(); // quarter, region, orders, ...
 * }</pre>
 *
 * <p>A breakdown the table cannot give is an error, never ignored: {@link #table()} throws {@link
 * NotComputableException} when an input lacks the {@code by} column (northwind-coffee's
 * marketing spend has no {@code region}, so {@code b.cac().by("region")} cannot be computed) or
 * when the table is not split by dimensions at all ({@code unit_economics} is always by
 * acquisition channel, {@code balances} and {@code scorecard} are whole-business). Splitting by a
 * column the table is already keyed on ({@code b.cac().by("channel")}: cac is by channel) gives
 * that table.
 *
 * @since 0.1.0
 */
public final class Metric {
  private final String name;
  private final MetricOptions options;
  private final Function<MetricOptions, Table> compute;

  Metric(String name, MetricOptions options, Function<MetricOptions, Table> compute) {
    this.name = name;
    this.options = options;
    this.compute = compute;
  }

  /**
   * @return the table's name in the catalog, e.g. {@code cac_monthly}; the computed table and its
   *     file are named for the grain ({@link MetricTables#nameAt})
   */
  public String name() {
    return name;
  }

  /** @return what the table holds, from the metric catalog */
  public String description() {
    return MetricCatalog.TABLES.getOrDefault(name, "");
  }

  /** @return the grain, as-of date and dimension the table will be computed with */
  public MetricOptions options() {
    return options;
  }

  /**
   * @param dimension a column of the input (e.g. {@code region}); it is added after the period
   *     column
   * @return this query split by that dimension (nothing is computed yet)
   */
  public Metric by(String dimension) {
    return with(options.withBy(Objects.requireNonNull(dimension, "dimension")));
  }

  /**
   * @param grain week, month, quarter or year
   * @return this query at that grain, keeping the fiscal year start (nothing is computed yet)
   */
  public Metric grain(Grain grain) {
    return with(options.withPeriods(Periods.of(grain, options.periods().fiscalYearStartMonth())));
  }

  /**
   * @param month 1 (January) to 12: the month quarters and years start in
   * @return this query with that fiscal year (nothing is computed yet)
   */
  public Metric fiscalYearStart(int month) {
    return with(options.withPeriods(Periods.of(options.periods().grain(), month)));
  }

  /**
   * @param date the last day of the analysis (inclusive)
   * @return this query closed at that date (nothing is computed yet)
   */
  public Metric asOf(LocalDate date) {
    return with(options.withAsOf(Objects.requireNonNull(date, "date")));
  }

  /**
   * Computes the table with the options set so far: the one call of a query that computes.
   *
   * @return a new table named for its grain ({@code revenue_quarterly} at {@link Grain#QUARTER}),
   *     columns as documented in the README's metric reference
   * @throws dev.kpikit.load.DataException when an input file is missing or unreadable
   * @throws NotComputableException when the metric cannot be computed from this data (e.g. no
   *     {@code mrr} column), or cannot be split by {@link #by}'s dimension (an input lacks it, or
   *     the table is not split by dimensions); the message says why
   */
  public Table table() {
    Table t = compute.apply(options);
    String by = options.by();
    if (!MetricTables.splitsBy(t, by)) {
      throw new NotComputableException(
          name + " cannot be split by " + by + ": " + name + " has no breakdown by dimension"
              + " (its columns: " + String.join(", ", t.columnNames()) + ")");
    }
    return t.setName(MetricTables.nameAt(name, options.periods().grain()));
  }

  /** Computes the table with other options (for whole-run orchestration). */
  Table computeWith(MetricOptions other) {
    return compute.apply(other);
  }

  /**
   * @return the table by calendar week
   * @deprecated since 0.2.0, for removal in 1.0: a refinement that also computed; use {@code
   *     grain(Grain.WEEK).table()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Table weekly() {
    return grain(Grain.WEEK).table();
  }

  /**
   * @return the table by month
   * @deprecated since 0.2.0, for removal in 1.0: use {@code grain(Grain.MONTH).table()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Table monthly() {
    return grain(Grain.MONTH).table();
  }

  /**
   * @return the table by quarter
   * @deprecated since 0.2.0, for removal in 1.0: use {@code grain(Grain.QUARTER).table()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Table quarterly() {
    return grain(Grain.QUARTER).table();
  }

  /**
   * @return the table by year
   * @deprecated since 0.2.0, for removal in 1.0: use {@code grain(Grain.YEAR).table()}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public Table yearly() {
    return grain(Grain.YEAR).table();
  }

  private Metric with(MetricOptions o) {
    return new Metric(name, o, compute);
  }

  @Override
  public String toString() {
    return name + " (" + options.periodColumn() + (options.by() == null ? "" : " by " + options.by())
        + ", as of " + options.asOf() + "): " + description();
  }
}
