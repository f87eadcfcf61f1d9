package dev.kpikit.metrics;

import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The Kaplan–Meier estimator over observed durations, per segment, computed exactly as R's {@code
 * survival::survfit} does by default: one row per distinct time with events or censorings; at_risk
 * = durations {@code >= time}; {@code S(t) = Π (1 - d_i / n_i)}; Greenwood's standard error of
 * log S, {@code se = sqrt(Σ d_i / (n_i (n_i - d_i)))}; the 95 % interval with the log transform
 * ({@code conf.type = "log"}): {@code S exp(±z se)} with {@code z = qnorm(0.975)}, the upper bound
 * capped at 1, both bounds missing where S = 0 (R gives NA there).
 */
final class KaplanMeier {
  /** {@code qnorm(0.975)}, the normal quantile R uses for a 95 % interval. */
  static final double Z_95 = 1.959963984540054;

  private KaplanMeier() {}

  /**
   * @param segment segment code per duration
   * @param time duration per observation, {@code >= 0}
   * @param event true when the observation ended with the event, false when censored
   * @param count how many observations of the arrays to use
   * @param labels segment labels by code (sorted)
   * @return the {@code survival} table, sorted by segment then time
   */
  static Table estimate(int[] segment, int[] time, boolean[] event, int count, String[] labels) {
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      keys[i] = ((long) segment[i] << 33) | ((long) time[i] << 1) | (event[i] ? 1 : 0);
    }
    Arrays.sort(keys);
    // one group per distinct (segment, time), in segment then time order
    int[] groupSegment = new int[count];
    int[] groupTime = new int[count];
    int[] events = new int[count];
    int[] censored = new int[count];
    int groups = 0;
    for (int i = 0; i < count; ) {
      long key = keys[i] >>> 1;
      groupSegment[groups] = (int) (keys[i] >>> 33);
      groupTime[groups] = (int) (key & 0xFFFFFFFFL);
      for (; i < count && keys[i] >>> 1 == key; i++) {
        if ((keys[i] & 1) == 1) {
          events[groups]++;
        } else {
          censored[groups]++;
        }
      }
      groups++;
    }
    return fromCounts(groupSegment, groupTime, events, censored, groups, labels);
  }

  /**
   * The estimate from counts already grouped by (segment, time), as a cluster aggregates them: the
   * product, Greenwood's variance and the interval are computed here for both engines.
   *
   * @param segment segment code per group, non-decreasing
   * @param time time per group, increasing within a segment ({@code >= 0})
   * @param events events observed at that time in that segment
   * @param censored observations censored at that time in that segment
   * @param groups how many groups of the arrays to use
   * @param labels segment labels by code (sorted)
   * @return the {@code survival} table, sorted by segment then time
   */
  static Table fromCounts(int[] segment, int[] time, int[] events, int[] censored, int groups, String[] labels) {
    int[] perSegment = new int[labels.length];
    for (int g = 0; g < groups; g++) {
      perSegment[segment[g]] += events[g] + censored[g];
    }
    Columns out = new Columns();
    int g = 0;
    while (g < groups) {
      int seg = segment[g];
      int atRisk = perSegment[seg];
      double survival = 1;
      double greenwood = 0;
      for (; g < groups && segment[g] == seg; g++) {
        int d = events[g];
        survival *= (atRisk - d) / (double) atRisk;
        greenwood += d / ((double) atRisk * (atRisk - d));
        out.add(labels[seg], time[g], atRisk, d, censored[g], survival, greenwood);
        atRisk -= d + censored[g];
      }
    }
    return out.table();
  }

  /** Growable output columns. */
  private static final class Columns {
    final StringColumn segment = StringColumn.create("segment");
    final IntColumn time = IntColumn.create("time");
    final IntColumn atRisk = IntColumn.create("at_risk");
    final IntColumn events = IntColumn.create("events");
    final IntColumn censored = IntColumn.create("censored");
    final DoubleColumn survival = DoubleColumn.create("survival");
    final DoubleColumn lower = DoubleColumn.create("ci_lower");
    final DoubleColumn upper = DoubleColumn.create("ci_upper");

    void add(String seg, int t, int n, int d, int c, double s, double greenwood) {
      segment.append(seg);
      time.append(t);
      atRisk.append(n);
      events.append(d);
      censored.append(c);
      survival.append(s);
      double se = Math.sqrt(greenwood);
      lower.append(s == 0 ? Double.NaN : s * Math.exp(-Z_95 * se));
      upper.append(s == 0 ? Double.NaN : Math.min(1, s * Math.exp(Z_95 * se)));
    }

    Table table() {
      return Table.create(Survival.TABLE, segment, time, atRisk, events, censored, survival, lower, upper);
    }
  }
}
