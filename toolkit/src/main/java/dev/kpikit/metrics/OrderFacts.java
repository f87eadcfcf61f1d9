package dev.kpikit.metrics;

import dev.kpikit.load.LoadedDoubleColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;

/**
 * A columnar index of an {@code orders} table, computed once and shared by every metric built on
 * orders (revenue, new customers, CAC, cohorts, repeat purchases, unit economics, balances). It
 * holds, per kept row, the period index, amount, cost and int codes for the order, the customer and
 * the split dimension; and per customer, its first order period (cohort), its acquisition channel
 * and its dimension value.
 *
 * <p>Definitions (DESIGN §4):
 *
 * <ul>
 *   <li>Kept rows: rows dated on or before {@code asOf} with a date and an amount; the others are
 *       ignored (the loader rejects rows without them, so this only matters for hand-made tables).
 *   <li>A row is <em>positive</em> when its amount is &gt; 0; refunds (amount &lt; 0) and zero
 *       rows never make a customer active.
 *   <li>A customer's <em>first period</em> (cohort) is the period of its earliest positive row; a
 *       customer with only refunds has none ({@link #NO_PERIOD}). Rows without a customer_id (guest
 *       orders) have customer {@link #GUEST}.
 *   <li>The customer's <em>first positive row</em> is the earliest-dated one, ties broken by file
 *       order. Its channel is the <em>acquisition channel</em>, unless the optional
 *       {@code customers} table gives the customer a channel at {@code asOf} by {@link
 *       Spells#attributeAt} (its earliest spell with a channel, as the subscription tables use). Its value of the split dimension is the
 *       customer's dimension value, used for cohort and acquisition tables split by a dimension.
 *   <li>Missing channel or dimension values are the label {@link #MISSING}.
 * </ul>
 *
 * <p>Codes of channels and dimension values follow the labels' natural order, so iterating codes
 * gives sorted output. The accessors read arrays directly; building the index is linear in rows
 * apart from hashing each id once.
 *
 * @since 0.1.0
 */
final class OrderFacts {
  /** The first period of a customer who was never active (only refunds or zero rows). */
  public static final int NO_PERIOD = Integer.MIN_VALUE;
  /** The customer code of a row without a customer_id. */
  public static final int GUEST = -1;
  /** The label of a missing channel or dimension value. */
  public static final String MISSING = MetricOptions.MISSING_LABEL;

  private final MetricOptions options;
  private final int[] period;
  private final double[] amount;
  private final double[] cost;
  private final int[] order;
  private final int orderCount;
  private final int[] customer;
  private final StringCodes customerIds;
  private final int[] dimension;
  private final String[] dimensionLabels;
  private final int minPeriod;
  private final Acquisition acquisition;
  private final Table orders;
  /** The source row of each kept row. */
  private final int[] kept;
  private final Memo<ActiveMonths> activeMonths = new Memo<>(() -> ActiveMonths.of(this));
  private final Memo<CustomerFlows> lapseFlows = new Memo<>(
      () -> CustomerFlows.fromOrders(this, activeMonths(), TrailingYear.of(options())));
  /** Whether the orders or the customers have a channel column (see {@link #hasChannels()}). */
  private final boolean hasChannels;
  private final Memo<RowCohorts> rowCohorts = new Memo<>(() -> RowCohorts.of(this));

  /** The codes encoded on another core while the rest of the index is built. */
  private record OrderAndChannelCodes(StringCodes orders, StringCodes channels) {}

  private OrderFacts(Table orders, Table customers, MetricOptions options) {
    SplitCheck.requireColumns(orders, "orders", "order_id", "order_date", "amount");
    SplitCheck.require("order metrics", orders, "orders", options.by());
    this.options = options;
    DateColumn dates = orders.dateColumn("order_date");
    // Read only, as loaded (no copy of 10M doubles): see LoadedDoubleColumn.
    double[] allAmounts = LoadedDoubleColumn.readOnlyValues(orders.numberColumn("amount"));
    this.orders = orders;
    kept = AsOfRows.select(dates, allAmounts, options.asOf());
    // Order and channel codes do not depend on the rest: encoded on another core meanwhile.
    Forked<OrderAndChannelCodes> orderAndChannelCodes = Forked.start(() -> new OrderAndChannelCodes(
        codesOf("order_id", null, false),
        orders.containsColumn("channel")
            ? codesOf("channel", MISSING, false)
            : StringCodes.constant(kept.length, MISSING)));
    boolean everyRow = kept.length == allAmounts.length;
    int n = kept.length;
    period = new int[n];
    amount = everyRow ? allAmounts : select(allAmounts, kept);
    int[] packedDates = new int[n];
    int min = NO_PERIOD;
    for (int i = 0; i < n; i++) {
      packedDates[i] = dates.getIntInternal(everyRow ? i : kept[i]);
      period[i] = options.periods().indexOfPacked(packedDates[i]);
      min = min == NO_PERIOD ? period[i] : Math.min(min, period[i]);
    }
    minPeriod = min;
    double[] allCosts = orders.containsColumn("cost")
        ? LoadedDoubleColumn.readOnlyValues(orders.numberColumn("cost"))
        : null;
    cost = allCosts == null || everyRow ? allCosts : select(allCosts, kept);
    customerIds = orders.containsColumn("customer_id")
        ? codesOf("customer_id", null, false)
        : StringCodes.allMissing(n);
    customer = customerIds.codes();
    StringCodes dims = options.by() == null
        ? StringCodes.constant(n, "")
        : codesOf(options.by(), MISSING, true);
    dimension = dims.codes();
    dimensionLabels = dims.labels();
    OrderAndChannelCodes forked = orderAndChannelCodes.join();
    order = forked.orders().codes();
    orderCount = forked.orders().labelCount();
    acquisition = Acquisition.of(this, packedDates, forked.channels(), AcquisitionChannels.overrides(customers, options.asOf()));
    hasChannels = AcquisitionChannels.known(orders.containsColumn("channel"), customers);
  }

  /**
   * Whether channels are known at all: the orders, or the customers that override their
   * acquisition channel, have a {@code channel} column. Without one every customer's channel is
   * {@link #MISSING}, and the tables by acquisition channel show only their {@code ALL} row rather
   * than a {@code (missing)} row repeating it.
   *
   * @return true when a channel column exists
   */
  public boolean hasChannels() {
    return hasChannels;
  }

  /**
   * Indexes {@code orders} for the given options.
   *
   * @param orders a canonical orders table (order_id, order_date, amount; optional customer_id,
   *     cost, channel and any dimension)
   * @param options the grain, {@code asOf} and split dimension
   * @return the index
   * @throws NotComputableException when a required column or the {@code by} column is absent
   */
  public static OrderFacts of(Table orders, MetricOptions options) {
    return new OrderFacts(orders, null, options);
  }

  /**
   * Indexes {@code orders}, taking acquisition channels from {@code customers.channel} where given.
   *
   * @param orders a canonical orders table
   * @param customers a table with customer_id and channel columns, or null; customers without a
   *     channel there keep the channel of their first positive order
   * @param options the grain, {@code asOf} and split dimension
   * @return the index
   * @throws NotComputableException when a required column or the {@code by} column is absent
   */
  public static OrderFacts of(Table orders, Table customers, MetricOptions options) {
    return new OrderFacts(orders, customers, options);
  }

  private static double[] select(double[] values, int[] rows) {
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = values[rows[i]];
    }
    return out;
  }

  /** @return the options the index was built for */
  public MetricOptions options() {
    return options;
  }

  /** @return the number of kept rows (dated on or before {@code asOf}) */
  public int rowCount() {
    return period.length;
  }

  /** @return true when there are no kept rows */
  public boolean isEmpty() {
    return period.length == 0;
  }

  /** @return the earliest period of a kept row, or {@link #NO_PERIOD} when there is none */
  public int minPeriod() {
    return minPeriod;
  }

  /** @return the period containing {@code asOf}, the last period of every output */
  public int lastPeriod() {
    return options.lastPeriod();
  }

  /**
   * @return the number of periods from {@link #minPeriod()} to {@link #lastPeriod()}, 0 when empty
   */
  public int periodCount() {
    return isEmpty() ? 0 : lastPeriod() - minPeriod + 1;
  }

  /**
   * @param row a kept row
   * @return its period index (see {@link Periods})
   */
  public int period(int row) {
    return period[row];
  }

  /**
   * @param row a kept row
   * @return its amount in the data's currency; negative for refunds
   */
  public double amount(int row) {
    return amount[row];
  }

  /** @return true when the orders table has a cost column */
  public boolean hasCost() {
    return cost != null;
  }

  /**
   * @param row a kept row
   * @return its cost, NaN when missing or when there is no cost column
   */
  public double cost(int row) {
    return cost == null ? Double.NaN : cost[row];
  }

  /**
   * @param row a kept row
   * @return true when its amount is &gt; 0 (a purchase, not a refund)
   */
  public boolean isPositive(int row) {
    return amount[row] > 0;
  }

  /**
   * @param row a kept row
   * @return its order code, {@code 0..orderCount() - 1}
   */
  public int order(int row) {
    return order[row];
  }

  /** @return the number of distinct order ids among kept rows */
  public int orderCount() {
    return orderCount;
  }

  /**
   * @param row a kept row
   * @return its customer code, {@code 0..customerCount() - 1}, or {@link #GUEST}
   */
  public int customer(int row) {
    return customer[row];
  }

  /** @return the number of distinct customer ids among kept rows */
  public int customerCount() {
    return customerIds.labelCount();
  }

  /**
   * @param customerCode a customer code
   * @return the customer_id it stands for
   */
  public String customerId(int customerCode) {
    return customerIds.label(customerCode);
  }

  /**
   * @param customerCode a customer code
   * @return the customer's first period (its cohort), or {@link #NO_PERIOD} if never active
   */
  public int firstPeriod(int customerCode) {
    return acquisition.firstPeriod(customerCode);
  }

  /**
   * @param customerCode a customer code
   * @return the code of its acquisition channel (see {@link #channelLabel}); meaningless when the
   *     customer has no first period
   */
  public int acquisitionChannel(int customerCode) {
    return acquisition.channel(customerCode);
  }

  /** @return the number of acquisition channels */
  public int channelCount() {
    return acquisition.channelLabels().length;
  }

  /**
   * @param channelCode a channel code
   * @return its label ({@link #MISSING} for a missing channel)
   */
  public String channelLabel(int channelCode) {
    return acquisition.channelLabels()[channelCode];
  }

  /**
   * @param row a kept row
   * @return the code of its value of the split dimension; 0 when not split
   */
  public int dimension(int row) {
    return dimension[row];
  }

  /**
   * @param customerCode a customer code
   * @return the dimension code of the customer's first positive row; meaningless when the customer
   *     has no first period
   */
  public int customerDimension(int customerCode) {
    return acquisition.dimension(customerCode);
  }

  /** @return the number of dimension values (1 when not split) */
  public int dimensionCount() {
    return dimensionLabels.length;
  }

  /**
   * @param dimensionCode a dimension code
   * @return its label ({@link #MISSING} for a missing value; empty when not split)
   */
  public String dimensionLabel(int dimensionCode) {
    return dimensionLabels[dimensionCode];
  }

  /** The active periods of each customer, built on first use and shared by the metrics after. */
  ActiveMonths activeMonths() {
    return activeMonths.get();
  }

  /**
   * The customer flows of the trailing year under the lapse rule ({@link
   * CustomerFlows#fromOrders}), built on first use and shared by unit economics and balances;
   * the index must be monthly.
   */
  CustomerFlows lapseFlows() {
    return lapseFlows.get();
  }

  /** The cohort and acquisition channel of each row's customer, built on first use and shared. */
  RowCohorts rowCohorts() {
    return rowCohorts.get();
  }

  /**
   * Encodes a text column of the orders table at the kept rows.
   *
   * @param column a text column of the indexed orders table
   * @param missingLabel the label of a missing value, or null to give it {@link StringCodes#NONE}
   * @param sorted whether codes follow the labels' natural order
   * @return one code per kept row
   */
  StringCodes codesOf(String column, String missingLabel, boolean sorted) {
    return StringCodes.encode(orders.stringColumn(column), kept, missingLabel, sorted);
  }

  /** @return the split dimension's column name, or null when not split */
  public String dimensionName() {
    return options.by();
  }
}
