package dev.kpikit.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
    long[] customers = new long[groups + 1];
    long[] repeat = new long[groups + 1];
    for (int c = 0; c < facts.customerCount(); c++) {
      if (firstOrder[c] != NO_ORDER) {
        int g = groups == 0 ? 0 : 1 + (byChannel ? facts.acquisitionChannel(c) : facts.customerDimension(c));
        int isRepeat = repeats[c] ? 1 : 0;
        customers[g]++;
        repeat[g] += isRepeat;
      }
    }
    List<Group> counted = new ArrayList<>();
    for (int g = groups == 0 ? 0 : 1; g <= groups; g++) {
      String label = g == 0 ? AcquisitionGrid.ALL : byChannel ? facts.channelLabel(g - 1) : facts.dimensionLabel(g - 1);
      counted.add(new Group(label, customers[g], repeat[g]));
    }
    return assemble(counted, byChannel ? null : facts.dimensionName(), groups > 0);
  }

  /**
   * The customers of one group of {@code repeat_purchase_rate}, counted elsewhere (kpikit-spark
   * counts them on the cluster) over the positive rows of known customers dated on or before
   * {@code asOf}.
   *
   * @param label the acquisition channel (or dimension value) of the customers' first positive row,
   *     {@code (missing)} for a missing value
   * @param customers customers with at least one positive order
   * @param repeatCustomers those with at least two distinct positive orders
   * @since 0.3.0
   */
  public record Group(String label, long customers, long repeatCustomers) {}

  /**
   * Assembles {@code repeat_purchase_rate} from groups counted elsewhere, with the local engine's
   * rules: the {@code ALL} row first (every customer), then each group with customers in the
   * labels' natural order, the rate missing when there are no customers.
   *
   * @param groups the customers counted per group (any order; labels distinct)
   * @param dimension the split dimension, or null for groups by acquisition channel
   * @param showGroups false when the orders have no channel column and no dimension is asked: the
   *     {@code ALL} row only
   * @return {@code repeat_purchase_rate}, as {@link #table(Table, MetricOptions)} computes it
   * @since 0.3.0
   */
  public static Table assemble(List<Group> groups, String dimension, boolean showGroups) {
    List<Group> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.comparing(Group::label));
    long allCustomers = 0;
    long allRepeat = 0;
    for (Group g : sorted) {
      allCustomers += g.customers();
      allRepeat += g.repeatCustomers();
    }
    StringColumn group = StringColumn.create(dimension == null ? "channel" : dimension);
    IntColumn customerCol = IntColumn.create("customers");
    IntColumn repeatCol = IntColumn.create("repeat_customers");
    DoubleColumn rate = DoubleColumn.create("repeat_purchase_rate");
    List<Group> rows = new ArrayList<>();
    rows.add(new Group(AcquisitionGrid.ALL, allCustomers, allRepeat));
    if (showGroups) {
      sorted.stream().filter(g -> g.customers() > 0).forEach(rows::add);
    }
    for (Group g : rows) {
      group.append(g.label());
      customerCol.append(Math.toIntExact(g.customers()));
      repeatCol.append(Math.toIntExact(g.repeatCustomers()));
      rate.append(Ratios.divide(g.repeatCustomers(), g.customers()));
    }
    return Table.create(TABLE, group, customerCol, repeatCol, rate);
  }

  /**
   * The check {@link #table(Table, MetricOptions)} makes before computing, for orders known by their
   * column names only (kept elsewhere).
   *
   * @param orderColumns the orders' column names
   * @param options the options to compute with
   * @throws NotComputableException when {@code options.by()} is not one of the columns
   * @since 0.3.0
   */
  public static void requireSplit(java.util.Collection<String> orderColumns, MetricOptions options) {
    SplitCheck.require(TABLE, orderColumns, "orders", options.by());
  }
}
