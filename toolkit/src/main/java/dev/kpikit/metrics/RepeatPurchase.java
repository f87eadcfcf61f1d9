package dev.kpikit.metrics;

import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Repeat purchase rate (DESIGN §4): customers with at least two distinct orders with amount &gt; 0
 * / customers with at least one, over all rows dated on or before {@code asOf} (ratio 0–1, missing
 * when there are no customers). Guest rows and refunds do not count; two rows of the same order are
 * one order.
 *
 * @since 0.1.0
 */
public final class RepeatPurchase {
  /** The output table's name. */
  public static final String TABLE = "repeat_purchase_rate";

  /** A customer's first positive order before it has one. */
  private static final int NO_ORDER = -1;

  private RepeatPurchase() {}

  /**
   * @param orders a canonical orders table
   * @param options {@code asOf} (the grain and dimension do not matter)
   * @return the repeat purchase rate, NaN (missing) when no customer has a positive order
   */
  static double rate(Table orders, MetricOptions options) {
    Table t = table(orders, options.withBy(null));
    return t.doubleColumn("repeat_purchase_rate").getDouble(0);
  }

  /**
   * The rate per group: by {@code options.by()} (the dimension value of each customer's first
   * positive row) or, without a dimension, by acquisition channel (as in {@link NewCustomers}).
   * The first row, {@code ALL}, covers every customer; the groups follow in natural order. Orders
   * without any channel column (and without a dimension) give the {@code ALL} row only.
   *
   * @param orders a canonical orders table
   * @param options {@code asOf} and optional dimension
   * @return {@code repeat_purchase_rate}: channel (or the dimension), customers, repeat_customers,
   *     repeat_purchase_rate
   * @throws NotComputableException when {@code options.by()} is not a column of {@code orders}
   */
  public static Table table(Table orders, MetricOptions options) {
    return table(orders, options, OrderFactsCache.none());
  }

  /**
   * As {@link #table(Table, MetricOptions)}, reusing indexed orders.
   *
   * @param orders a canonical orders table
   * @param options {@code asOf} and optional dimension
   * @param facts where indexed orders are shared with the run's other order metrics
   * @return {@code repeat_purchase_rate}
   * @throws NotComputableException when {@code options.by()} is not a column of {@code orders}
   */
  static Table table(Table orders, MetricOptions options, OrderFactsCache facts) {
    SplitCheck.require(TABLE, orders, "orders", options.by());
    return table(facts.of(orders, null, options));
  }

  /**
   * @param facts indexed orders
   * @return {@code repeat_purchase_rate} for the facts' options, as {@link #table(Table,
   *     MetricOptions)}
   */
  static Table table(OrderFacts facts) {
    int[] firstOrder = new int[facts.customerCount()];
    Arrays.fill(firstOrder, NO_ORDER);
    boolean[] repeats = new boolean[facts.customerCount()];
    for (int r = 0; r < facts.rowCount(); r++) {
      int c = facts.customer(r);
      if (facts.isPositive(r) && c != OrderFacts.GUEST) {
        int order = facts.order(r);
        repeats[c] |= firstOrder[c] != NO_ORDER && firstOrder[c] != order;
        firstOrder[c] = firstOrder[c] == NO_ORDER ? order : firstOrder[c];
      }
    }
    boolean byChannel = facts.dimensionName() == null;
    int groups = !byChannel ? facts.dimensionCount() : facts.hasChannels() ? facts.channelCount() : 0;
    int[] customers = new int[groups + 1];
    int[] repeat = new int[groups + 1];
    for (int c = 0; c < facts.customerCount(); c++) {
      if (firstOrder[c] != NO_ORDER) {
        int g = groups == 0 ? 0 : 1 + (byChannel ? facts.acquisitionChannel(c) : facts.customerDimension(c));
        int isRepeat = repeats[c] ? 1 : 0;
        customers[0]++;
        repeat[0] += isRepeat;
        if (g > 0) {
          customers[g]++;
          repeat[g] += isRepeat;
        }
      }
    }
    StringColumn group = StringColumn.create(byChannel ? "channel" : facts.dimensionName());
    IntColumn customerCol = IntColumn.create("customers");
    IntColumn repeatCol = IntColumn.create("repeat_customers");
    DoubleColumn rate = DoubleColumn.create("repeat_purchase_rate");
    for (int g = 0; g <= groups; g++) {
      if (g == 0 || customers[g] > 0) {
        group.append(g == 0 ? AcquisitionGrid.ALL
            : byChannel ? facts.channelLabel(g - 1) : facts.dimensionLabel(g - 1));
        customerCol.append(customers[g]);
        repeatCol.append(repeat[g]);
        rate.append(Ratios.divide(repeat[g], customers[g]));
      }
    }
    return Table.create(TABLE, group, customerCol, repeatCol, rate);
  }
}
