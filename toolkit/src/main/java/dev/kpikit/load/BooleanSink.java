package dev.kpikit.load;

import dev.kpikit.load.parse.BooleanParser;
import it.unimi.dsi.fastutil.bytes.ByteArrayList;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.columns.Column;

/** Yes/no flags, kept as bytes 1, 0 and -1 (missing) until the column is built. */
final class BooleanSink extends ColumnSink {
  private static final byte TRUE = 1;
  private static final byte FALSE = 0;
  private static final byte MISSING = -1;

  private final ByteArrayList values = new ByteArrayList();

  BooleanSink(String name) {
    super(name);
  }

  @Override
  ColumnBatch newBatch(int expectedRows) {
    return new Batch(expectedRows);
  }

  @Override
  void append(ColumnBatch batch) {
    ByteArrayList rows = ((Batch) batch).values;
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
    BooleanColumn column = BooleanColumn.create(name());
    for (int r = 0; r < values.size(); r++) {
      byte v = values.getByte(r);
      if (v == MISSING) {
        column.appendMissing();
      } else {
        column.append(v == TRUE);
      }
    }
    return column;
  }

  private static final class Batch extends ColumnBatch {
    private final ByteArrayList values;
    private boolean pending;

    Batch(int expectedRows) {
      values = new ByteArrayList(expectedRows);
    }

    @Override
    void stage(Object raw) {
      pending = BooleanParser.parseValue(raw);
    }

    @Override
    void commit() {
      values.add(pending ? TRUE : FALSE);
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
