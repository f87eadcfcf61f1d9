package dev.kpikit.metrics;

/**
 * A metric described as data (name, definition, unit, kind), so that {@code metrics.json}, the
 * report's "how to read this" notes and the README's metric reference come from one source.
 *
 * @param name the snake_case name, e.g. {@code logo_churn_rate}
 * @param table the metric table it appears in, e.g. {@code churn_monthly}
 * @param unit {@code currency}, {@code ratio} (0–1), {@code count}, {@code months}, {@code days} or
 *     {@code times} (a turnover multiple)
 * @param kind how it is computed
 * @param definition one sentence: the formula and what missing means
 * @since 0.1.0
 */
public record MetricDef(String name, String table, String unit, Kind kind, String definition) {

  /** How a metric is computed (after MetricFlow's metric types). */
  public enum Kind {
    /** A sum or count over rows. */
    SIMPLE,
    /** One measure divided by another; missing when the denominator is zero. */
    RATIO,
    /** Accumulated over time (e.g. trailing twelve months, cohorts). */
    CUMULATIVE,
    /** Computed from other metrics (e.g. LTV, balances). */
    DERIVED
  }
}
