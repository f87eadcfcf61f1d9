package dev.kpikit.metrics;

import java.time.LocalDate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Small inline spell tables for hand-checked tests. Each row is {@code "customer start end mrr
 * region"} separated by spaces, {@code -} for a missing value (a missing customer is written
 * {@code -} too).
 */
final class SpellRows {
  private SpellRows() {}

  static Table of(String... rows) {
    StringColumn ids = StringColumn.create("customer_id");
    DateColumn starts = DateColumn.create("start_date");
    DateColumn ends = DateColumn.create("end_date");
    DoubleColumn mrr = DoubleColumn.create("mrr");
    StringColumn regions = StringColumn.create("region");
    for (String row : rows) {
      String[] f = row.trim().split("\\s+");
      ids.append(f[0].equals("-") ? "" : f[0]);
      starts.append(LocalDate.parse(f[1]));
      if (f[2].equals("-")) {
        ends.appendMissing();
      } else {
        ends.append(LocalDate.parse(f[2]));
      }
      mrr.append(f[3].equals("-") ? Double.NaN : Double.parseDouble(f[3]));
      regions.append(f[4].equals("-") ? "" : f[4]);
    }
    return Table.create("customers", ids, starts, ends, mrr, regions);
  }
}
