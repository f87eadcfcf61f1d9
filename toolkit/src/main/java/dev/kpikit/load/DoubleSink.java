package dev.kpikit.load;

import dev.kpikit.load.csv.CsvChunkReader;
import dev.kpikit.load.parquet.ParquetVector;
import dev.kpikit.load.parse.AsciiValues;
import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import java.util.function.ToDoubleFunction;
import tech.tablesaw.columns.Column;

/** Money, numbers and percentages; missing values are NaN, as in Tablesaw. */
final class DoubleSink extends ColumnSink {
  private final ToDoubleFunction<Object> parser;
  private final char decimal;
  private final boolean plainFastPath;
  private final DoubleArrayList values = new DoubleArrayList();

  /**
   * @param parser the full parser
   * @param decimal the decimal separator
   * @param plainFastPath whether plain decimals read the same with this parser as with {@link
   *     AsciiValues#plainDecimal} (money and numbers; not percentages)
   */
  DoubleSink(String name, ToDoubleFunction<Object> parser, char decimal, boolean plainFastPath) {
    super(name);
    this.parser = parser;
    this.decimal = decimal;
    this.plainFastPath = plainFastPath;
  }

  @Override
  ColumnBatch newBatch(int expectedRows) {
    return new Batch(expectedRows);
  }

  @Override
  void append(ColumnBatch batch) {
    DoubleArrayList rows = ((Batch) batch).values;
    values.addElements(values.size(), rows.elements(), 0, rows.size());
  }

  @Override
  void reserve(long rows) {
    values.ensureCapacity(capacity(values.size(), rows));
  }

  @Override
  void appendMissing(long rows) {
    for (long i = 0; i < rows; i++) {
      values.add(Double.NaN);
    }
  }

  @Override
  Column<?> column() {
    // The list was reserved for an estimate of the rows: trimmed when that was well over, so the
    // column's array holds its rows (and readers can take it as it is, see LoadedDoubleColumn).
    if (values.elements().length - values.size() > values.size() / 32) {
      values.trim();
    }
    return LoadedDoubleColumn.of(name(), values);
  }

  private final class Batch extends ColumnBatch {
    private final DoubleArrayList values;
    private double pending;

    Batch(int expectedRows) {
      values = new DoubleArrayList(expectedRows);
    }

    @Override
    void stage(Object raw) {
      pending = parser.applyAsDouble(raw);
    }

    @Override
    void stage(CsvChunkReader record, int i) {
      double fast =
          plainFastPath && record.isPlain(i)
              ? AsciiValues.plainDecimal(record.bytes(), record.start(i), record.end(i), decimal)
              : Double.NaN;
      pending = Double.isNaN(fast) ? parser.applyAsDouble(record.text(i)) : fast;
    }

    /** Doubles and whole numbers are taken as they are; a non-finite double fails in the parser. */
    @Override
    void stage(ParquetVector column, int row) {
      switch (column.kind()) {
        case DOUBLE -> {
          double d = column.doubleAt(row);
          pending = Double.isFinite(d) ? d : parser.applyAsDouble(column.value(row));
        }
        case INT32, INT64 -> pending = column.longAt(row);
        default -> stage(column.value(row));
      }
    }

    /** Whole numbers, and DOUBLE whose values are all finite. */
    @Override
    boolean takesAll(ParquetVector column, int n) {
      switch (column.kind()) {
        case DOUBLE -> {
          for (int r = 0; r < n; r++) {
            if (!Double.isFinite(column.doubleAt(r)) && !column.isNull(r)) {
              return false;
            }
          }
          return true;
        }
        case INT32, INT64 -> {
          return true;
        }
        default -> {
          return false;
        }
      }
    }

    @Override
    int takeAll(ParquetVector column, int n) {
      boolean whole = column.kind() != ParquetVector.Kind.DOUBLE;
      int missing = 0;
      for (int r = 0; r < n; r++) {
        if (column.isNull(r)) {
          values.add(Double.NaN);
          missing++;
        } else {
          values.add(whole ? column.longAt(r) : column.doubleAt(r));
        }
      }
      return missing;
    }

    @Override
    void commit() {
      values.add(pending);
    }

    @Override
    void clear() {
      values.clear();
    }

    @Override
    void commitMissing() {
      values.add(Double.NaN);
    }
  }
}
