package dev.kpikit.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * The subscription spells of a {@code customers} table, cleaned and indexed once for the
 * subscription metrics: spells grouped by customer and ordered by start date, as primitive arrays.
 *
 * <p>Cleaning, in this order: rows without {@code customer_id} or {@code start_date} are not
 * customer data and are left out; spells starting after {@code asOf} are ignored; an
 * {@code end_date} after {@code asOf} is not known yet on {@code asOf}, so the spell counts as still
 * active; a spell whose {@code end_date <= start_date} is never active on any day and is left out
 * ({@link Spells}).
 *
 * <p>With a dimension, each customer belongs to one segment: its value at {@code asOf} by {@link
 * Spells#attributeAt} (the earliest spell with a value; the same rule the order tables use for
 * a channel from {@code customers}). Segment codes follow the labels' sort order; a customer
 * without a value is labelled {@code (missing)}.
 */
final class CustomerSpells {
  /** {@link #endDay} of a spell still active on {@code asOf}. */
  static final int OPEN = Spells.OPEN;

  static final String MISSING_LABEL = "(missing)";

  final Periods periods;
  /** First period with a spell start; {@link #lastPeriod} when there is no spell. */
  final int firstPeriod;
  /** The period containing {@code asOf}. */
  final int lastPeriod;
  /** Number of customers; customer {@code c}'s spells are {@code [offset[c], offset[c + 1])}. */
  final int customers;
  final int[] offset;
  /** Per spell, ordered by customer then start: the input row. */
  final int[] row;
  /** Per spell: first active day (epoch day). */
  final int[] startDay;
  /** Per spell: first inactive day (epoch day), or {@link #OPEN}. */
  final int[] endDay;
  /** Per spell: period of the start. */
  final int[] startPeriod;
  /** Per spell: period of the end, or {@code lastPeriod + 1} when open. */
  final int[] endPeriod;
  /** Per customer: its segment code (0 without a dimension). */
  final int[] segment;
  /** Segment labels by code ({@code ALL} without a dimension). */
  final String[] segmentLabels;

  private CustomerSpells(Table spells, MetricOptions options) {
    this.periods = options.periods();
    this.lastPeriod = options.lastPeriod();
    StringColumn ids = spells.stringColumn("customer_id");
    DateColumn starts = spells.dateColumn("start_date");
    DateColumn ends = spells.containsColumn("end_date") ? spells.dateColumn("end_date") : null;
    int asOf = (int) options.asOf().toEpochDay();
    int n = spells.rowCount();
    int[] customerOfRow = new int[n];
    int[] rawStart = new int[n];
    int[] rawEnd = new int[n];
    Map<String, Integer> codes = new HashMap<>();
    int kept = 0;
    int[] keptRows = new int[n];
    for (int i = 0; i < n; i++) {
      String id = ids.get(i);
      if (id.isEmpty() || starts.isMissing(i)) {
        continue;
      }
      int s = (int) PackedLocalDate.toEpochDay(starts.getIntInternal(i));
      int e = ends == null || ends.isMissing(i) ? OPEN : (int) PackedLocalDate.toEpochDay(ends.getIntInternal(i));
      if (e > asOf) {
        e = OPEN;
      }
      if (s > asOf || !Spells.everActive(s, e)) {
        continue;
      }
      Integer code = codes.get(id);
      if (code == null) {
        code = codes.size();
        codes.put(id, code);
      }
      customerOfRow[kept] = code;
      rawStart[kept] = s;
      rawEnd[kept] = e;
      keptRows[kept++] = i;
    }
    this.customers = codes.size();
    this.offset = new int[customers + 1];
    int[] order = groupByCustomer(customerOfRow, rawStart, kept);
    this.row = new int[kept];
    this.startDay = new int[kept];
    this.endDay = new int[kept];
    this.startPeriod = new int[kept];
    this.endPeriod = new int[kept];
    int first = lastPeriod;
    for (int k = 0; k < kept; k++) {
      int j = order[k];
      row[k] = keptRows[j];
      startDay[k] = rawStart[j];
      endDay[k] = rawEnd[j];
      startPeriod[k] = periods.indexOfPacked(starts.getIntInternal(row[k]));
      endPeriod[k] = endDay[k] == OPEN ? lastPeriod + 1 : periods.indexOfPacked(ends.getIntInternal(row[k]));
      first = Math.min(first, startPeriod[k]);
    }
    this.firstPeriod = first;
    this.segment = new int[customers];
    this.segmentLabels = segments(spells, options);
  }

  /**
   * Cleans and indexes the spells.
   *
   * @param spells the customers table (spell shape)
   * @param options grain, asOf and dimension
   * @param metric the output table's name, for error messages
   * @return the indexed spells
   * @throws NotComputableException when the dimension column is absent
   */
  static CustomerSpells of(Table spells, MetricOptions options, String metric) {
    requireDimension(spells, options.by(), metric);
    return new CustomerSpells(spells, options);
  }

  /**
   * @param customers a customers table
   * @param by a dimension column, or null
   * @param metric the output table's name, for the message
   * @throws NotComputableException when {@code by} is not null and the table lacks it
   */
  static void requireDimension(Table customers, String by, String metric) {
    if (by != null && !customers.containsColumn(by)) {
      throw new NotComputableException(
          metric + " cannot be split by " + by + ": customers has no " + by + " column");
    }
  }

  /** Number of periods from {@link #firstPeriod} to {@link #lastPeriod}, 0 without spells. */
  int periodCount() {
    return row.length == 0 ? 0 : lastPeriod - firstPeriod + 1;
  }

  /**
   * Orders the kept spells by customer code (counting sort, stable) and, within a customer, by
   * start day (insertion sort: customers have few spells). Fills {@link #offset}.
   */
  private int[] groupByCustomer(int[] customerOf, int[] start, int kept) {
    for (int k = 0; k < kept; k++) {
      offset[customerOf[k] + 1]++;
    }
    for (int c = 0; c < customers; c++) {
      offset[c + 1] += offset[c];
    }
    int[] next = Arrays.copyOf(offset, customers);
    int[] order = new int[kept];
    for (int k = 0; k < kept; k++) {
      order[next[customerOf[k]]++] = k;
    }
    for (int c = 0; c < customers; c++) {
      for (int i = offset[c] + 1; i < offset[c + 1]; i++) {
        int v = order[i];
        int j = i - 1;
        while (j >= offset[c] && start[order[j]] > start[v]) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = v;
      }
    }
    return order;
  }

  /** Assigns each customer its segment at {@code asOf}; returns the sorted labels. */
  private String[] segments(Table spells, MetricOptions options) {
    if (options.by() == null) {
      return new String[] {"ALL"};
    }
    Map<String, String> valueOf = Spells.attributeAt(spells, options.by(), options.asOf());
    StringColumn ids = spells.stringColumn("customer_id");
    String[] labelOf = new String[customers];
    for (int c = 0; c < customers; c++) {
      labelOf[c] = valueOf.getOrDefault(ids.get(row[offset[c]]), MISSING_LABEL);
    }
    String[] labels = Arrays.stream(labelOf).distinct().sorted().toArray(String[]::new);
    Map<String, Integer> codeOf = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      codeOf.put(labels[i], i);
    }
    for (int c = 0; c < customers; c++) {
      segment[c] = codeOf.get(labelOf[c]);
    }
    return labels;
  }

  /**
   * @param spells the customers table
   * @return each spell's mrr in spell order, missing MRR as 0
   * @throws NotComputableException when the table has no {@code mrr} column
   */
  double[] mrr(Table spells) {
    if (!spells.containsColumn("mrr")) {
      throw new NotComputableException(
          "mrr_movements cannot be computed: customers has no mrr column");
    }
    DoubleColumn column = spells.doubleColumn("mrr");
    double[] out = new double[row.length];
    for (int k = 0; k < out.length; k++) {
      double v = column.getDouble(row[k]);
      out[k] = Double.isNaN(v) ? 0 : v;
    }
    return out;
  }
}
