package dev.kpikit.report.html;

import dev.kpikit.metrics.WilsonInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import tech.tablesaw.api.Table;

/**
 * One breakdown of a rate by the values of a column: per value, how many (customers, employees)
 * and how many with the event (churned, left, bought again), read from a metric table split by
 * the column ({@code tenure_churn}, {@code attrition}, {@code repeat_purchase_rate}), with the
 * rate's 95 % Wilson interval ({@link WilsonInterval}).
 *
 * @param column the column broken down by, e.g. {@code contract}
 * @param labels the values, in the metric table's order ({@code (other)} last when folded)
 * @param totals per value, the count of all
 * @param events per value, the count with the event
 * @param amounts per value, an amount shown beside the rate (revenue), or null
 */
record SegmentCounts(String column, List<String> labels, long[] totals, long[] events, double[] amounts) {
  /** The label of the values folded together by {@link #top(int)}. */
  static final String OTHER = "(other)";

  /**
   * Reads a metric table split by a column; its {@code ALL} row, if any, is left out.
   *
   * @param column the column
   * @param t the metric table
   * @param labelColumn its value column ({@code segment}, or the column itself)
   * @param total the count-of-all column
   * @param event the count-with-event column
   * @return the counts
   */
  static SegmentCounts of(String column, Table t, String labelColumn, String total, String event) {
    List<String> labels = new ArrayList<>();
    List<Long> n = new ArrayList<>();
    List<Long> e = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      String label = t.stringColumn(labelColumn).get(r);
      if (!"ALL".equals(label)) {
        labels.add(label);
        n.add((long) t.numberColumn(total).getDouble(r));
        e.add((long) t.numberColumn(event).getDouble(r));
      }
    }
    return new SegmentCounts(column, labels, n.stream().mapToLong(Long::longValue).toArray(),
        e.stream().mapToLong(Long::longValue).toArray(), null);
  }

  /** @return the same counts with an amount per value, aligned with the labels */
  SegmentCounts withAmounts(double[] perLabel) {
    return new SegmentCounts(column, labels, totals, events, perLabel);
  }

  /** @return the number of values */
  int size() {
    return labels.size();
  }

  /** @return per value, events / totals; NaN for a value with no one */
  double[] rates() {
    return IntStream.range(0, size())
        .mapToDouble(i -> totals[i] == 0 ? Double.NaN : (double) events[i] / totals[i]).toArray();
  }

  /** @return per value, the 95 % Wilson interval of its rate */
  WilsonInterval[] intervals() {
    return IntStream.range(0, size())
        .mapToObj(i -> WilsonInterval.of95(events[i], totals[i])).toArray(WilsonInterval[]::new);
  }

  /**
   * Keeps the {@code top} values with the largest totals (ties: the earlier value) in their
   * order, and folds the rest into one {@link #OTHER} value, last.
   *
   * @param top how many values to keep, {@code >= 1}
   * @return these counts when they have no more than {@code top} values, else the folded counts
   */
  SegmentCounts top(int top) {
    if (size() <= top) {
      return this;
    }
    Integer[] byTotal = IntStream.range(0, size()).boxed().toArray(Integer[]::new);
    Arrays.sort(byTotal, Comparator.comparingLong((Integer i) -> -totals[i]));
    boolean[] kept = new boolean[size()];
    for (int k = 0; k < top; k++) {
      kept[byTotal[k]] = true;
    }
    List<String> l = new ArrayList<>();
    long[] n = new long[top + 1];
    long[] e = new long[top + 1];
    double[] a = amounts == null ? null : new double[top + 1];
    int j = 0;
    for (int i = 0; i < size(); i++) {
      int to = kept[i] ? j++ : top;
      if (kept[i]) {
        l.add(labels.get(i));
      }
      n[to] += totals[i];
      e[to] += events[i];
      if (a != null) {
        a[to] += amounts[i];
      }
    }
    l.add(OTHER);
    return new SegmentCounts(column, l, n, e, a);
  }

  /**
   * The strength of the association between the column and the event: Cramér's V of the 2 × k
   * table (event or not by value), {@code √(χ² / N)}, from 0 (the rate is the same for every
   * value) to 1 (the value decides the event). Used to rank columns; 0 when undefined.
   *
   * @return V in [0, 1]
   */
  double cramersV() {
    long n = Arrays.stream(totals).sum();
    long e = Arrays.stream(events).sum();
    if (n == 0 || e == 0 || e == n) {
      return 0;
    }
    double p = (double) e / n;
    double chi2 = 0;
    for (int i = 0; i < size(); i++) {
      if (totals[i] > 0) {
        double expectedEvents = totals[i] * p;
        double expectedOthers = totals[i] * (1 - p);
        chi2 += Math.pow(events[i] - expectedEvents, 2) / expectedEvents
            + Math.pow(totals[i] - events[i] - expectedOthers, 2) / expectedOthers;
      }
    }
    return Math.sqrt(chi2 / n);
  }
}
