package dev.kpikit.metrics;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The churn rate of a {@code customers} table in tenure shape (one row per customer with a churned
 * flag, e.g. IBM Telco): churned customers / all customers, overall or per segment. It is a
 * snapshot rate over the whole observed history, not a monthly rate.
 *
 * @since 0.1.0
 */
public final class TenureChurn {
  /** The output table's name. */
  public static final String TABLE = "tenure_churn";

  private TenureChurn() {}

  /**
   * Computes the churn rate. Rows without {@code customer_id}, tenure or churned flag are ignored.
   *
   * @param tenure the {@code customers} table in tenure shape (customer_id, tenure, churned)
   * @param options the dimension ({@code options.by()}, e.g. {@code contract}) or none for one
   *     {@code ALL} row; there are no dates, so grain and {@code asOf} are not used
   * @return columns segment, customers, churned (IntColumn, customers), churn_rate (ratio 0–1,
   *     DoubleColumn); one row per segment sorted by segment ({@code (missing)} for an empty
   *     value), no {@code ALL} row with a dimension; an empty table gives one {@code ALL} row with 0
   *     customers and a missing rate without a dimension, no rows with one
   * @throws NotComputableException when {@code options.by()} names a column the table lacks, or a
   *     tenure is negative
   * @since 0.2.0
   */
  public static Table table(Table tenure, MetricOptions options) {
    return of(tenure, options.by());
  }

  /**
   * @param tenure the {@code customers} table in tenure shape
   * @param by a dimension column, or null
   * @return as {@link #table(Table, MetricOptions)}
   * @deprecated since 0.2.0, for removal in 1.0: use {@link #table(Table, MetricOptions)} (one verb
   *     and {@code MetricOptions} for every metric family)
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table rates(Table tenure, String by) {
    return of(tenure, by);
  }

  static Table of(Table tenure, String by) {
    TenureRows rows = TenureRows.of(tenure, by, TABLE);
    int segments = rows.labels.length;
    int[] customers = new int[segments];
    int[] churned = new int[segments];
    for (int i = 0; i < rows.count; i++) {
      customers[rows.segment[i]]++;
      churned[rows.segment[i]] += rows.churned[i] ? 1 : 0;
    }
    double[] rate = new double[segments];
    for (int s = 0; s < segments; s++) {
      rate[s] = Ratios.divide(churned[s], customers[s]);
    }
    return Table.create(
        TABLE,
        StringColumn.create("segment", rows.labels),
        IntColumn.create("customers", customers),
        IntColumn.create("churned", churned),
        DoubleColumn.create("churn_rate", rate));
  }
}
