package dev.kpikit.metrics;

import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Where {@code inventory_turnover} takes the cost of goods sold from: {@code orders.cost} when
 * orders are given and have at least one known cost, else {@code financials.cogs}. COGS of a period
 * is the sum of the known costs dated in it (refund rows included with their sign), missing when
 * there is none. When the orders are indexed with every row kept and the table is not split, the
 * costs and periods are read from the {@link OrderFacts} instead of the columns.
 */
final class CogsSource {
  private final Table table;
  private final String input;
  private final String dateColumn;
  private final String costColumn;
  /** The orders' index, when costs are read from it; else null. */
  private final OrderFacts indexed;

  private CogsSource(Table table, String input, String dateColumn, String costColumn, OrderFacts indexed) {
    this.table = table;
    this.input = input;
    this.dateColumn = dateColumn;
    this.costColumn = costColumn;
    this.indexed = indexed;
  }

  /**
   * @param orders orders, or null
   * @param financials monthly financials, or null
   * @param periods the grain, to refuse splitting monthly financials into weeks
   * @param indexed the index of {@code orders} when it keeps every row and the metric is not split
   *     (its grain must be {@code periods}), else null
   * @return the source, or null when neither table has a cost column
   */
  static CogsSource choose(Table orders, Table financials, Periods periods, OrderFacts indexed) {
    if (indexed != null && hasKnownCost(indexed)) {
      return new CogsSource(orders, "orders", "order_date", "cost", indexed);
    }
    if (orders != null
        && orders.containsColumn("cost")
        && orders.column("cost").countMissing() < orders.rowCount()) {
      return new CogsSource(orders, "orders", "order_date", "cost", null);
    }
    if (financials != null && financials.containsColumn("cogs")) {
      if (periods.grain() == Grain.WEEK) {
        throw new NotComputableException(
            InventoryTurnover.TABLE
                + " by week needs orders with a cost column: financials are"
                + " monthly");
      }
      return new CogsSource(financials, "financials", "period", "cogs", null);
    }
    return null;
  }

  private static boolean hasKnownCost(OrderFacts facts) {
    for (int r = 0; r < facts.rowCount(); r++) {
      if (!Double.isNaN(facts.cost(r))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The segment of each row of the source. When the source lacks the dimension but orders name a
   * {@code product}, the product's segment is looked up among the inventory's SKUs (the value on
   * the SKU's latest snapshot row); unknown products go to {@link SegmentCodes#MISSING}.
   */
  int[] segmentCodes(SegmentCodes segments, Table inventory, int asOfPacked) {
    if (!segments.isSplit()
        || table.containsColumn(segments.dimension())
        || !table.containsColumn("product")) {
      segments.require(table, InventoryTurnover.TABLE, input);
      return segments.codesOf(table, table.dateColumn(dateColumn), lastDay(asOfPacked));
    }
    Map<String, Integer> skuSegment = latestSegmentBySku(segments, inventory, asOfPacked);
    StringColumn products = table.stringColumn("product");
    DateColumn dates = table.dateColumn(dateColumn);
    int[] out = new int[table.rowCount()];
    for (int i = 0; i < out.length; i++) {
      if (dates.isMissing(i) || dates.getIntInternal(i) > asOfPacked) {
        out[i] = SegmentCodes.NONE;
        continue;
      }
      Integer code = skuSegment.get(products.get(i));
      out[i] = code != null ? code : segments.code(null);
    }
    return out;
  }

  private static Map<String, Integer> latestSegmentBySku(
      SegmentCodes segments, Table inventory, int asOfPacked) {
    DateColumn dates = inventory.dateColumn("date");
    int[] codes = segments.codesOf(inventory, dates, asOfPacked);
    StringColumn skus = inventory.stringColumn("sku");
    Map<String, Integer> skuIndex = new HashMap<>();
    int[] latestDate = new int[codes.length];
    int[] latestCode = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      int packed = dates.getIntInternal(i);
      if (dates.isMissing(i) || packed > asOfPacked) {
        continue;
      }
      Integer known = skuIndex.putIfAbsent(skus.get(i), skuIndex.size());
      int index = known == null ? skuIndex.size() - 1 : known;
      if (known == null || packed >= latestDate[index]) {
        latestDate[index] = packed;
        latestCode[index] = codes[i];
      }
    }
    Map<String, Integer> out = new HashMap<>();
    skuIndex.forEach((sku, index) -> out.put(sku, latestCode[index]));
    return out;
  }

  /**
   * Adds the costs dated in the grid's periods, on or before {@code asOf} (financials: in a month
   * not after {@code asOf}'s month), to {@code sums} at the grid's cells.
   */
  void addTo(CompensatedSums sums, PeriodGrid grid, int[] segment, Periods periods, int asOfPacked) {
    if (indexed != null) {
      addIndexed(sums, grid);
      return;
    }
    DateColumn dates = table.dateColumn(dateColumn);
    double[] cost = table.numberColumn(costColumn).asDoubleArray();
    int limit = lastDay(asOfPacked);
    for (int i = 0; i < cost.length; i++) {
      int packed = dates.getIntInternal(i);
      if (dates.isMissing(i) || packed > limit) {
        continue;
      }
      int period = periods.indexOfPacked(packed);
      if (grid.contains(period)) {
        sums.add(grid.cell(period, segment[i]), cost[i]);
      }
    }
  }

  /** The index's rows are the rows up to {@code asOf}, in file order, with their periods. */
  private void addIndexed(CompensatedSums sums, PeriodGrid grid) {
    for (int r = 0; r < indexed.rowCount(); r++) {
      int period = indexed.period(r);
      if (grid.contains(period)) {
        sums.add(grid.cell(period, 0), indexed.cost(r));
      }
    }
  }

  /** The last date of the source kept: {@code asOf}, or for monthly financials its month's end. */
  private int lastDay(int asOfPacked) {
    return input.equals("financials") ? lastDayOfMonth(asOfPacked) : asOfPacked;
  }

  private static int lastDayOfMonth(int packed) {
    return PackedLocalDate.pack(
        PackedLocalDate.getYear(packed),
        PackedLocalDate.getMonthValue(packed),
        PackedLocalDate.lengthOfMonth(packed));
  }
}
