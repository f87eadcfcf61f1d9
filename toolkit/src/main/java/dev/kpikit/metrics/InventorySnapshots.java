package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * The inventory value of every snapshot date, per segment: a snapshot is all rows sharing a date,
 * and its value is the sum over its rows of {@code inventory_value}, or {@code units_on_hand x
 * unit_cost} where that is missing. A row whose value cannot be computed makes the snapshot's value
 * unknown. A segment with no rows on a snapshot date holds 0 on that date.
 */
final class InventorySnapshots {
  private final int[] days;
  private final CompensatedSums totals;
  private final int segmentCount;

  private InventorySnapshots(int[] days, CompensatedSums totals, int segmentCount) {
    this.days = days;
    this.totals = totals;
    this.segmentCount = segmentCount;
  }

  /**
   * @param inventory the snapshots (date, units_on_hand, and unit_cost or inventory_value)
   * @param segment the segment code of each row
   * @param segmentCount the number of segment codes
   * @param asOf rows dated after it are ignored
   */
  static InventorySnapshots of(Table inventory, int[] segment, int segmentCount, LocalDate asOf) {
    double[] values = rowValues(inventory);
    DateColumn dates = inventory.dateColumn("date");
    int asOfPacked = PackedLocalDate.pack(asOf);
    int n = inventory.rowCount();
    int[] rowDay = new int[n];
    int[] kept = new int[n];
    int keptCount = 0;
    for (int i = 0; i < n; i++) {
      int packed = dates.getIntInternal(i);
      boolean inRange = !dates.isMissing(i) && packed <= asOfPacked;
      rowDay[i] = inRange ? (int) PackedLocalDate.toEpochDay(packed) : Integer.MIN_VALUE;
      if (inRange) {
        kept[keptCount++] = rowDay[i];
      }
    }
    int[] days = distinctSorted(kept, keptCount);
    CompensatedSums totals = new CompensatedSums(days.length * segmentCount);
    for (int i = 0; i < n; i++) {
      if (rowDay[i] != Integer.MIN_VALUE) {
        int snapshot = Arrays.binarySearch(days, rowDay[i]);
        totals.add(snapshot * segmentCount + segment[i], values[i]);
      }
    }
    return new InventorySnapshots(days, totals, segmentCount);
  }

  private static double[] rowValues(Table inventory) {
    boolean hasValue = inventory.containsColumn("inventory_value");
    boolean hasCost = inventory.containsColumn("unit_cost");
    if (!hasValue && !hasCost) {
      throw new NotComputableException(
          InventoryTurnover.TABLE
              + " needs the inventory value: inventory has neither an "
              + "inventory_value nor a unit_cost column");
    }
    int n = inventory.rowCount();
    double[] values =
        hasValue ? inventory.numberColumn("inventory_value").asDoubleArray() : new double[n];
    if (!hasValue) {
      Arrays.fill(values, Double.NaN);
    }
    if (hasCost) {
      double[] units = inventory.numberColumn("units_on_hand").asDoubleArray();
      double[] unitCost = inventory.numberColumn("unit_cost").asDoubleArray();
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(values[i])) {
          values[i] = units[i] * unitCost[i];
        }
      }
    }
    return values;
  }

  private static int[] distinctSorted(int[] values, int count) {
    int[] sorted = Arrays.copyOf(values, count);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || sorted[distinct - 1] != sorted[i]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  /**
   * @return true when there is no snapshot on or before {@code asOf}
   */
  boolean isEmpty() {
    return days.length == 0;
  }

  /**
   * @return the date of the first snapshot; only when not {@link #isEmpty()}
   */
  LocalDate firstDate() {
    return LocalDate.ofEpochDay(days[0]);
  }

  /**
   * The average inventory value of a segment over a period: the mean of the values of the snapshots
   * dated in the period; but when the only snapshot in the period is on its last day and there is a
   * snapshot on the last day of the previous period (end-of-period counts), the mean of those two
   * (opening and closing inventory). Missing when the period has no snapshot or a value used is
   * unknown.
   *
   * @param start the period's first day
   * @param end the period's last day
   * @param segment the segment code
   */
  double average(LocalDate start, LocalDate end, int segment) {
    int lo = lowerBound(start.toEpochDay());
    int hi = lowerBound(end.toEpochDay() + 1);
    int count = hi - lo;
    if (count == 0) {
      return Double.NaN;
    }
    if (count == 1
        && days[lo] == end.toEpochDay()
        && lo > 0
        && days[lo - 1] == start.toEpochDay() - 1) {
      return (value(lo - 1, segment) + value(lo, segment)) / 2;
    }
    double sum = 0;
    for (int k = lo; k < hi; k++) {
      sum += value(k, segment);
    }
    return sum / count;
  }

  private double value(int snapshot, int segment) {
    return totals.total(snapshot * segmentCount + segment);
  }

  /** The index of the first snapshot dated on or after {@code epochDay}. */
  private int lowerBound(long epochDay) {
    int i = Arrays.binarySearch(days, (int) epochDay);
    return i >= 0 ? i : -i - 1;
  }
}
