package dev.kpikit.metrics;

import java.util.Arrays;

/**
 * Per customer, the sorted distinct periods in which it is active (has a row with amount &gt; 0),
 * from an {@link OrderFacts} index: customer {@code c}'s periods are {@code period[offset[c]] ..
 * period[offset[c + 1] - 1]}, increasing. Guest rows are left out. Built by sorting one packed
 * {@code long} per positive row, so it costs one sort and no per-row objects.
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

  static ActiveMonths of(OrderFacts facts) {
    int customers = facts.customerCount();
    long span = Math.max(1, facts.periodCount());
    long[] keys = new long[facts.rowCount()];
    int n = 0;
    for (int r = 0; r < facts.rowCount(); r++) {
      if (facts.isPositive(r) && facts.customer(r) != OrderFacts.GUEST) {
        keys[n++] = facts.customer(r) * span + (facts.period(r) - facts.minPeriod());
      }
    }
    Arrays.sort(keys, 0, n);
    int[] offset = new int[customers + 1];
    int[] period = new int[n];
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && keys[i] == keys[i - 1]) {
        continue;
      }
      int customer = (int) (keys[i] / span);
      period[distinct++] = (int) (keys[i] % span) + facts.minPeriod();
      offset[customer + 1]++;
    }
    for (int c = 0; c < customers; c++) {
      offset[c + 1] += offset[c];
    }
    return new ActiveMonths(offset, Arrays.copyOf(period, distinct));
  }

  /** @return the number of customers indexed (active or not) */
  int customers() {
    return offset.length - 1;
  }
}
