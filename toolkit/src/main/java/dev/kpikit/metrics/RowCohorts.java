package dev.kpikit.metrics;

/**
 * Per kept row of an {@link OrderFacts} index, the first period (cohort) and acquisition channel of
 * its customer, copied from the per-customer arrays in one pass so that the metrics reading them
 * row by row (unit economics, balances, cohort revenue) read two arrays in sequence instead of
 * looking each customer up.
 */
final class RowCohorts {
  /**
   * Per row, its customer's first period; {@link OrderFacts#NO_PERIOD} for a guest row or a
   * customer never active.
   */
  private final int[] cohort;
  /** Per row, its customer's acquisition channel code; -1 where there is no cohort. */
  private final int[] channel;

  private RowCohorts(int[] cohort, int[] channel) {
    this.cohort = cohort;
    this.channel = channel;
  }

  /**
   * @param facts an orders index
   * @return the cohort and channel of each of its rows' customers
   */
  static RowCohorts of(OrderFacts facts) {
    int n = facts.rowCount();
    int[] cohort = new int[n];
    int[] channel = new int[n];
    for (int r = 0; r < n; r++) {
      int c = facts.customer(r);
      int first = c == OrderFacts.GUEST ? OrderFacts.NO_PERIOD : facts.firstPeriod(c);
      cohort[r] = first;
      channel[r] = first == OrderFacts.NO_PERIOD ? -1 : facts.acquisitionChannel(c);
    }
    return new RowCohorts(cohort, channel);
  }

  /**
   * @param row a kept row
   * @return its customer's first period, or {@link OrderFacts#NO_PERIOD} (guest, never active)
   */
  int cohort(int row) {
    return cohort[row];
  }

  /**
   * @param row a kept row with a cohort
   * @return its customer's acquisition channel code
   */
  int channel(int row) {
    return channel[row];
  }
}
