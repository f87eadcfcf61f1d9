package dev.kpikit.metrics;

/**
 * Each customer's spans of continuous activity: its spells merged where they overlap or touch (a
 * spell starting on or before the day another one ends continues it, as a plan change does). Spans
 * of one customer are disjoint, ordered, and separated by at least one inactive day, so a customer
 * is active on day d in at most one span and "a customer leaves" is the end of a span.
 *
 * <p>Span {@code i} covers days {@code [startDay[i], endDay[i])}; it is active on the last day of
 * period p exactly when {@code startPeriod[i] <= p < endPeriod[i]}.
 */
final class ActiveSpans {
  /** Customer {@code c}'s spans are {@code [offset[c], offset[c + 1])}. */
  final int[] offset;
  final int[] startDay;
  /** First inactive day, or {@link CustomerSpells#OPEN}. */
  final int[] endDay;
  final int[] startPeriod;
  /** Period of the end day, or {@code lastPeriod + 1} when open. */
  final int[] endPeriod;

  private ActiveSpans(int customers, int capacity) {
    offset = new int[customers + 1];
    startDay = new int[capacity];
    endDay = new int[capacity];
    startPeriod = new int[capacity];
    endPeriod = new int[capacity];
  }

  /**
   * @param spells indexed spells (ordered by customer, then start)
   * @return the merged spans of every customer
   */
  static ActiveSpans of(CustomerSpells spells) {
    ActiveSpans out = new ActiveSpans(spells.customers, spells.row.length);
    int n = 0;
    for (int c = 0; c < spells.customers; c++) {
      int k = spells.offset[c];
      int end = spells.offset[c + 1];
      while (k < end) {
        out.startDay[n] = spells.startDay[k];
        out.startPeriod[n] = spells.startPeriod[k];
        out.endDay[n] = spells.endDay[k];
        out.endPeriod[n] = spells.endPeriod[k];
        for (k++; k < end && spells.startDay[k] <= out.endDay[n]; k++) {
          if (spells.endDay[k] > out.endDay[n]) {
            out.endDay[n] = spells.endDay[k];
            out.endPeriod[n] = spells.endPeriod[k];
          }
        }
        n++;
      }
      out.offset[c + 1] = n;
    }
    return out;
  }

  /** @return true when span {@code i} is still active on {@code asOf} */
  boolean isOpen(int i) {
    return endDay[i] == CustomerSpells.OPEN;
  }
}
