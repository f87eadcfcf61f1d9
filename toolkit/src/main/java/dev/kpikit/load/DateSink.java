package dev.kpikit.load;

import dev.kpikit.load.csv.CsvChunkReader;
import dev.kpikit.load.parquet.ParquetVector;
import dev.kpikit.load.parse.AsciiValues;
import dev.kpikit.load.parse.DateParser;
import dev.kpikit.schema.ColumnType;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.time.LocalDate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;

/** Dates (and periods: {@code yyyy-MM} is the month's first day), packed as Tablesaw does. */
final class DateSink extends ColumnSink {
  /** Tablesaw's packed missing date. */
  private static final int MISSING = Integer.MIN_VALUE;

  private final DateParser parser;
  private final int shiftDays;
  private final boolean period;
  private final boolean plainIso;
  private final IntArrayList packed = new IntArrayList();

  DateSink(String name, DateParser parser, int shiftDays, ColumnType type) {
    super(name);
    this.parser = parser;
    this.shiftDays = shiftDays;
    this.period = type == ColumnType.PERIOD;
    this.plainIso = parser.pattern() == null && shiftDays == 0;
  }

  /** @return the parser (its pattern is null for ISO dates) */
  DateParser parser() {
    return parser;
  }

  @Override
  ColumnBatch newBatch(int expectedRows) {
    return new Batch(expectedRows);
  }

  @Override
  void append(ColumnBatch batch) {
    IntArrayList rows = ((Batch) batch).packed;
    packed.addElements(packed.size(), rows.elements(), 0, rows.size());
  }

  @Override
  void reserve(long rows) {
    packed.ensureCapacity(capacity(packed.size(), rows));
  }

  @Override
  void appendMissing(long rows) {
    for (long i = 0; i < rows; i++) {
      packed.add(MISSING);
    }
  }

  @Override
  Column<?> column() {
    // createInternal copies the array once: the list's own array (trimmed) spares a second copy.
    packed.trim();
    return DateColumn.createInternal(name(), packed.elements());
  }

  private int pack(Object raw) {
    LocalDate d;
    if (period && raw instanceof String s && isYearMonth(s.strip())) {
      d = parser.parse(s.strip() + "-01");
    } else {
      d = parser.parseValue(raw);
    }
    return PackedLocalDate.pack(shiftDays == 0 ? d : d.plusDays(shiftDays));
  }

  private static boolean isYearMonth(String s) {
    return s.length() == 7
        && s.charAt(4) == '-'
        && Character.isDigit(s.charAt(0))
        && Character.isDigit(s.charAt(5))
        && Character.isDigit(s.charAt(6));
  }

  private final class Batch extends ColumnBatch {
    private final IntArrayList packed;
    private int pending;
    private long lastDay = Long.MIN_VALUE;
    private int lastPacked;

    Batch(int expectedRows) {
      packed = new IntArrayList(expectedRows);
    }

    @Override
    void stage(Object raw) {
      pending = pack(raw);
    }

    @Override
    void stage(CsvChunkReader record, int i) {
      int fast =
          plainIso && record.isPlain(i)
              ? AsciiValues.isoDate(record.bytes(), record.start(i), record.end(i))
              : AsciiValues.NOT_SIMPLE_DATE;
      pending = fast != AsciiValues.NOT_SIMPLE_DATE ? fast : pack(record.text(i));
    }

    /** A DATE is packed as {@link #pack} packs its {@link LocalDate}, once per run of equal days. */
    @Override
    void stage(ParquetVector column, int row) {
      if (column.kind() != ParquetVector.Kind.DATE) {
        stage(column.value(row));
        return;
      }
      pending = packDay(column.longAt(row));
    }

    private int packDay(long day) {
      if (day != lastDay) {
        lastPacked = pack(LocalDate.ofEpochDay(day));
        lastDay = day;
      }
      return lastPacked;
    }

    @Override
    boolean takesAll(ParquetVector column, int n) {
      return column.kind() == ParquetVector.Kind.DATE;
    }

    @Override
    int takeAll(ParquetVector column, int n) {
      int missing = 0;
      for (int r = 0; r < n; r++) {
        if (column.isNull(r)) {
          packed.add(MISSING);
          missing++;
        } else {
          packed.add(packDay(column.longAt(r)));
        }
      }
      return missing;
    }

    @Override
    void commit() {
      packed.add(pending);
    }

    @Override
    void clear() {
      packed.clear(); // the last day packed stays valid: the same parser and shift
    }

    @Override
    void commitMissing() {
      packed.add(MISSING);
    }
  }
}
