package dev.kpikit.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.Table;

/**
 * Cohorts counted elsewhere (e.g. aggregated by Spark), from which {@code cohort_retention} and
 * {@code cohort_revenue_retention} are assembled by the same code as the local engine's: cohort
 * sizes per (cohort period, dimension value), and per (cohort, dimension value, period of activity)
 * the active customers or the revenue (see {@link CohortRetention} for the definitions). Cells
 * never added are 0; rows, offsets, labels, ratios and their missing cases come from the shared
 * assembly.
 *
 * <p>Dimension values are labels as in the output ({@link NewCustomerCounts#MISSING} for a missing
 * value); they are ignored when the options are not split.
 *
 * @since 0.3.0
 */
public final class CohortCells {
  private final MetricOptions options;
  /** Dimension labels in order of first appearance, and their codes. */
  private final List<String> labels = new ArrayList<>();
  private final Map<String, Integer> codes = new HashMap<>();
  /** Cohorts: period, dimension code, size. */
  private int cohortCount;
  private int[] cohortPeriod = new int[16];
  private int[] cohortDimension = new int[16];
  private int[] cohortSize = new int[16];
  /** Cells: cohort period, dimension code, period of activity, value. */
  private int cellCount;
  private int[] cellCohort = new int[16];
  private int[] cellDimension = new int[16];
  private int[] cellPeriod = new int[16];
  private double[] cellValue = new double[16];

  /**
   * @param options grain, {@code asOf} and the split dimension of the tables
   */
  public CohortCells(MetricOptions options) {
    this.options = options;
  }

  /**
   * Adds a cohort.
   *
   * @param cohortPeriod the period index of its customers' first positive row ({@link
   *     Periods#index}), at or before the period of {@code asOf}
   * @param dimensionValue its customers' dimension value (that of their first positive row)
   * @param customers its size, 1 or more
   * @throws IllegalArgumentException when the size is not positive or the cohort is after {@code asOf}
   */
  public void addCohort(int cohortPeriod, String dimensionValue, int customers) {
    if (customers <= 0 || cohortPeriod > options.lastPeriod()) {
      throw new IllegalArgumentException(
          "a cohort needs 1 or more customers and a period up to as-of, got " + customers + " in "
              + options.periods().label(cohortPeriod));
    }
    if (cohortCount == this.cohortPeriod.length) {
      int n = cohortCount * 2;
      this.cohortPeriod = Arrays.copyOf(this.cohortPeriod, n);
      cohortDimension = Arrays.copyOf(cohortDimension, n);
      cohortSize = Arrays.copyOf(cohortSize, n);
    }
    this.cohortPeriod[cohortCount] = cohortPeriod;
    cohortDimension[cohortCount] = code(dimensionValue);
    cohortSize[cohortCount++] = customers;
  }

  /**
   * Adds a value to a cell: active customers for {@link #retentionTable}, revenue for {@link
   * #revenueTable}. Several additions to one cell are summed.
   *
   * @param cohortPeriod the cohort's period index (a cohort added with {@link #addCohort})
   * @param dimensionValue the cohort's dimension value
   * @param period the period of activity, from the cohort's period to that of {@code asOf}
   * @param value active customers (a count) or revenue (currency)
   * @throws IllegalArgumentException when the period is outside the cohort's range
   */
  public void addCell(int cohortPeriod, String dimensionValue, int period, double value) {
    if (period < cohortPeriod || period > options.lastPeriod()) {
      throw new IllegalArgumentException(
          "period " + options.periods().label(period) + " is outside cohort "
              + options.periods().label(cohortPeriod) + " up to as-of");
    }
    if (cellCount == cellCohort.length) {
      int n = cellCount * 2;
      cellCohort = Arrays.copyOf(cellCohort, n);
      cellDimension = Arrays.copyOf(cellDimension, n);
      cellPeriod = Arrays.copyOf(cellPeriod, n);
      cellValue = Arrays.copyOf(cellValue, n);
    }
    cellCohort[cellCount] = cohortPeriod;
    cellDimension[cellCount] = code(dimensionValue);
    cellPeriod[cellCount] = period;
    cellValue[cellCount++] = value;
  }

  private int code(String dimensionValue) {
    String label = options.by() == null ? "" : dimensionValue;
    return codes.computeIfAbsent(label, l -> {
      labels.add(l);
      return labels.size() - 1;
    });
  }

  /**
   * @param maxOffset the largest offset to report (0 or more), or {@link CohortRetention#ALL_OFFSETS}
   * @return {@code cohort_retention}, the cells read as active customers
   */
  public Table retentionTable(int maxOffset) {
    Grid grid = grid(maxOffset);
    return CohortRetention.table(grid.cohorts, cell -> (int) grid.values[cell]);
  }

  /**
   * @param maxOffset the largest offset to report (0 or more), or {@link CohortRetention#ALL_OFFSETS}
   * @return {@code cohort_revenue_retention}, the cells read as revenue
   */
  public Table revenueTable(int maxOffset) {
    Grid grid = grid(maxOffset);
    return CohortRetention.revenueTable(grid.cohorts, cell -> grid.values[cell]);
  }

  private record Grid(Cohorts cohorts, double[] values) {}

  private Grid grid(int maxOffset) {
    int min = options.lastPeriod() + 1;
    TreeSet<String> used = new TreeSet<>();
    for (int i = 0; i < cohortCount; i++) {
      min = Math.min(min, cohortPeriod[i]);
      used.add(labels.get(cohortDimension[i]));
    }
    String[] dimensions = used.isEmpty() ? new String[] {""} : used.toArray(String[]::new);
    int[] sorted = new int[labels.size()];
    for (int code = 0; code < sorted.length; code++) {
      sorted[code] = Arrays.binarySearch(dimensions, labels.get(code));
    }
    int periods = options.lastPeriod() - min + 1;
    int[] size = new int[dimensions.length * periods];
    for (int i = 0; i < cohortCount; i++) {
      size[sorted[cohortDimension[i]] * periods + cohortPeriod[i] - min] += cohortSize[i];
    }
    Cohorts grid = Cohorts.of(options, min, dimensions, size, maxOffset);
    CompensatedSums sums = new CompensatedSums(grid.cellCount());
    for (int i = 0; i < cellCount; i++) {
      int d = sorted[cellDimension[i]];
      if (d < 0 || cellCohort[i] < min || size[d * periods + cellCohort[i] - min] == 0) {
        throw new IllegalArgumentException(
            "no cohort " + options.periods().label(cellCohort[i]) + " " + labels.get(cellDimension[i]));
      }
      sums.add(grid.cellOf(cellCohort[i], d, cellPeriod[i]), cellValue[i]);
    }
    double[] values = new double[grid.cellCount()];
    Arrays.setAll(values, sums::get);
    return new Grid(grid, values);
  }
}
