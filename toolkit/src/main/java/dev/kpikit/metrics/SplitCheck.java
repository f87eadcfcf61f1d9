package dev.kpikit.metrics;

import tech.tablesaw.api.Table;

/** Checks that an input table can be split by the requested dimension. */
final class SplitCheck {
  private SplitCheck() {}

  /**
   * @param metricTable the metric table being computed, e.g. {@code revenue_monthly}
   * @param input the input table
   * @param inputName the input's dataset name, e.g. {@code orders}
   * @param by the dimension, or null for none
   * @throws NotComputableException when {@code input} has no column {@code by}
   */
  static void require(String metricTable, Table input, String inputName, String by) {
    require(metricTable, input.columnNames(), inputName, by);
  }

  /**
   * As {@link #require(String, Table, String, String)}, for an input known by its column names
   * (e.g. kept on a cluster).
   */
  static void require(String metricTable, java.util.Collection<String> columns, String inputName, String by) {
    if (by != null && !columns.contains(by)) {
      throw new NotComputableException(
          metricTable + " cannot be split by " + by + ": " + inputName + " has no " + by + " column");
    }
  }

  /**
   * @throws NotComputableException when {@code input} lacks a required column
   */
  static void requireColumns(Table input, String inputName, String... columns) {
    for (String column : columns) {
      if (!input.containsColumn(column)) {
        throw new NotComputableException(
            inputName + " has no " + column + " column; found " + input.columnNames());
      }
    }
  }
}
