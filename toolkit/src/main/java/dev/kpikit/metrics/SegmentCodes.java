package dev.kpikit.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Int codes for the values of a split dimension ({@code by}), shared by every input table of a
 * metric, so aggregation runs on int arrays. A missing or blank value is the segment {@value
 * #MISSING}. Without a dimension there is a single segment.
 */
final class SegmentCodes {
  /** The label of rows whose dimension value is missing. */
  static final String MISSING = "(missing)";

  /** The code of a row the metric ignores (dated after {@code asOf}). */
  static final int NONE = -1;

  private final String dimension;
  private final Map<String, Integer> codes = new HashMap<>();
  private final List<String> labels = new ArrayList<>();

  /**
   * @param dimension the column to split by, or null for no split
   */
  SegmentCodes(String dimension) {
    this.dimension = dimension;
    if (dimension == null) {
      labels.add("ALL");
    }
  }

  /**
   * @return the dimension, or null when not split
   */
  String dimension() {
    return dimension;
  }

  /**
   * @return true when a dimension is set
   */
  boolean isSplit() {
    return dimension != null;
  }

  /**
   * Checks that {@code table} can be split by the dimension.
   *
   * @throws NotComputableException naming the metric and the input when the column is absent
   */
  void require(Table table, String metric, String input) {
    if (dimension != null && !table.containsColumn(dimension)) {
      throw new NotComputableException(
          metric
              + " cannot be split by "
              + dimension
              + ": "
              + input
              + " has no "
              + dimension
              + " column");
    }
  }

  /**
   * @param table a table holding the dimension column (checked with {@link #require})
   * @return the segment code of each row (all 0 when not split)
   */
  int[] codesOf(Table table) {
    return codesOf(table, null, Integer.MAX_VALUE);
  }

  /**
   * Codes of the rows dated up to a limit; later rows (ignored by the metric) get {@link #NONE} and
   * allocate no segment, so segments seen only after {@code asOf} do not appear.
   *
   * @param table a table holding the dimension column (checked with {@link #require})
   * @param dates the rows' dates, or null to code every row
   * @param lastPacked the last date kept, packed (see {@code PackedLocalDate})
   * @return the segment code of each row, {@link #NONE} for rows after the limit or undated
   */
  int[] codesOf(Table table, DateColumn dates, int lastPacked) {
    return codesOf(
        table, i -> dates == null || (!dates.isMissing(i) && dates.getIntInternal(i) <= lastPacked));
  }

  /**
   * Codes of the rows a metric keeps; the others get {@link #NONE} and allocate no segment.
   *
   * @param table a table holding the dimension column (checked with {@link #require})
   * @param kept whether the metric keeps a row
   * @return the segment code of each row, {@link #NONE} for rows not kept
   */
  int[] codesOf(Table table, IntPredicate kept) {
    int[] out = new int[table.rowCount()];
    Column<?> column = dimension == null ? null : table.column(dimension);
    for (int i = 0; i < out.length; i++) {
      if (!kept.test(i)) {
        out[i] = NONE;
      } else if (column != null) {
        out[i] = code(column.isMissing(i) ? null : column.getString(i));
      }
    }
    return out;
  }

  /**
   * @param value a dimension value, null or blank when missing
   * @return its code, allocating a new one for a new value
   */
  int code(String value) {
    String label = value == null || value.isBlank() ? MISSING : value;
    Integer c = codes.get(label);
    if (c == null) {
      c = labels.size();
      codes.put(label, c);
      labels.add(label);
    }
    return c;
  }

  /**
   * @return the number of segments seen so far
   */
  int size() {
    return labels.size();
  }

  /**
   * @return the label of a code
   */
  String label(int code) {
    return labels.get(code);
  }

  /**
   * @return the codes ordered by their labels, the order of output rows
   */
  int[] sortedCodes() {
    return IntStream.range(0, labels.size())
        .boxed()
        .sorted((a, b) -> labels.get(a).compareTo(labels.get(b)))
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
