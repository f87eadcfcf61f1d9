package dev.kpikit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Builds small tables inline and compares tables cell by cell with a numeric tolerance. */
public final class Tables {
  private Tables() {}

  /** A table whose columns are doubles when every non-null value is a Number, else strings. */
  public static Table fromRows(String name, List<String> columns, List<List<Object>> rows) {
    Table t = Table.create(name);
    for (int c = 0; c < columns.size(); c++) {
      boolean numeric = true;
      for (List<Object> row : rows) {
        Object v = row.get(c);
        numeric &= v == null || v instanceof Number;
      }
      if (numeric) {
        DoubleColumn col = DoubleColumn.create(columns.get(c));
        for (List<Object> row : rows) {
          Object v = row.get(c);
          col.append(v == null ? Double.NaN : ((Number) v).doubleValue());
        }
        t.addColumns(col);
      } else {
        StringColumn col = StringColumn.create(columns.get(c));
        for (List<Object> row : rows) {
          Object v = row.get(c);
          col.append(v == null ? null : v.toString());
        }
        t.addColumns(col);
      }
    }
    return t;
  }

  /**
   * Asserts both tables have the same column names, row count and cells, in order. Numbers are
   * equal when both are missing, or when {@code |a - b| <= tolerance * max(1, |a|, |b|)} (relative
   * for large values, absolute near zero). Text compares exactly.
   *
   * @return the largest relative difference seen, for reporting
   */
  public static double assertSameCells(Table expected, Table actual, double tolerance) {
    assertEquals(expected.columnNames(), actual.columnNames(), "column names");
    assertEquals(expected.rowCount(), actual.rowCount(), "row count\nexpected:\n" + expected.print(20) + "\nactual:\n" + actual.print(20));
    double worst = 0;
    List<String> problems = new ArrayList<>();
    for (int c = 0; c < expected.columnCount(); c++) {
      Column<?> e = expected.column(c);
      Column<?> a = actual.column(c);
      for (int r = 0; r < expected.rowCount(); r++) {
        if (e instanceof NumericColumn<?> en && a instanceof NumericColumn<?> an) {
          double x = en.getDouble(r);
          double y = an.getDouble(r);
          boolean xm = en.isMissing(r) || Double.isNaN(x);
          boolean ym = an.isMissing(r) || Double.isNaN(y);
          if (xm || ym) {
            if (xm != ym) {
              problems.add(cell(e.name(), r, xm ? "missing" : x, ym ? "missing" : y));
            }
            continue;
          }
          double diff = Math.abs(x - y) / Math.max(1, Math.max(Math.abs(x), Math.abs(y)));
          worst = Math.max(worst, diff);
          if (diff > tolerance) {
            problems.add(cell(e.name(), r, x, y));
          }
        } else {
          String x = e.isMissing(r) ? null : e.getString(r);
          String y = a.isMissing(r) ? null : a.getString(r);
          if (!java.util.Objects.equals(x, y)) {
            problems.add(cell(e.name(), r, x, y));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " cells differ, first: " + problems.subList(0, Math.min(10, problems.size())));
    }
    return worst;
  }

  private static String cell(String col, int row, Object x, Object y) {
    return col + "[" + row + "]: expected " + x + " but was " + y;
  }
}
