package dev.kpikit.metrics;

import java.util.Arrays;
import tech.tablesaw.api.Table;

/**
 * One amount of the {@code financials} table per cell of a {@link PeriodGrid}. A flow (revenue,
 * costs, ebit) is the sum of the known monthly values in the period; a stock (balance-sheet items)
 * is the value of the latest month in the period that has one (summed over the rows of that month,
 * e.g. several business units). Missing when the period has no known value or the column is absent.
 */
final class FinancialAmounts {
  private final Table financials;
  private final PeriodGrid grid;
  private final int[] cell;
  private final int[] month;

  /**
   * @param cell the grid cell of each row, or -1 for rows outside the grid
   * @param month the month index of each row
   */
  FinancialAmounts(Table financials, PeriodGrid grid, int[] cell, int[] month) {
    this.financials = financials;
    this.grid = grid;
    this.cell = cell;
    this.month = month;
  }

  /**
   * @return the period sums of a flow column, one per cell
   */
  double[] flow(String column) {
    return amounts(column, false);
  }

  /**
   * @return the period-end values of a stock column, one per cell
   */
  double[] stock(String column) {
    return amounts(column, true);
  }

  private double[] amounts(String column, boolean latestMonthOnly) {
    double[] out = new double[grid.cells()];
    if (!financials.containsColumn(column)) {
      Arrays.fill(out, Double.NaN);
      return out;
    }
    double[] values = financials.numberColumn(column).asDoubleArray();
    CompensatedSums sums = new CompensatedSums(out.length);
    int[] latest = new int[out.length];
    Arrays.fill(latest, Integer.MIN_VALUE);
    for (int i = 0; i < values.length; i++) {
      int c = cell[i];
      if (c < 0 || Double.isNaN(values[i])) {
        continue;
      }
      if (latestMonthOnly && month[i] > latest[c]) {
        latest[c] = month[i];
        sums.reset(c);
      }
      if (!latestMonthOnly || month[i] == latest[c]) {
        sums.add(c, values[i]);
      }
    }
    for (int c = 0; c < out.length; c++) {
      out[c] = sums.getOrMissing(c);
    }
    return out;
  }
}
