package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What every metric needs to know besides its input tables: the period grain, the date that closes
 * the analysis, and an optional dimension to split by.
 *
 * <p>{@code asOf} closes the analysis: rows dated after it are ignored, periods after it do not
 * appear, and cells that would need data after it (e.g. a cohort's offset beyond {@code asOf}) are
 * missing rather than 0. The period containing {@code asOf} is {@linkplain #isComplete complete}
 * only when {@code asOf} is its last day.
 *
 * @param periods the period grain (default monthly)
 * @param asOf the last day of the analysis, inclusive
 * @param by a column to split by (e.g. {@code region}), or null; it is added after the period
 *     column of every table
 * @since 0.1.0
 */
public record MetricOptions(Periods periods, LocalDate asOf, String by) {

  /**
   * The label of a missing value of the split dimension or of a channel, in every table.
   *
   * @since 0.3.0
   */
  public static final String MISSING_LABEL = "(missing)";

  /** Checks the arguments. */
  public MetricOptions {
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(asOf, "asOf");
  }

  /**
   * @param asOf the last day of the analysis
   * @return monthly options without a dimension
   */
  public static MetricOptions monthly(LocalDate asOf) {
    return new MetricOptions(Periods.MONTHLY, asOf, null);
  }

  /**
   * @param dimension the column to split by, or null for none
   * @return these options split by {@code dimension}
   */
  public MetricOptions withBy(String dimension) {
    return new MetricOptions(periods, asOf, dimension);
  }

  /**
   * @param newPeriods the grain
   * @return these options with another grain
   */
  public MetricOptions withPeriods(Periods newPeriods) {
    return new MetricOptions(newPeriods, asOf, by);
  }

  /**
   * @param newAsOf the last day of the analysis
   * @return these options closed at another date
   */
  public MetricOptions withAsOf(LocalDate newAsOf) {
    return new MetricOptions(periods, newAsOf, by);
  }

  /** @return the index of the period containing {@code asOf} */
  public int lastPeriod() {
    return periods.index(asOf);
  }

  /**
   * @param periodIndex a period index
   * @return true when the period ends on or before {@code asOf}
   */
  public boolean isComplete(int periodIndex) {
    return !periods.end(periodIndex).isAfter(asOf);
  }

  /**
   * The name of the period column of output tables: {@code month}, {@code week}, {@code quarter}
   * or {@code year}.
   *
   * @return the column name
   */
  public String periodColumn() {
    return periods.grain().name().toLowerCase(Locale.ROOT);
  }
}
