package dev.kpikit.metrics;

import java.util.Arrays;

/**
 * Helpers for the "panel" rule shared by the orders tables: each group (a dimension value, a
 * channel) gets a row for every period from its own first period with data to the period of
 * {@code asOf}.
 */
final class PeriodPanel {
  /** The first period of a group that never has data: after every real period. */
  static final int NEVER = Integer.MAX_VALUE;

  private PeriodPanel() {}

  /** @return {@code groups} first-period slots, all {@link #NEVER} */
  static int[] firstPeriods(int groups) {
    int[] first = new int[groups];
    Arrays.fill(first, NEVER);
    return first;
  }
}
