package dev.kpikit.metrics;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code new_customers_monthly} table: customers acquired per period and acquisition channel
 * (DESIGN §4, §5).
 *
 * <p>A customer is new in the period of its first row with amount &gt; 0 (its cohort); customers
 * with only refunds are never new, guest rows never count. Its acquisition channel is the channel of
 * its first positive row (earliest date, ties broken by file order), or the channel the optional
 * {@code customers} table gives it; a missing channel is {@code (missing)}.
 *
 * <p>Rows: for each period, a channel {@code ALL} row (all new customers of the period) followed by
 * one row per channel in natural order (none when neither the orders nor the customers have a
 * channel column: a {@code (missing)} row would repeat {@code ALL}), so that the table joins one-to-one with {@code cac_monthly}
 * on (period, channel). Summing {@code new_customers} over all rows therefore counts every customer
 * twice; filter on {@code channel = 'ALL'} or exclude it. Each channel runs from its first period
 * with a new customer to {@code asOf}, with 0 in periods without one. When split by a dimension, a
 * customer belongs to the dimension value of its first positive row; splitting by {@code channel}
 * itself adds nothing and is ignored.
 *
 * @since 0.1.0
 */
public final class NewCustomers {
  /** The output table's name. */
  public static final String TABLE = "new_customers_monthly";

  private NewCustomers() {}

  /**
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @return {@code new_customers_monthly}: period, [dimension], channel, new_customers
   * @throws NotComputableException when {@code options.by()} is not a column of {@code orders}
   */
  public static Table table(Table orders, MetricOptions options) {
    return table(orders, null, options);
  }

  /**
   * @param orders a canonical orders table
   * @param customers a table with customer_id and channel overriding the acquisition channel, or
   *     null
   * @param options grain, {@code asOf} and optional dimension
   * @return {@code new_customers_monthly}: period, [dimension], channel, new_customers
   * @throws NotComputableException when {@code options.by()} is not a column of {@code orders}
   */
  public static Table table(Table orders, Table customers, MetricOptions options) {
    return table(orders, customers, options, OrderFactsCache.none());
  }

  /**
   * As {@link #table(Table, Table, MetricOptions)}, reusing indexed orders.
   *
   * @param orders a canonical orders table
   * @param customers a table with customer_id and channel overriding the acquisition channel, or
   *     null
   * @param options grain, {@code asOf} and optional dimension
   * @param facts where indexed orders are shared with the run's other order metrics
   * @return {@code new_customers_monthly}: period, [dimension], channel, new_customers
   * @throws NotComputableException when {@code options.by()} is not a column of {@code orders}
   */
  static Table table(
      Table orders, Table customers, MetricOptions options, OrderFactsCache facts) {
    MetricOptions o = withoutChannelSplit(options);
    SplitCheck.require(TABLE, orders, "orders", o.by());
    return table(NewCustomerCounts.of(facts.of(orders, customers, o)));
  }

  /**
   * Assembles {@code new_customers_monthly} from new customers already counted (by this toolkit's
   * orders index or by another engine): the {@code ALL} row and the channel rows of each period,
   * zero-filled from each channel's first period to {@code asOf}, sorted as described above.
   *
   * @param counts new customers per cohort period, dimension value and acquisition channel
   * @return {@code new_customers_monthly}: period, [dimension], channel, new_customers
   * @since 0.3.0
   */
  public static Table table(NewCustomerCounts counts) {
    MetricOptions o = counts.options();
    AcquisitionGrid grid = AcquisitionGrid.of(counts, null);
    boolean channels = counts.hasChannels();
    KeyColumns keys = new KeyColumns(o.periodColumn(), o.by());
    StringColumn channel = StringColumn.create("channel");
    IntColumn count = IntColumn.create("new_customers");
    grid.visit((period, dimension, ch, newCustomers, spend) -> {
      if (!channels && !AcquisitionGrid.ALL.equals(ch)) {
        return; // no channel column: a (missing) row would only repeat ALL
      }
      keys.append(o.periods().label(period), dimension);
      channel.append(ch);
      count.append(newCustomers);
    });
    return keys.table(TABLE, channel, count);
  }

  /** Acquisition tables are already split by channel: {@code by("channel")} adds nothing. */
  static MetricOptions withoutChannelSplit(MetricOptions options) {
    return "channel".equals(options.by()) ? options.withBy(null) : options;
  }
}
