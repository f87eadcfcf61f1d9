package dev.kpikit.metrics;

/**
 * The length of the periods a metric is reported by. Month is the default everywhere.
 *
 * @since 0.1.0
 */
public enum Grain {
  /** ISO weeks, Monday to Sunday, labelled {@code 2024-W05} (ISO week-based year). */
  WEEK,
  /** Calendar months, labelled {@code 2024-01}. */
  MONTH,
  /** Quarters of the (fiscal) year, labelled {@code 2024-Q1}, or {@code FY2025-Q1} when fiscal. */
  QUARTER,
  /** (Fiscal) years, labelled {@code 2024}, or {@code FY2025} when fiscal. */
  YEAR
}
