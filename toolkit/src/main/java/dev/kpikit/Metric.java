package dev.kpikit;

import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricCatalog;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import tech.tablesaw.api.Table;

/**
 * One metric table of a {@link Business}, ready to be computed: refine it with {@link #by}, {@link
 * #grain}, {@link #fiscalYearStart} and {@link #asOf}, then call {@link #table()} (or {@link
 * #monthly()}, {@link #quarterly()}, ...). Immutable: each refinement returns a new query.
 *
 * <pre>{@code
 * Table cac = business.cac().by("region").monthly();
 * }</pre>
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

  /** @return the table name, e.g. {@code cac_monthly} */
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
   * @return this metric split by that dimension
   */
  public Metric by(String dimension) {
    return with(options.withBy(Objects.requireNonNull(dimension, "dimension")));
  }

  /**
   * @param grain week, month, quarter or year
   * @return this metric at that grain (keeping the fiscal year start)
   */
  public Metric grain(Grain grain) {
    return with(options.withPeriods(Periods.of(grain, options.periods().fiscalYearStartMonth())));
  }

  /**
   * @param month 1 (January) to 12: the month quarters and years start in
   * @return this metric with that fiscal year
   */
  public Metric fiscalYearStart(int month) {
    return with(options.withPeriods(Periods.of(options.periods().grain(), month)));
  }

  /**
   * @param date the last day of the analysis (inclusive)
   * @return this metric closed at that date
   */
  public Metric asOf(LocalDate date) {
    return with(options.withAsOf(Objects.requireNonNull(date, "date")));
  }

  /**
   * Computes the table with the options set so far.
   *
   * @return a new table, columns as documented in the README's metric reference
   * @throws dev.kpikit.load.DataException when an input file is missing or unreadable
   * @throws dev.kpikit.metrics.NotComputableException when the metric cannot be computed from this data (e.g. no
   *     {@code mrr} column, or a dimension the input lacks); the message says why
   */
  public Table table() {
    return compute.apply(options);
  }

  /** Computes the table with other options (for whole-run orchestration). */
  Table computeWith(MetricOptions other) {
    return compute.apply(other);
  }

  /** @return the table by calendar week */
  public Table weekly() {
    return grain(Grain.WEEK).table();
  }

  /** @return the table by month */
  public Table monthly() {
    return grain(Grain.MONTH).table();
  }

  /** @return the table by quarter */
  public Table quarterly() {
    return grain(Grain.QUARTER).table();
  }

  /** @return the table by year */
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
