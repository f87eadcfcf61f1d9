package dev.kpikit.metrics;

import java.time.LocalDate;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Inventory turnover and days inventory outstanding per period (DESIGN §4 "Operations"), the table
 * {@code inventory_turnover}: {@code period, [by], cogs, avg_inventory_value, turnover, dio}.
 *
 * <ul>
 *   <li><b>cogs</b> (currency): the sum of {@code orders.cost} dated in the period (refund rows
 *       with their sign), or, when there are no orders or none has a cost, of {@code
 *       financials.cogs} for the months in the period. Missing when the period has no known cost,
 *       and in every period when neither table has a cost column.
 *   <li><b>avg_inventory_value</b> (currency): the value of a snapshot (all rows sharing a date) is
 *       the sum over its SKUs of {@code inventory_value}, or {@code units_on_hand x unit_cost} on
 *       rows where that is missing; a row with neither makes that snapshot's value unknown. The
 *       average of a period is the mean of the values of the snapshots dated in it, except when the
 *       period's only snapshot is on its last day and the previous period's last day also has one
 *       (end-of-period counts, e.g. one count on the last day of each month): then it is the mean
 *       of the opening (previous period's closing) and closing snapshots. Missing when the period
 *       has no snapshot.
 *   <li><b>turnover</b> (times per period) = cogs / avg_inventory_value, missing when either is
 *       missing or the average is 0.
 *   <li><b>dio</b> (days) = days in the period / turnover, missing when turnover is missing or 0.
 *       For the incomplete period containing {@code asOf}, the days counted are those up to {@code
 *       asOf}, matching the COGS observed so far.
 * </ul>
 *
 * <p>Rows: every period from the one holding the first snapshot (on or before {@code asOf}) to the
 * one holding {@code asOf}, without gaps. With {@code by}, every period times every value of the
 * dimension, sorted by period then value; a SKU absent from a snapshot holds nothing on that date,
 * and a segment with no rows on a snapshot date holds 0 on it. COGS is split by the same column of
 * orders; when orders lack it but have {@code product}, each order takes the dimension value of its
 * product's SKU on the latest snapshot (e.g. a SKU category that only the inventory knows), and
 * products unknown to the inventory go to {@code (missing)}.
 *
 * @since 0.1.0
 */
public final class InventoryTurnover {
  /** The name of the output table. */
  public static final String TABLE = "inventory_turnover";

  private InventoryTurnover() {}

  /**
   * @param inventory snapshots
   * @param orders orders with a {@code cost} column, or null
   * @param financials monthly financials with {@code cogs}, or null
   * @param options grain, {@code asOf} and optional dimension
   * @return as {@link #table(Table, Table, Table, MetricOptions)}
   * @deprecated since 0.2.0, for removal in 1.0: renamed {@link #table(Table, Table, Table,
   *     MetricOptions)} (one verb for every metric family)
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table compute(Table inventory, Table orders, Table financials, MetricOptions options) {
    return table(inventory, orders, financials, options);
  }

  /**
   * Computes the table.
   *
   * @param inventory snapshots: date, sku, units_on_hand and unit_cost and/or inventory_value
   * @param orders orders with a {@code cost} column, or null
   * @param financials monthly financials with {@code cogs}, or null (used when orders give no cost)
   * @param options grain, {@code asOf} and optional dimension
   * @return a new table; empty (with its columns) when there is no snapshot up to {@code asOf}
   * @throws NotComputableException when the inventory has no value column, when a table lacks the
   *     {@code by} column, or when weekly COGS would have to come from monthly financials
   */
  public static Table table(
      Table inventory, Table orders, Table financials, MetricOptions options) {
    return table(inventory, orders, financials, options, OrderFactsCache.none());
  }

  /**
   * As {@link #table(Table, Table, Table, MetricOptions)}, reading the costs of orders from the
   * run's orders index when it keeps every row and the table is not split.
   *
   * @param inventory snapshots: date, sku, units_on_hand and unit_cost and/or inventory_value
   * @param orders orders with a {@code cost} column, or null
   * @param financials monthly financials with {@code cogs}, or null
   * @param options grain, {@code asOf} and optional dimension
   * @param cache the run's orders index cache (shared with the order metrics)
   * @return a new table, as {@link #table(Table, Table, Table, MetricOptions)}
   * @throws NotComputableException as {@link #table(Table, Table, Table, MetricOptions)}
   */
  static Table table(
      Table inventory, Table orders, Table financials, MetricOptions options, OrderFactsCache cache) {
    Periods periods = options.periods();
    int asOfPacked = PackedLocalDate.pack(options.asOf());
    SegmentCodes segments = new SegmentCodes(options.by());
    segments.require(inventory, TABLE, "inventory");
    int[] inventorySegments = segments.codesOf(inventory, inventory.dateColumn("date"), asOfPacked);
    CogsSource source =
        CogsSource.choose(orders, financials, periods, indexedOrders(orders, options, segments, cache));
    int[] sourceSegments =
        source == null ? null : source.segmentCodes(segments, inventory, asOfPacked);
    InventorySnapshots snapshots =
        InventorySnapshots.of(inventory, inventorySegments, segments.size(), options.asOf());
    int first = snapshots.isEmpty() ? 0 : periods.index(snapshots.firstDate());
    int last = snapshots.isEmpty() ? -1 : options.lastPeriod();
    PeriodGrid grid = new PeriodGrid(periods, first, last, segments);
    CompensatedSums cogs = new CompensatedSums(grid.cells());
    if (source != null) {
      source.addTo(cogs, grid, sourceSegments, periods, asOfPacked);
    }
    return table(grid, segments, snapshots, cogs, options);
  }

  /**
   * The run's index of the orders when it can stand for the cost column: shared, holding every row
   * (none is after {@code asOf} or lacks a date or an amount), not split.
   */
  private static OrderFacts indexedOrders(
      Table orders, MetricOptions options, SegmentCodes segments, OrderFactsCache cache) {
    if (orders == null
        || segments.isSplit()
        || !cache.isShared()
        || !orders.containsColumn("cost")
        || !orders.containsColumn("order_id")
        || !orders.containsColumn("amount")) {
      return null;
    }
    OrderFacts facts = cache.of(orders, null, options);
    return facts.rowCount() == orders.rowCount() ? facts : null;
  }

  private static Table table(
      PeriodGrid grid,
      SegmentCodes segments,
      InventorySnapshots snapshots,
      CompensatedSums cogsSums,
      MetricOptions options) {
    int[] order = segments.sortedCodes();
    DoubleColumn cogs = DoubleColumn.create("cogs");
    DoubleColumn average = DoubleColumn.create("avg_inventory_value");
    DoubleColumn turnover = DoubleColumn.create("turnover");
    DoubleColumn dio = DoubleColumn.create("dio");
    Periods periods = options.periods();
    for (int row = 0; row < grid.cells(); row++) {
      int cell = grid.cellOfRow(row, order);
      int period = grid.period(row / order.length);
      LocalDate start = periods.start(period);
      double c = cogsSums.getOrMissing(cell);
      double avg = snapshots.average(start, periods.end(period), order[row % order.length]);
      double t = Ratios.divide(c, avg);
      cogs.append(c);
      average.append(avg);
      turnover.append(t);
      dio.append(Ratios.divide(daysObserved(period, start, options), t));
    }
    Table out = Table.create(TABLE);
    grid.keyColumns("period", order).forEach(out::addColumns);
    return out.addColumns(cogs, average, turnover, dio);
  }

  /** The period's length in days, or the days up to {@code asOf} when it is not complete. */
  private static int daysObserved(int period, LocalDate start, MetricOptions options) {
    return options.isComplete(period)
        ? options.periods().days(period)
        : (int) (options.asOf().toEpochDay() - start.toEpochDay() + 1);
  }
}
