package dev.kpikit.metrics;

import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The customers of a {@code customers} table in tenure shape (one row per customer: tenure in
 * months and a churned flag, e.g. IBM Telco) as primitive arrays. Rows without {@code customer_id},
 * tenure or churned flag are not usable customer data and are left out. With a dimension, each
 * row's segment code follows the sorted labels; a missing value is labelled {@code (missing)}.
 */
final class TenureRows {
  /** Number of usable rows; the arrays below are valid up to it. */
  final int count;
  final int[] tenure;
  final boolean[] churned;
  final int[] segment;
  /** Segment labels by code ({@code ALL} without a dimension). */
  final String[] labels;

  private TenureRows(Table table, String by) {
    StringColumn ids = table.stringColumn("customer_id");
    IntColumn tenures = table.intColumn("tenure");
    BooleanColumn flags = table.booleanColumn("churned");
    Column<?> dimension = by == null ? null : table.column(by);
    int n = table.rowCount();
    tenure = new int[n];
    churned = new boolean[n];
    segment = new int[n];
    Map<String, Integer> firstSeenCode = new HashMap<>();
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (ids.get(i).isEmpty() || tenures.isMissing(i) || flags.isMissing(i)) {
        continue;
      }
      tenure[k] = tenures.getInt(i);
      if (tenure[k] < 0) {
        throw new NotComputableException(
            "customers: tenure must be 0 or more months, got " + tenure[k] + " for customer " + ids.get(i));
      }
      churned[k] = flags.get(i);
      if (dimension != null) {
        String label = dimension.isMissing(i) ? CustomerSpells.MISSING_LABEL : dimension.getString(i);
        segment[k] = firstSeenCode.computeIfAbsent(label, l -> firstSeenCode.size());
      }
      k++;
    }
    count = k;
    labels = dimension == null ? new String[] {"ALL"} : sortCodes(firstSeenCode);
  }

  /**
   * @param table the customers table in tenure shape
   * @param by a dimension column, or null
   * @param metric the output table's name, for error messages
   * @return the usable rows
   * @throws NotComputableException when {@code by} is absent from the table or a tenure is
   *     negative
   */
  static TenureRows of(Table table, String by, String metric) {
    CustomerSpells.requireDimension(table, by, metric);
    return new TenureRows(table, by);
  }

  /** Renumbers {@link #segment} so codes follow the labels' sort order; returns the labels. */
  private String[] sortCodes(Map<String, Integer> firstSeenCode) {
    String[] sorted = firstSeenCode.keySet().stream().sorted().toArray(String[]::new);
    int[] newCode = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      newCode[firstSeenCode.get(sorted[i])] = i;
    }
    for (int i = 0; i < count; i++) {
      segment[i] = newCode[segment[i]];
    }
    return sorted;
  }
}
