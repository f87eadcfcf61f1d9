package dev.kpikit.io;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.api.NumericColumn;

/**
 * Writes a Tablesaw table as CSV the way kpikit's outputs promise (DESIGN §5): a header of the
 * column names, numbers with {@code .} as decimal point, no thousands separators and no exponent
 * ({@code 1234567.5}, {@code 0.25}, {@code 12}), missing values as empty fields, dates ISO.
 *
 * <p>Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, TAB or
 * CR) are written with a leading apostrophe, which spreadsheets display as text; numbers are never
 * changed. The output is identical for identical tables (byte for byte).
 *
 * @since 0.1.0
 */
public final class TableCsv {
  private TableCsv() {}

  /**
   * @param table the table
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   * @throws IllegalStateException when a number is infinite: metrics never produce one, so this is
   *     a bug
   */
  public static void write(Table table, Writer out) throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row(table.columnNames().toArray(String[]::new));
    int cols = table.columnCount();
    for (int r = 0; r < table.rowCount(); r++) {
      for (int c = 0; c < cols; c++) {
        csv.field(cell(table.column(c), r));
      }
      csv.endRow();
    }
    csv.flush();
  }

  /**
   * The text of one cell as it appears in kpikit's CSV outputs.
   *
   * @param column a column
   * @param row a row index
   * @return the text, or null for a missing value
   */
  public static String cell(Column<?> column, int row) {
    if (column.isMissing(row)) {
      return null;
    }
    if (column instanceof NumericColumn<?> n) {
      return number(n.getDouble(row));
    }
    return neutralizeFormula(column.getString(row));
  }

  /**
   * @param value a number
   * @return its plain decimal text ({@code 12}, {@code 0.25}, {@code -1234567.5}), or null for NaN
   */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return null;
    }
    if (Double.isInfinite(value)) {
      throw new IllegalStateException("an infinite value reached an output: this is a kpikit bug");
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * @param text a text cell
   * @return the text, prefixed with an apostrophe when a spreadsheet would read it as a formula
   */
  public static String neutralizeFormula(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char c = text.charAt(0);
    boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    return risky && !isNumber(text) ? "'" + text : text;
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
