package dev.kpikit.metrics;

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
  private final int periods;
  private final int maxOffset;
  private final int[] size;
  private final KeyColumns keys;

  private Cohorts(OrderFacts facts, int maxOffset) {
    if (maxOffset < 0) {
      throw new IllegalArgumentException("maxOffset must be 0 or more, got " + maxOffset);
    }
    this.facts = facts;
    this.maxOffset = maxOffset;
    periods = facts.periodCount();
    size = new int[facts.dimensionCount() * periods];
    for (int c = 0; c < facts.customerCount(); c++) {
      if (facts.firstPeriod(c) != OrderFacts.NO_PERIOD) {
        size[group(c)]++;
      }
    }
    keys = new KeyColumns("cohort", facts.dimensionName());
  }

  static Cohorts of(OrderFacts facts, int maxOffset) {
    return new Cohorts(facts, maxOffset);
  }

  private int group(int customer) {
    return facts.customerDimension(customer) * periods + facts.firstPeriod(customer) - facts.minPeriod();
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
    return ((dimension * periods + cohort - facts.minPeriod()) * periods) + period - facts.minPeriod();
  }

  /**
   * @param customer a customer with a cohort
   * @param period a period of the customer's cohort or after
   * @return the cell of the customer's cohort at that period
   */
  int cellOf(int customer, int period) {
    return group(customer) * periods + period - facts.minPeriod();
  }

  /** Visits the reported cells: cohorts in period order, then dimension value, then offset. */
  void visit(CellVisitor visitor) {
    MetricOptions o = facts.options();
    for (int p = 0; p < periods; p++) {
      for (int d = 0; d < facts.dimensionCount(); d++) {
        int g = d * periods + p;
        if (size[g] == 0) {
          continue;
        }
        int offsets = Math.min(periods - 1 - p, maxOffset);
        for (int k = 0; k <= offsets; k++) {
          keys.append(o.periods().label(facts.minPeriod() + p), facts.dimensionLabel(d));
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
