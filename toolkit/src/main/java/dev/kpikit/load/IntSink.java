package dev.kpikit.load;

import dev.kpikit.load.csv.CsvChunkReader;
import dev.kpikit.load.parquet.ParquetVector;
import dev.kpikit.load.parse.AsciiValues;
import dev.kpikit.load.parse.IntegerParser;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.columns.Column;

/** Whole numbers; missing values are Tablesaw's {@code Integer.MIN_VALUE}. */
final class IntSink extends ColumnSink {
  private static final int MISSING = Integer.MIN_VALUE;

  private final IntArrayList values = new IntArrayList();

  IntSink(String name) {
    super(name);
  }

  @Override
  ColumnBatch newBatch(int expectedRows) {
    return new Batch(expectedRows);
  }

  @Override
  void append(ColumnBatch batch) {
    IntArrayList rows = ((Batch) batch).values;
    values.addElements(values.size(), rows.elements(), 0, rows.size());
  }

  @Override
  void reserve(long rows) {
    values.ensureCapacity(capacity(values.size(), rows));
  }

  @Override
  void appendMissing(long rows) {
    for (long i = 0; i < rows; i++) {
      values.add(MISSING);
    }
  }

  @Override
  Column<?> column() {
    values.trim(); // create copies the array once: the list's own array spares a second copy
    return IntColumn.create(name(), values.elements());
  }

  private static final class Batch extends ColumnBatch {
    private final IntArrayList values;
    private int pending;

    Batch(int expectedRows) {
      values = new IntArrayList(expectedRows);
    }

    @Override
    void stage(Object raw) {
      pending = IntegerParser.parseValue(raw);
    }

    @Override
    void stage(CsvChunkReader record, int i) {
      long fast =
          record.isPlain(i)
              ? AsciiValues.plainInteger(record.bytes(), record.start(i), record.end(i))
              : AsciiValues.NOT_SIMPLE_INTEGER;
      pending = fast == AsciiValues.NOT_SIMPLE_INTEGER ? IntegerParser.parse(record.text(i)) : (int) fast;
    }

    /** Whole numbers in the int range are taken as they are; others fail in the parser. */
    @Override
    void stage(ParquetVector column, int row) {
      ParquetVector.Kind kind = column.kind();
      if (kind == ParquetVector.Kind.INT32 || kind == ParquetVector.Kind.INT64) {
        long v = column.longAt(row);
        pending = v == (int) v ? (int) v : IntegerParser.parseValue(column.value(row));
      } else {
        stage(column.value(row));
      }
    }

    /** INT32, and INT64 whose values are all in the int range. */
    @Override
    boolean takesAll(ParquetVector column, int n) {
      ParquetVector.Kind kind = column.kind();
      if (kind == ParquetVector.Kind.INT64) {
        for (int r = 0; r < n; r++) {
          long v = column.longAt(r);
          if (v != (int) v && !column.isNull(r)) {
            return false;
          }
        }
        return true;
      }
      return kind == ParquetVector.Kind.INT32;
    }

    @Override
    int takeAll(ParquetVector column, int n) {
      int missing = 0;
      for (int r = 0; r < n; r++) {
        if (column.isNull(r)) {
          values.add(MISSING);
          missing++;
        } else {
          values.add((int) column.longAt(r));
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
      values.add(MISSING);
    }
  }
}
