package dev.kpikit.load;

import dev.kpikit.load.source.RecordReader;

/** The current record of a {@link RecordReader}. */
final class ReaderFields implements RowFields {
  private final RecordReader reader;

  ReaderFields(RecordReader reader) {
    this.reader = reader;
  }

  @Override
  public int size() {
    return reader.size();
  }

  @Override
  public String error() {
    return reader.error();
  }

  @Override
  public long line() {
    return reader.line();
  }

  @Override
  public boolean isBlank(int i) {
    return isBlank(reader.value(i));
  }

  /** @return true for null, and for a String that is empty or only whitespace */
  static boolean isBlank(Object raw) {
    return raw == null || (raw instanceof String s && s.isBlank());
  }

  @Override
  public Object value(int i) {
    return reader.value(i);
  }

  @Override
  public void stageInto(ColumnBatch batch, int i) {
    batch.stage(reader.value(i));
  }
}
