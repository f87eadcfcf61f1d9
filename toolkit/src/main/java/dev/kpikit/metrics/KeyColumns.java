package dev.kpikit.metrics;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The leading label columns of an output table: the period (or cohort) column and, when the metric
 * is split, the dimension column right after it.
 */
final class KeyColumns {
  private final StringColumn period;
  private final StringColumn dimension;

  /**
   * @param periodName the period column's name, e.g. {@code month} or {@code cohort}
   * @param dimensionName the dimension column's name, or null when not split
   */
  KeyColumns(String periodName, String dimensionName) {
    period = StringColumn.create(periodName);
    dimension = dimensionName == null ? null : StringColumn.create(dimensionName);
  }

  /** Appends one row's keys; {@code dimensionLabel} is ignored when not split. */
  void append(String periodLabel, String dimensionLabel) {
    period.append(periodLabel);
    if (dimension != null) {
      dimension.append(dimensionLabel);
    }
  }

  /** @return a new table named {@code name} with the key columns followed by {@code values} */
  Table table(String name, Column<?>... values) {
    Table t = Table.create(name, period);
    if (dimension != null) {
      t.addColumns(dimension);
    }
    return t.addColumns(values);
  }
}
