package dev.kpikit.metrics;

/**
 * A headline KPI read from a metric table: the scorecard, the KPI tiles and {@code metrics.json}'s
 * KPIs take it from the table's declaration ({@link MetricTable#kpis()}).
 *
 * @param name the KPI's name, a metric of the same table's {@link MetricTable#measures()}
 * @param column the table column holding it
 * @param perspective the Balanced Scorecard perspective (one of {@link KpiSeries#PERSPECTIVES})
 * @param span how its values are laid out in the table
 * @since 0.2.0
 */
public record KpiSource(String name, String column, String perspective, Span span) {

  /** How a KPI's values are laid out in its table. */
  public enum Span {
    /** One value per row of the period column ({@code month}, {@code quarter}, ...). */
    PER_PERIOD,
    /** One value per row of a column named {@code period} whatever the grain. */
    PER_PERIOD_COLUMN,
    /** One value over the trailing twelve months (label {@code TTM to ...}). */
    TRAILING_YEAR,
    /** One value over the whole history up to as-of (label {@code to <as-of>}). */
    TO_AS_OF,
    /**
     * One value for a whole export without dates (a tenure or snapshot export): the column's value
     * on the row whose {@code segment} is {@code ALL} (label {@value KpiSeries#WHOLE_EXPORT}).
     *
     * @since 0.3.0
     */
    WHOLE_EXPORT,
    /**
     * The median lifetime of a whole tenure export, in months: the smallest time of the {@code
     * survival} table's {@code ALL} curve at which Kaplan–Meier survival is 0.5 or below (see
     * {@link Survival#medianLifetime}), missing when it never falls so far (label {@value
     * KpiSeries#WHOLE_EXPORT}). Read only when the run also holds {@code tenure_churn}, the table
     * only a tenure export has: the survival of subscription spells is in days and depends on
     * as-of, so it is no single-valued KPI in months.
     *
     * @since 0.3.0
     */
    TENURE_MEDIAN
  }

  /** A KPI with one value per period. */
  static KpiSource perPeriod(String name, String column, String perspective) {
    return new KpiSource(name, column, perspective, Span.PER_PERIOD);
  }
}
