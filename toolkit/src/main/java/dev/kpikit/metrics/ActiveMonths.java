package dev.kpikit.metrics;

/**
 * Per customer, the sorted distinct periods in which it is active (has a row with amount &gt; 0),
 * from an {@link OrderFacts} index: customer {@code c}'s periods are {@code period[offset[c]] ..
 * period[offset[c + 1] - 1]}, increasing. Guest rows are left out. Built in linear time with two
 * counting sorts and no per-row objects; {@link OrderFacts#activeMonths()} keeps one per index.
 */
final class ActiveMonths {
  /** Customer {@code c}'s periods are {@code [offset[c], offset[c + 1])}. */
  final int[] offset;
  /** Active period indexes, grouped by customer, increasing within a customer. */
  final int[] period;

  private ActiveMonths(int[] offset, int[] period) {
    this.offset = offset;
    this.period = period;
  }

  /**
   * Builds the index in time linear in rows + periods + customers: from per-customer period bits
   * when there are at most 64 periods, else with two counting sorts (rows by period, then by
   * customer, stable), after which duplicates are adjacent.
   */
  static ActiveMonths of(OrderFacts facts) {
    return facts.periodCount() <= Long.SIZE ? fromPeriodSets(facts) : sorted(facts);
  }

  /**
   * With at most 64 periods, each customer's active periods fit in one {@code long}, one bit per
   * period: one pass over the rows sets the bits, one pass over the customers reads them out in
   * increasing order.
   */
  private static ActiveMonths fromPeriodSets(OrderFacts facts) {
    int customers = facts.customerCount();
    int min = facts.minPeriod();
    long[] periods = new long[customers];
    for (int r = 0; r < facts.rowCount(); r++) {
      if (isActive(facts, r)) {
        periods[facts.customer(r)] |= 1L << (facts.period(r) - min);
      }
    }
    int[] offset = new int[customers + 1];
    for (int c = 0; c < customers; c++) {
      offset[c + 1] = offset[c] + Long.bitCount(periods[c]);
    }
    int[] period = new int[offset[customers]];
    int next = 0;
    for (long set : periods) {
      for (long rest = set; rest != 0; rest &= rest - 1) {
        period[next++] = min + Long.numberOfTrailingZeros(rest);
      }
    }
    return new ActiveMonths(offset, period);
  }

  private static ActiveMonths sorted(OrderFacts facts) {
    int customers = facts.customerCount();
    int span = Math.max(1, facts.periodCount());
    int rows = facts.rowCount();
    int min = facts.minPeriod();
    int[] periodStart = new int[span + 1];
    int[] customerStart = new int[customers + 1];
    for (int r = 0; r < rows; r++) {
      if (isActive(facts, r)) {
        periodStart[facts.period(r) - min + 1]++;
        customerStart[facts.customer(r) + 1]++;
      }
    }
    for (int p = 0; p < span; p++) {
      periodStart[p + 1] += periodStart[p];
    }
    for (int c = 0; c < customers; c++) {
      customerStart[c + 1] += customerStart[c];
    }
    int n = customerStart[customers];
    int[] customerByPeriod = new int[n];
    int[] next = periodStart.clone();
    for (int r = 0; r < rows; r++) {
      if (isActive(facts, r)) {
        customerByPeriod[next[facts.period(r) - min]++] = facts.customer(r);
      }
    }
    // Scanning rows in period order and placing each in its customer's bucket leaves every bucket
    // in increasing period order; a customer's repeated period lands on its bucket's last entry.
    int[] fill = customerStart.clone();
    int[] filled = new int[customers];
    int[] period = new int[n];
    for (int p = 0; p < span; p++) {
      for (int i = periodStart[p]; i < periodStart[p + 1]; i++) {
        int c = customerByPeriod[i];
        int last = fill[c] - 1;
        if (fill[c] > customerStart[c] && period[last] == p + min) {
          continue;
        }
        period[fill[c]++] = p + min;
        filled[c]++;
      }
    }
    int[] offset = new int[customers + 1];
    int[] compact = new int[Math.toIntExact(sum(filled))];
    for (int c = 0; c < customers; c++) {
      System.arraycopy(period, customerStart[c], compact, offset[c], filled[c]);
      offset[c + 1] = offset[c] + filled[c];
    }
    return new ActiveMonths(offset, compact);
  }

  private static boolean isActive(OrderFacts facts, int row) {
    return facts.isPositive(row) && facts.customer(row) != OrderFacts.GUEST;
  }

  private static long sum(int[] values) {
    long total = 0;
    for (int v : values) {
      total += v;
    }
    return total;
  }

  /** @return the number of customers indexed (active or not) */
  int customers() {
    return offset.length - 1;
  }
}
