package dev.kpikit.metrics;

import java.util.Arrays;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code revenue_monthly} table: sales, cost and margin per period (DESIGN §4, §5).
 *
 * <p>Per period (and dimension value, when split):
 *
 * <ul>
 *   <li>{@code orders}: distinct order_id with at least one row with amount &gt; 0 in the period
 *       (an order whose rows fall in two periods counts in both);
 *   <li>{@code customers}: distinct active customers (a row with amount &gt; 0 and a customer_id);
 *       guest rows count in revenue and orders only;
 *   <li>{@code revenue}: sum of amount, refunds included (currency of the data);
 *   <li>{@code cost}: sum of the known costs; missing when the orders table has no cost column or
 *       no row of the period has a cost; then {@code gross_margin} and {@code gross_margin_pct} are
 *       missing too;
 *   <li>{@code gross_margin} = revenue - cost; {@code gross_margin_pct} = gross_margin / revenue
 *       (ratio 0–1, missing when revenue is 0);
 *   <li>{@code aov} = revenue / orders (missing when there are no orders, e.g. a refund-only
 *       period).
 * </ul>
 *
 * <p>Rows: one per period from the first period with data to the period containing {@code asOf};
 * periods without rows appear with zeros (nothing was sold). When split, each dimension value runs
 * from its own first period with data to {@code asOf}; a row's own dimension value is used (a
 * customer buying in two regions counts in both).
 *
 * @since 0.1.0
 */
public final class RevenueMetrics {
  /** The output table's name. */
  public static final String TABLE = "revenue_monthly";

  private RevenueMetrics() {}

  /**
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @return {@code revenue_monthly}: period, [dimension], orders, customers, revenue, cost,
   *     gross_margin, gross_margin_pct, aov
   * @throws NotComputableException when {@code options.by()} is not a column of {@code orders}
   */
  public static Table table(Table orders, MetricOptions options) {
    return table(orders, options, OrderFactsCache.none());
  }

  /**
   * As {@link #table(Table, MetricOptions)}, reusing indexed orders.
   *
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @param facts where indexed orders are shared with the run's other order metrics
   * @return {@code revenue_monthly}
   * @throws NotComputableException when {@code options.by()} is not a column of {@code orders}
   */
  static Table table(Table orders, MetricOptions options, OrderFactsCache facts) {
    SplitCheck.require(TABLE, orders, "orders", options.by());
    return table(facts.of(orders, null, options));
  }

  /**
   * @param facts indexed orders
   * @return {@code revenue_monthly} for the facts' options
   */
  static Table table(OrderFacts facts) {
    int periods = facts.periodCount();
    int cells = periods * facts.dimensionCount();
    CompensatedSums revenue = new CompensatedSums(cells);
    CompensatedSums cost = new CompensatedSums(cells);
    int[] firstOfDimension = PeriodPanel.firstPeriods(facts.dimensionCount());
    SingleCellCounts orders = new SingleCellCounts(facts.orderCount(), cells);
    for (int r = 0; r < facts.rowCount(); r++) {
      int p = facts.period(r) - facts.minPeriod();
      int d = facts.dimension(r);
      int cell = d * periods + p;
      revenue.add(cell, facts.amount(r));
      cost.add(cell, facts.cost(r));
      firstOfDimension[d] = Math.min(firstOfDimension[d], p);
      if (facts.isPositive(r)) {
        orders.add(facts.order(r), cell);
      }
    }
    int[] customerCount = facts.dimensionCount() == 1
        ? activeCustomersPerPeriod(facts, facts.activeMonths())
        : activeCustomersPerCell(facts, cells);
    double[] revenueSum = new double[cells];
    double[] costSum = new double[cells];
    for (int cell = 0; cell < cells; cell++) {
      revenueSum[cell] = revenue.get(cell);
      costSum[cell] = cost.getOrMissing(cell);
    }
    String[] labels = new String[facts.dimensionCount()];
    Arrays.setAll(labels, facts::dimensionLabel);
    return assemble(facts.options(), facts.minPeriod(), periods, labels, firstOfDimension, revenueSum, costSum,
        orders.counts(), customerCount);
  }

  /**
   * The check {@link #table(Table, MetricOptions)} makes before computing, for orders known by their
   * column names only (kept elsewhere).
   *
   * @param orderColumns the orders' column names
   * @param options the options to compute with
   * @throws NotComputableException as {@link #table(Table, MetricOptions)}, when {@code options.by()}
   *     is not one of the columns
   * @since 0.3.0
   */
  public static void requireSplit(java.util.Collection<String> orderColumns, MetricOptions options) {
    SplitCheck.require(TABLE, orderColumns, "orders", options.by());
  }

  /**
   * The sums and counts of one period (and dimension value) of {@code revenue_monthly}, aggregated
   * elsewhere (kpikit-spark aggregates them on the cluster) from the rows {@link OrderFacts} keeps:
   * dated on or before {@code asOf}, with a date and an amount.
   *
   * @param period the period index ({@link Periods#index}) of the rows
   * @param dimension the rows' value of the split dimension ({@code (missing)} for a missing value),
   *     or null when not split
   * @param orders distinct order_id among the rows with amount &gt; 0
   * @param customers distinct customer_id among the rows with amount &gt; 0 and a customer_id
   * @param revenue sum of amount
   * @param cost sum of the known costs, NaN when no row has one (or there is no cost column)
   * @since 0.3.0
   */
  public record Cell(int period, String dimension, long orders, long customers, double revenue, double cost) {}

  /**
   * Assembles {@code revenue_monthly} from cells aggregated elsewhere, with the local engine's own
   * rules: each dimension value from its first period with data to the period containing {@code
   * asOf} (periods without a cell zero-filled, cost missing), dimension values in natural order,
   * labels, margin and ratios.
   *
   * @param cells one cell per period and dimension value with rows (any order)
   * @param options the grain, {@code asOf} and dimension the cells were aggregated for
   * @return {@code revenue_monthly}, as {@link #table(Table, MetricOptions)} computes it from the rows
   * @since 0.3.0
   */
  public static Table assemble(List<Cell> cells, MetricOptions options) {
    java.util.TreeSet<String> sorted = new java.util.TreeSet<>();
    int min = OrderFacts.NO_PERIOD;
    for (Cell c : cells) {
      sorted.add(c.dimension() == null ? "" : c.dimension());
      min = min == OrderFacts.NO_PERIOD ? c.period() : Math.min(min, c.period());
    }
    String[] labels = sorted.isEmpty() ? new String[] {""} : sorted.toArray(String[]::new);
    int periods = cells.isEmpty() ? 0 : options.lastPeriod() - min + 1;
    int n = periods * labels.length;
    int[] firstOfDimension = PeriodPanel.firstPeriods(labels.length);
    double[] revenue = new double[n];
    double[] cost = new double[n];
    Arrays.fill(cost, Double.NaN);
    int[] orders = new int[n];
    int[] customers = new int[n];
    List<String> index = Arrays.asList(labels);
    for (Cell c : cells) {
      int d = index.indexOf(c.dimension() == null ? "" : c.dimension());
      int p = c.period() - min;
      int cell = d * periods + p;
      firstOfDimension[d] = Math.min(firstOfDimension[d], p);
      revenue[cell] = c.revenue();
      cost[cell] = c.cost();
      orders[cell] = Math.toIntExact(c.orders());
      customers[cell] = Math.toIntExact(c.customers());
    }
    return assemble(options, min, periods, labels, firstOfDimension, revenue, cost, orders, customers);
  }

  /** Without a split, the cell of a period is its offset from the first period. */
  private static int[] activeCustomersPerPeriod(OrderFacts facts, ActiveMonths active) {
    int[] count = new int[facts.periodCount()];
    for (int period : active.period) {
      count[period - facts.minPeriod()]++;
    }
    return count;
  }

  /** Split by a dimension: a customer buying in two dimension values counts in both. */
  private static int[] activeCustomersPerCell(OrderFacts facts, int cells) {
    int periods = facts.periodCount();
    int[] activeCell = new int[facts.rowCount()];
    int[] customerOfRow = new int[facts.rowCount()];
    for (int r = 0; r < facts.rowCount(); r++) {
      boolean active = facts.isPositive(r) && facts.customer(r) != OrderFacts.GUEST;
      activeCell[r] = active ? facts.dimension(r) * periods + facts.period(r) - facts.minPeriod() : -1;
      customerOfRow[r] = Math.max(facts.customer(r), 0);
    }
    return DistinctCounts.perCell(activeCell, cells, customerOfRow, facts.customerCount());
  }

  private static Table assemble(
      MetricOptions o,
      int minPeriod,
      int periods,
      String[] dimensionLabels,
      int[] firstOfDimension,
      double[] revenue,
      double[] cost,
      int[] orderCount,
      int[] customerCount) {
    KeyColumns keys = new KeyColumns(o.periodColumn(), o.by());
    IntColumn orders = IntColumn.create("orders");
    IntColumn customers = IntColumn.create("customers");
    DoubleColumn revenueCol = DoubleColumn.create("revenue");
    DoubleColumn costCol = DoubleColumn.create("cost");
    DoubleColumn margin = DoubleColumn.create("gross_margin");
    DoubleColumn marginPct = DoubleColumn.create("gross_margin_pct");
    DoubleColumn aov = DoubleColumn.create("aov");
    for (int p = 0; p < periods; p++) {
      for (int d = 0; d < dimensionLabels.length; d++) {
        if (p < firstOfDimension[d]) {
          continue;
        }
        int cell = d * periods + p;
        keys.append(o.periods().label(minPeriod + p), dimensionLabels[d]);
        double rev = revenue[cell];
        double c = cost[cell];
        orders.append(orderCount[cell]);
        customers.append(customerCount[cell]);
        revenueCol.append(rev);
        costCol.append(c);
        margin.append(rev - c);
        marginPct.append(Ratios.divide(rev - c, rev));
        aov.append(Ratios.divide(rev, orderCount[cell]));
      }
    }
    return keys.table(TABLE, orders, customers, revenueCol, costCol, margin, marginPct, aov);
  }
}
