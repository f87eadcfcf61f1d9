package dev.kpikit.load;

import dev.kpikit.load.parse.DateParser;
import dev.kpikit.load.parse.MoneyParser;
import dev.kpikit.load.parse.NumberParser;
import dev.kpikit.load.parse.PercentParser;
import dev.kpikit.schema.CanonicalColumn;
import tech.tablesaw.columns.Column;

/**
 * One typed column of a dataset being loaded: the {@link ColumnBatch}es of its files and chunks are
 * appended in file order, and the Tablesaw column is built once at the end from primitive arrays.
 */
abstract class ColumnSink {
  private final String name;

  ColumnSink(String name) {
    this.name = name;
  }

  /** @return the column name */
  final String name() {
    return name;
  }

  /**
   * @param expectedRows about how many rows the run will hold (the previous run's count), so its
   *     arrays are allocated once; 0 when unknown
   * @return an empty batch for a run of rows of this column
   */
  abstract ColumnBatch newBatch(int expectedRows);

  /** Appends the committed rows of {@code batch}, which came from {@link #newBatch(int)}. */
  abstract void append(ColumnBatch batch);

  /**
   * Makes room for about {@code rows} more rows, so the column's arrays grow once instead of step by
   * step as batches are appended (each step a copy, and on a large column a garbage array the size
   * of the column). Only a hint: fewer or more rows may follow.
   */
  abstract void reserve(long rows);

  /** @return {@code size + rows} as an array capacity, capped at the largest array */
  static int capacity(int size, long rows) {
    return (int) Math.min(Integer.MAX_VALUE - 8, size + Math.max(0, rows));
  }

  /** Appends {@code rows} missing values (rows of files without this column). */
  abstract void appendMissing(long rows);

  /** @return the column of every row appended so far */
  abstract Column<?> column();

  /** Creates the sink for a typed column under the given load options. */
  static ColumnSink of(CanonicalColumn c, LoadOptions o, String datePattern, boolean numericIds) {
    String name = c.name();
    char decimal = o.decimalSeparator();
    return switch (c.type()) {
      case ID -> new TextSink(name, numericIds);
      case TEXT -> new TextSink(name, false);
      case DATE, PERIOD -> new DateSink(
          name, DateParser.of(datePattern, o.zone()), endShift(name, o), c.type());
      case MONEY -> new DoubleSink(name, new MoneyParser(decimal)::parseValue, decimal, true);
      case NUMBER -> new DoubleSink(name, new NumberParser(decimal)::parseValue, decimal, true);
      case PERCENT -> new DoubleSink(name, new PercentParser(decimal)::parseValue, decimal, false);
      case INTEGER -> new IntSink(name);
      case BOOLEAN -> new BooleanSink(name);
    };
  }

  private static int endShift(String column, LoadOptions o) {
    boolean isEnd = column.equals("end_date") || column.equals("termination_date");
    return isEnd && o.endIsLastActiveDay() ? 1 : 0;
  }
}
