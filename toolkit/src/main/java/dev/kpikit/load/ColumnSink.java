package dev.kpikit.load;

import dev.kpikit.load.parse.BooleanParser;
import dev.kpikit.load.parse.DateParser;
import dev.kpikit.load.parse.IntegerParser;
import dev.kpikit.load.parse.MoneyParser;
import dev.kpikit.load.parse.NumberParser;
import dev.kpikit.load.parse.PercentParser;
import dev.kpikit.schema.CanonicalColumn;
import java.time.LocalDate;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Builds one typed column row by row. A row's value is first {@linkplain #stage staged} (parsed,
 * possibly failing) and only {@linkplain #commit committed} once every column of the row has
 * parsed, so a rejected row leaves no trace.
 */
abstract class ColumnSink {
  private final Column<?> column;

  ColumnSink(Column<?> column) {
    this.column = column;
  }

  /** Parses {@code raw} (never null or blank) into the pending slot; throws ParseFailure. */
  abstract void stage(Object raw);

  /** Appends the staged value. */
  abstract void commit();

  /** Appends a missing value. */
  final void commitMissing() {
    column.appendMissing();
  }

  /** The column built so far. */
  final Column<?> column() {
    return column;
  }

  /** Creates the sink for a typed column under the given load options. */
  static ColumnSink of(CanonicalColumn c, LoadOptions o, String datePattern, boolean numericIds) {
    String name = c.name();
    return switch (c.type()) {
      case ID -> new Text(name, numericIds);
      case TEXT -> new Text(name, false);
      case DATE, PERIOD -> new Dates(
          name, DateParser.of(datePattern, o.zone()), endShift(name, o), c.type());
      case MONEY -> new Doubles(name, new MoneyParser(o.decimalSeparator())::parseValue);
      case NUMBER -> new Doubles(name, new NumberParser(o.decimalSeparator())::parseValue);
      case PERCENT -> new Doubles(name, new PercentParser(o.decimalSeparator())::parseValue);
      case INTEGER -> new Ints(name);
      case BOOLEAN -> new Booleans(name);
    };
  }

  private static int endShift(String column, LoadOptions o) {
    boolean isEnd = column.equals("end_date") || column.equals("termination_date");
    return isEnd && o.endIsLastActiveDay() ? 1 : 0;
  }

  /** Text and ids; ids may be normalised from a number written as {@code 17850.0}. */
  static final class Text extends ColumnSink {
    private final StringColumn col;
    private final boolean numericIds;
    private String pending;

    Text(String name, boolean numericIds) {
      this(StringColumn.create(name), numericIds);
    }

    private Text(StringColumn col, boolean numericIds) {
      super(col);
      this.col = col;
      this.numericIds = numericIds;
    }

    @Override
    void stage(Object raw) {
      String s = raw.toString().strip();
      pending = numericIds ? stripZeroFraction(s) : s;
    }

    @Override
    void commit() {
      col.append(pending);
    }


    private static String stripZeroFraction(String s) {
      int dot = s.indexOf('.');
      if (dot <= 0) {
        return s;
      }
      for (int i = dot + 1; i < s.length(); i++) {
        if (s.charAt(i) != '0') {
          return s;
        }
      }
      for (int i = 0; i < dot; i++) {
        if (!Character.isDigit(s.charAt(i))) {
          return s;
        }
      }
      return s.substring(0, dot);
    }
  }

  /** Dates (and periods: {@code yyyy-MM} is the month's first day), packed as Tablesaw does. */
  static final class Dates extends ColumnSink {
    private final DateColumn col;
    private final DateParser parser;
    private final int shiftDays;
    private final boolean period;
    private int pending;

    Dates(String name, DateParser parser, int shiftDays, dev.kpikit.schema.ColumnType type) {
      this(DateColumn.create(name), parser, shiftDays, type);
    }

    private Dates(DateColumn col, DateParser parser, int shiftDays, dev.kpikit.schema.ColumnType type) {
      super(col);
      this.col = col;
      this.parser = parser;
      this.shiftDays = shiftDays;
      this.period = type == dev.kpikit.schema.ColumnType.PERIOD;
    }

    DateParser parser() {
      return parser;
    }

    @Override
    void stage(Object raw) {
      LocalDate d;
      if (period && raw instanceof String s && isYearMonth(s.strip())) {
        String t = s.strip();
        d = parser.parse(t + "-01");
      } else {
        d = parser.parseValue(raw);
      }
      pending = PackedLocalDate.pack(shiftDays == 0 ? d : d.plusDays(shiftDays));
    }

    private static boolean isYearMonth(String s) {
      return s.length() == 7
          && s.charAt(4) == '-'
          && Character.isDigit(s.charAt(0))
          && Character.isDigit(s.charAt(5))
          && Character.isDigit(s.charAt(6));
    }

    @Override
    void commit() {
      col.appendInternal(pending);
    }

  }

  /** Money, numbers and percentages. */
  static final class Doubles extends ColumnSink {
    private final DoubleColumn col;
    private final ToDoubleFunction<Object> parser;
    private double pending;

    Doubles(String name, ToDoubleFunction<Object> parser) {
      this(DoubleColumn.create(name), parser);
    }

    private Doubles(DoubleColumn col, ToDoubleFunction<Object> parser) {
      super(col);
      this.col = col;
      this.parser = parser;
    }

    @Override
    void stage(Object raw) {
      pending = parser.applyAsDouble(raw);
    }

    @Override
    void commit() {
      col.append(pending);
    }

  }

  /** Whole numbers. */
  static final class Ints extends ColumnSink {
    private final IntColumn col;
    private int pending;

    Ints(String name) {
      this(IntColumn.create(name));
    }

    private Ints(IntColumn col) {
      super(col);
      this.col = col;
    }

    @Override
    void stage(Object raw) {
      pending = IntegerParser.parseValue(raw);
    }

    @Override
    void commit() {
      col.append(pending);
    }

  }

  /** Yes/no flags. */
  static final class Booleans extends ColumnSink {
    private final BooleanColumn col;
    private boolean pending;

    Booleans(String name) {
      this(BooleanColumn.create(name));
    }

    private Booleans(BooleanColumn col) {
      super(col);
      this.col = col;
    }

    @Override
    void stage(Object raw) {
      pending = BooleanParser.parseValue(raw);
    }

    @Override
    void commit() {
      col.append(pending);
    }

  }
}
