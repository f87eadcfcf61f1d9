package dev.kpikit.metrics;

import java.util.Arrays;

/**
 * The cohort grid shared by the retention tables: cohort groups (cohort period x the customer's
 * dimension value) with their sizes, and cells (group x period of activity) so that cell {@code
 * cohortCell + k} is offset {@code k} of the cohort.
 */
final class Cohorts {
  /** Receives each reported (cohort, offset) cell in output order; the keys are appended first. */
  interface CellVisitor {
    void cell(int cohortSize, int offset, int cell);
  }

  private final OrderFacts facts;
  private final MetricOptions options;
  private final int minPeriod;
  private final int periods;
  private final String[] dimensionLabels;
  private final int maxOffset;
  private final int[] size;
  private final KeyColumns keys;

  private Cohorts(
      OrderFacts facts,
      MetricOptions options,
      int minPeriod,
      int periods,
      String[] dimensionLabels,
      int[] size,
      int maxOffset) {
    if (maxOffset < 0) {
      throw new IllegalArgumentException("maxOffset must be 0 or more, got " + maxOffset);
    }
    this.facts = facts;
    this.options = options;
    this.minPeriod = minPeriod;
    this.periods = periods;
    this.dimensionLabels = dimensionLabels;
    this.size = size;
    this.maxOffset = maxOffset;
    keys = new KeyColumns("cohort", options.by());
  }

  static Cohorts of(OrderFacts facts, int maxOffset) {
    int periods = facts.periodCount();
    int[] size = new int[facts.dimensionCount() * periods];
    for (int c = 0; c < facts.customerCount(); c++) {
      if (facts.firstPeriod(c) != OrderFacts.NO_PERIOD) {
        size[facts.customerDimension(c) * periods + facts.firstPeriod(c) - facts.minPeriod()]++;
      }
    }
    String[] labels = new String[facts.dimensionCount()];
    Arrays.setAll(labels, facts::dimensionLabel);
    return new Cohorts(facts, facts.options(), facts.minPeriod(), periods, labels, size, maxOffset);
  }

  /**
   * A grid from cohort sizes counted elsewhere ({@link CohortCells}), without an orders index: only
   * {@link #cellOf(int, String, int)}, {@link #visit} and {@link #keys} may be used.
   *
   * @param options the options of the table
   * @param minPeriod the first period of the grid, at or before every cohort
   * @param dimensionLabels the dimension values in natural order ({@code {""}} when not split)
   * @param size per group {@code dimension * periods + cohort - minPeriod}, its customers
   */
  static Cohorts of(MetricOptions options, int minPeriod, String[] dimensionLabels, int[] size, int maxOffset) {
    int periods = Math.max(0, options.lastPeriod() - minPeriod + 1);
    return new Cohorts(null, options, minPeriod, periods, dimensionLabels, size, maxOffset);
  }

  private int group(int customer) {
    return facts.customerDimension(customer) * periods + facts.firstPeriod(customer) - minPeriod;
  }

  /**
   * @param cohort a cohort's period
   * @param dimension the index of the cohort's dimension value in the grid's labels
   * @param period a period of the cohort or after, up to {@code asOf}
   * @return the cell of the cohort at that period
   */
  int cellOf(int cohort, int dimension, int period) {
    return ((dimension * periods + cohort - minPeriod) * periods) + period - minPeriod;
  }

  int cellCount() {
    return size.length * periods;
  }

  /**
   * @param rowCohorts the facts' {@link OrderFacts#rowCohorts()}
   * @param row a kept row
   * @return the cell of its customer's cohort at the row's period, or -1 for a guest row, a
   *     customer without cohort, or a row before the customer's cohort period
   */
  int cellOf(RowCohorts rowCohorts, int row) {
    int cohort = rowCohorts.cohort(row);
    int period = facts.period(row);
    if (cohort == OrderFacts.NO_PERIOD || period < cohort) {
      return -1;
    }
    int dimension = facts.dimensionCount() == 1 ? 0 : facts.customerDimension(facts.customer(row));
    return cellOf(cohort, dimension, period);
  }

  /**
   * @param customer a customer with a cohort
   * @param period a period of the customer's cohort or after
   * @return the cell of the customer's cohort at that period
   */
  int cellOf(int customer, int period) {
    return group(customer) * periods + period - minPeriod;
  }

  /** Visits the reported cells: cohorts in period order, then dimension value, then offset. */
  void visit(CellVisitor visitor) {
    for (int p = 0; p < periods; p++) {
      for (int d = 0; d < dimensionLabels.length; d++) {
        int g = d * periods + p;
        if (size[g] == 0) {
          continue;
        }
        int offsets = Math.min(periods - 1 - p, maxOffset);
        for (int k = 0; k <= offsets; k++) {
          keys.append(options.periods().label(minPeriod + p), dimensionLabels[d]);
          visitor.cell(size[g], k, g * periods + p + k);
        }
      }
    }
  }

  /** @return the key columns filled by {@link #visit} */
  KeyColumns keys() {
    return keys;
  }
}
