package dev.kpikit.spark;

import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;

/**
 * The order rows a metric reads, on the cluster, by the local engine's rules ({@code OrderFacts}):
 * rows dated on or before {@code asOf} with a date and an amount, each with its period index
 * computed by the toolkit's own {@link Periods#index} (so the calendar arithmetic of weeks, fiscal
 * quarters and years is never re-derived in SQL): for every day of the orders' date range on the
 * driver, which Spark reads as an array lookup, else in a UDF.
 */
final class KeptRows {
  /** The added column: the row's period index ({@link Periods#index}), an int. */
  static final String PERIOD = "period";
  /** The longest date span read through a lookup array (about 270 years, 400 KB of ints). */
  static final int MAX_LOOKUP_DAYS = 100_000;

  private KeptRows() {}

  /**
   * @param orders the orders on the cluster
   * @param options grain, fiscal year start and {@code asOf}
   * @return the kept rows with {@link #PERIOD}
   */
  static Dataset<Row> of(ClusterOrders orders, MetricOptions options) {
    LocalDate asOf = options.asOf();
    Column date = functions.col("order_date");
    LocalDate[] range = orders.shared().dateRange(orders);
    Column period = range == null ? periodOf(date, options.periods())
        : periodOf(date, options.periods(), range[0], range[1].isAfter(asOf) ? asOf : range[1]);
    return orders.rows()
        .filter(date.isNotNull()
            .and(date.leq(functions.lit(java.sql.Date.valueOf(asOf))))
            .and(functions.col("amount").isNotNull())
            .and(functions.not(functions.isnan(functions.col("amount")))))
        .withColumn(PERIOD, period);
  }

  /**
   * The period index of a date column known to lie between two dates: the toolkit's {@link
   * Periods#index} of every day in between, computed once on the driver and read by Spark as an
   * array lookup (native code, no per-row conversion to {@link LocalDate}); a span of more than
   * {@value #MAX_LOOKUP_DAYS} days uses the UDF of {@link #periodOf(Column, Periods)}.
   *
   * @param date a Spark date column whose non-null values lie in [first, last]
   * @param periods grain and fiscal year start
   * @param first the first date the column holds
   * @param last the last date the column holds (a date after it, which must not occur, is an error)
   * @return an int column, null where the date is null
   */
  static Column periodOf(Column date, Periods periods, LocalDate first, LocalDate last) {
    long days = last.toEpochDay() - first.toEpochDay() + 1;
    if (days <= 0 || days > MAX_LOOKUP_DAYS) {
      return periodOf(date, periods);
    }
    int[] index = new int[(int) days];
    for (int d = 0; d < index.length; d++) {
      index[d] = periods.index(first.plusDays(d));
    }
    Column offset = functions.datediff(date, functions.lit(java.sql.Date.valueOf(first)));
    return functions.element_at(functions.lit(index), offset.plus(1));
  }

  /**
   * The period index of a date column, by the toolkit's {@link Periods#index} (a UDF, so the
   * calendar rules of weeks, fiscal quarters and years are never re-derived in SQL).
   *
   * @param date a Spark date column
   * @param periods grain and fiscal year start
   * @return an int column, null where the date is null
   */
  static Column periodOf(Column date, Periods periods) {
    return functions.udf(new PeriodOf(periods.grain(), periods.fiscalYearStartMonth()), DataTypes.IntegerType)
        .apply(date);
  }

  /**
   * @param orders the orders on the cluster
   * @param column a text column, or null
   * @param missing the label of a missing value
   * @return the column's values with {@code missing} for a missing one; a null string when {@code
   *     column} is null or the orders lack it
   */
  static Column labelled(ClusterOrders orders, String column, String missing) {
    if (column == null || !orders.has(column)) {
      return functions.lit(null).cast(DataTypes.StringType);
    }
    return functions.coalesce(functions.col(column).cast(DataTypes.StringType), functions.lit(missing));
  }

  /**
   * @param orders the orders on the cluster
   * @param column a column name
   * @return the column, or a null column of {@code type} when the orders lack it
   */
  static Column orNull(ClusterOrders orders, String column, org.apache.spark.sql.types.DataType type) {
    return orders.has(column) ? functions.col(column) : functions.lit(null).cast(type);
  }

  /**
   * @param value a Spark date as a UDF or a row receives it: {@link java.sql.Date}, or {@link
   *     LocalDate} with {@code spark.sql.datetime.java8API.enabled}
   * @return the date, or null
   */
  static LocalDate localDate(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
  }

  /** The period index of a date, null for null. */
  private static final class PeriodOf implements UDF1<Object, Integer> {
    private static final long serialVersionUID = 1L;
    private final Grain grain;
    private final int fiscalYearStart;
    private transient Periods periods;

    PeriodOf(Grain grain, int fiscalYearStart) {
      this.grain = grain;
      this.fiscalYearStart = fiscalYearStart;
    }

    @Override
    public Integer call(Object date) {
      LocalDate d = localDate(date);
      if (d == null) {
        return null;
      }
      if (periods == null) {
        periods = Periods.of(grain, fiscalYearStart);
      }
      return periods.index(d);
    }
  }
}
