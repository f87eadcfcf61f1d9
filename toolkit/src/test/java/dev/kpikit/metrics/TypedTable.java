package dev.kpikit.metrics;

import java.time.LocalDate;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Small typed tables written inline, one line per row, for hand-checked fixtures. The header names
 * each column with its type: {@code name:D} date, {@code :S} text, {@code :N} number (double),
 * {@code :I} integer, {@code :B} boolean ({@code true}/{@code false}). An empty field is missing.
 *
 * <pre>{@code
 * TypedTable.of("inventory", "date:D, sku:S, units_on_hand:N, unit_cost:N",
 *     "2024-01-31, A, 10, 2.5")
 * }</pre>
 */
final class TypedTable {
  private TypedTable() {}

  static Table of(String name, String header, String... rows) {
    String[] specs = header.split(",");
    Column<?>[] columns = new Column<?>[specs.length];
    for (int c = 0; c < specs.length; c++) {
      String[] nameAndType = specs[c].trim().split(":");
      columns[c] = column(nameAndType[0], nameAndType[1]);
    }
    for (String row : rows) {
      String[] fields = row.split(",", -1);
      if (fields.length != columns.length) {
        throw new IllegalArgumentException("expected " + columns.length + " fields: " + row);
      }
      for (int c = 0; c < columns.length; c++) {
        append(columns[c], fields[c].trim());
      }
    }
    return Table.create(name, columns);
  }

  private static Column<?> column(String name, String type) {
    return switch (type) {
      case "D" -> DateColumn.create(name);
      case "S" -> StringColumn.create(name);
      case "N" -> DoubleColumn.create(name);
      case "I" -> IntColumn.create(name);
      case "B" -> BooleanColumn.create(name);
      default -> throw new IllegalArgumentException("unknown type " + type + " of " + name);
    };
  }

  private static void append(Column<?> column, String field) {
    if (field.isEmpty()) {
      column.appendMissing();
    } else if (column instanceof DateColumn d) {
      d.append(LocalDate.parse(field));
    } else if (column instanceof StringColumn s) {
      s.append(field);
    } else if (column instanceof DoubleColumn n) {
      n.append(Double.parseDouble(field));
    } else if (column instanceof IntColumn i) {
      i.append(Integer.parseInt(field));
    } else {
      ((BooleanColumn) column).append(Boolean.parseBoolean(field));
    }
  }
}
