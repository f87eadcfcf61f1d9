package dev.kpikit.metrics;

import java.time.LocalDate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Small canonical tables written inline as comma-separated rows, typed like the loaders' output:
 * {@code order_date} and {@code period} are dates, {@code amount}, {@code cost} and {@code spend}
 * are doubles (empty = missing), everything else is text (empty = missing).
 */
final class InlineTable {
  private InlineTable() {}

  static Table of(String name, String header, String... rows) {
    String[] names = header.split(",");
    Table t = Table.create(name);
    for (String column : names) {
      t.addColumns(column(column));
    }
    for (String row : rows) {
      String[] f = row.split(",", -1);
      for (int c = 0; c < names.length; c++) {
        Column<?> col = t.column(c);
        if (col instanceof DateColumn d) {
          d.append(LocalDate.parse(f[c]));
        } else if (col instanceof DoubleColumn d) {
          d.append(f[c].isEmpty() ? Double.NaN : Double.parseDouble(f[c]));
        } else {
          ((StringColumn) col).append(f[c]);
        }
      }
    }
    return t;
  }

  private static Column<?> column(String name) {
    return switch (name) {
      case "order_date", "period" -> DateColumn.create(name);
      case "amount", "cost", "spend" -> DoubleColumn.create(name);
      default -> StringColumn.create(name);
    };
  }

  /** Orders with order_id, order_date, amount, customer_id (empty = guest) and channel. */
  static Table orders(String... rows) {
    return of("orders", "order_id,order_date,amount,customer_id,channel", rows);
  }
}
