package dev.kpikit.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * @since 0.4.0
 */
public final class CohortCells {
  private final MetricOptions options;
  private final List<Object[]> cohorts = new ArrayList<>();
  private final List<Object[]> cells = new ArrayList<>();

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
    cohorts.add(new Object[] {cohortPeriod, label(dimensionValue), customers});
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
    cells.add(new Object[] {cohortPeriod, label(dimensionValue), period, value});
  }

  private String label(String dimensionValue) {
    return options.by() == null ? "" : dimensionValue;
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
    TreeSet<String> labels = new TreeSet<>();
    for (Object[] c : cohorts) {
      min = Math.min(min, (int) c[0]);
      labels.add((String) c[1]);
    }
    String[] dimensions = labels.isEmpty() ? new String[] {""} : labels.toArray(String[]::new);
    int periods = options.lastPeriod() - min + 1;
    int[] size = new int[dimensions.length * periods];
    for (Object[] c : cohorts) {
      size[Arrays.binarySearch(dimensions, (String) c[1]) * periods + (int) c[0] - min] += (int) c[2];
    }
    Cohorts grid = Cohorts.of(options, min, dimensions, size, maxOffset);
    double[] values = new double[grid.cellCount()];
    CompensatedSums sums = new CompensatedSums(values.length);
    for (Object[] c : cells) {
      int d = Arrays.binarySearch(dimensions, (String) c[1]);
      if (d < 0 || (int) c[0] < min) {
        throw new IllegalArgumentException("no cohort " + options.periods().label((int) c[0]) + " " + c[1]);
      }
      sums.add(grid.cellOf((int) c[0], d, (int) c[2]), (double) c[3]);
    }
    Arrays.setAll(values, sums::get);
    return new Grid(grid, values);
  }
}
