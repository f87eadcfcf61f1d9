package dev.kpikit.report.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/** Reads metric table columns as plain values, whatever their Tablesaw type. */
final class Columns {
  private Columns() {}

  /** @return true when the table has every named column */
  static boolean has(Table t, String... names) {
    for (String n : names) {
      if (!t.containsColumn(n)) {
        return false;
      }
    }
    return true;
  }

  /** @return the column's values as text; missing values are null */
  static List<String> text(Table t, String name) {
    Column<?> c = t.column(name);
    List<String> out = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      out.add(c.isMissing(i) ? null : c.getString(i));
    }
    return out;
  }

  /** @return the column's values as doubles; missing values (or a text column) are NaN */
  static double[] numbers(Table t, String name) {
    double[] out = new double[t.rowCount()];
    if (!t.containsColumn(name)) {
      java.util.Arrays.fill(out, Double.NaN);
      return out;
    }
    Column<?> c = t.column(name);
    for (int i = 0; i < out.length; i++) {
      out[i] = c instanceof NumericColumn<?> n && !n.isMissing(i) ? n.getDouble(i) : Double.NaN;
    }
    return out;
  }

  /** @return the distinct non-missing values of a column, in order of first appearance */
  static List<String> distinct(Table t, String name) {
    Set<String> seen = new LinkedHashSet<>();
    for (String v : text(t, name)) {
      if (v != null) {
        seen.add(v);
      }
    }
    return List.copyOf(seen);
  }

  /** @return the rows whose column equals {@code value} (text comparison), as a new table */
  static Table rowsWhere(Table t, String name, String value) {
    List<String> values = text(t, name);
    Selection keep = new BitmapBackedSelection();
    for (int i = 0; i < values.size(); i++) {
      if (value.equals(values.get(i))) {
        keep.add(i);
      }
    }
    return t.where(keep);
  }
}
