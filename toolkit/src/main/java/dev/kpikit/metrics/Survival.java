package dev.kpikit.metrics;

import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Customer survival curves (Kaplan–Meier), the {@code survival} table of DESIGN §5, and the median
 * customer lifetime.
 *
 * <p>The estimate matches R's {@code survival::survfit(Surv(time, event) ~ segment)} with its
 * defaults: one row per distinct time with events or censorings in a segment; {@code at_risk} =
 * customers observed at least that long; {@code survival} {@code S(t) = Π (1 - d_i / n_i)} over event
 * times {@code t_i <= t}; Greenwood standard error of log S; 95 % interval {@code S · exp(±1.96 · se)} (log
 * transform, {@code conf.type = "log"}), capped to [0, 1]; where S reaches 0 both bounds are missing
 * (R gives NA there).
 *
 * <p>{@code segment} is {@code ALL} without a dimension, else the dimension's value ({@code
 * (missing)} when empty). With a dimension the table holds one curve per segment and no {@code ALL}
 * curve (call again without the dimension for it), so every row belongs to exactly one partition of
 * the customers, as in R's stratified fit. Rows are sorted by segment, then time.
 *
 * @since 0.1.0
 */
public final class Survival {
  /** The output table's name. */
  public static final String TABLE = "survival";

  private Survival() {}

  /**
   * The {@code survival} table of a {@code customers} table of either shape: spells (time in days,
   * see {@link #fromSpells}) when it has a {@code start_date} column, else tenure (time in months,
   * see {@link #fromTenure}).
   *
   * @param customers the {@code customers} table in spell or tenure shape
   * @param options {@code asOf} (spells only) and optional dimension; the grain is not used
   * @return the {@code survival} table
   * @throws NotComputableException when {@code options.by()} names a column the table lacks, or a
   *     tenure is negative
   * @since 0.2.0
   */
  public static Table table(Table customers, MetricOptions options) {
    return customers.containsColumn("start_date")
        ? spells(customers, options)
        : tenure(customers, options.by());
  }

  /**
   * Survival of subscription spells, time in days.
   *
   * <p>Each customer's spells that overlap or touch form one lifetime (a plan change is not an end;
   * DESIGN §4 speaks of spells, which is the same when spells never touch). A lifetime that starts
   * on or before {@code asOf} and whose end date (first inactive day) is on or before {@code asOf}
   * is an event at {@code end - start} days; any other is censored at {@code asOf - start} days. A
   * customer who came back after a gap contributes one lifetime per return. Rows without {@code
   * customer_id} are ignored; with {@code by}, a customer's segment is the dimension value of its
   * first spell.
   *
   * @param spells the {@code customers} table in spell shape
   * @param options {@code asOf} and optional dimension (the grain is not used)
   * @return the {@code survival} table (time in days); no rows without spells
   * @throws NotComputableException when {@code options.by()} names a column the table lacks
   * @since 0.1.0
   * @deprecated since 0.2.0, for removal in 1.0: use {@link #table(Table, MetricOptions)}, which
   *     reads the shape from the columns (one verb for every metric family)
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table fromSpells(Table spells, MetricOptions options) {
    return spells(spells, options);
  }

  static Table spells(Table spells, MetricOptions options) {
    CustomerSpells indexed = CustomerSpells.of(spells, options, TABLE);
    ActiveSpans spans = ActiveSpans.of(indexed);
    int n = spans.offset[indexed.customers];
    int[] segment = new int[n];
    int[] time = new int[n];
    boolean[] event = new boolean[n];
    int asOf = (int) options.asOf().toEpochDay();
    for (int c = 0; c < indexed.customers; c++) {
      for (int i = spans.offset[c]; i < spans.offset[c + 1]; i++) {
        segment[i] = indexed.segment[c];
        event[i] = !spans.isOpen(i);
        time[i] = (event[i] ? spans.endDay[i] : asOf) - spans.startDay[i];
      }
    }
    return KaplanMeier.estimate(segment, time, event, n, indexed.segmentLabels);
  }

  /**
   * Survival of customers in tenure shape (e.g. IBM Telco), time in months: each customer is an
   * event at {@code tenure} when {@code churned}, else censored at {@code tenure}. Rows without
   * {@code customer_id}, tenure or churned flag are ignored. There are no dates, so there is no
   * {@code asOf}.
   *
   * @param tenure the {@code customers} table in tenure shape (customer_id, tenure, churned)
   * @param by a dimension column (e.g. {@code contract}), or null
   * @return the {@code survival} table (time in months); no rows for an empty table
   * @throws NotComputableException when {@code by} names a column the table lacks, or a tenure
   *     is negative
   * @since 0.1.0
   * @deprecated since 0.2.0, for removal in 1.0: use {@link #table(Table, MetricOptions)}, which
   *     reads the shape from the columns (one verb and {@code MetricOptions} for every family)
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table fromTenure(Table tenure, String by) {
    return tenure(tenure, by);
  }

  static Table tenure(Table tenure, String by) {
    TenureRows rows = TenureRows.of(tenure, by, TABLE);
    return KaplanMeier.estimate(rows.segment, rows.tenure, rows.churned, rows.count, rows.labels);
  }

  /**
   * The {@code survival} table from event and censoring counts already aggregated per segment and
   * time, e.g. by a cluster: the Kaplan–Meier product, Greenwood's standard error and the 95 %
   * interval are those of {@link #table(Table, MetricOptions)}, so both give the same table for the
   * same observations.
   *
   * @param counts columns {@code segment} (text), {@code time}, {@code events} and {@code censored}
   *     (whole numbers, any numeric column type); one or more rows per (segment, time) in any order
   *     (repeated pairs are added up); times {@code >= 0}, counts {@code >= 0}
   * @return the {@code survival} table, sorted by segment (natural text order) then time; no rows
   *     for an empty {@code counts}
   * @since 0.3.0
   */
  public static Table fromCounts(Table counts) {
    StringColumn segments = counts.stringColumn("segment");
    NumericColumn<?> times = counts.numberColumn("time");
    NumericColumn<?> events = counts.numberColumn("events");
    NumericColumn<?> censored = counts.numberColumn("censored");
    TreeMap<String, TreeMap<Integer, int[]>> grouped = new TreeMap<>();
    for (int r = 0; r < counts.rowCount(); r++) {
      int[] cell = grouped.computeIfAbsent(segments.get(r), k -> new TreeMap<>())
          .computeIfAbsent(whole(times, r), k -> new int[2]);
      cell[0] += whole(events, r);
      cell[1] += whole(censored, r);
    }
    int n = grouped.values().stream().mapToInt(TreeMap::size).sum();
    int[] segment = new int[n];
    int[] time = new int[n];
    int[] d = new int[n];
    int[] c = new int[n];
    String[] labels = grouped.keySet().toArray(String[]::new);
    int g = 0;
    for (int code = 0; code < labels.length; code++) {
      for (Map.Entry<Integer, int[]> e : grouped.get(labels[code]).entrySet()) {
        segment[g] = code;
        time[g] = e.getKey();
        d[g] = e.getValue()[0];
        c[g++] = e.getValue()[1];
      }
    }
    return KaplanMeier.fromCounts(segment, time, d, c, n, labels);
  }

  private static int whole(NumericColumn<?> column, int row) {
    double v = column.getDouble(row);
    if (v != Math.rint(v) || v < 0) {
      throw new IllegalArgumentException(column.name() + " row " + row + ": not a count: " + v);
    }
    return Math.toIntExact((long) v);
  }

  /**
   * The median lifetime per segment: the smallest time t with {@code S(t) <= 0.5}, in the survival table's
   * time unit (days from spells, months from tenure). Missing (NaN) when the curve never falls to
   * 0.5. Note that R's {@code print.survfit} reports the midpoint instead when S is exactly 0.5
   * over an interval; this follows DESIGN §4.
   *
   * @param survival a table made by this class
   * @return columns segment, median_lifetime (DoubleColumn), one row per segment in table order
   * @since 0.1.0
   */
  public static Table medianLifetime(Table survival) {
    StringColumn segments = survival.stringColumn("segment");
    NumericColumn<?> times = survival.numberColumn("time");
    NumericColumn<?> curve = survival.numberColumn("survival");
    StringColumn segment = StringColumn.create("segment");
    DoubleColumn median = DoubleColumn.create("median_lifetime");
    for (int r = 0; r < survival.rowCount(); r++) {
      if (r == 0 || !segments.get(r).equals(segments.get(r - 1))) {
        segment.append(segments.get(r));
        median.append(Double.NaN);
      }
      int last = median.size() - 1;
      if (median.isMissing(last) && curve.getDouble(r) <= 0.5) {
        median.set(last, times.getDouble(r));
      }
    }
    return Table.create("median_lifetime", segment, median);
  }
}
