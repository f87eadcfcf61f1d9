package dev.kpikit.load;

import dev.kpikit.load.csv.CsvChunkReader;

/** The current record of a {@link CsvChunkReader}: fields are parsed from their bytes. */
final class ChunkFields implements RowFields {
  private final CsvChunkReader reader;

  ChunkFields(CsvChunkReader reader) {
    this.reader = reader;
  }

  @Override
  public int size() {
    return reader.size();
  }

  @Override
  public String error() {
    return null;
  }

  @Override
  public long line() {
    return reader.line();
  }

  @Override
  public boolean isBlank(int i) {
    return reader.isBlank(i);
  }

  @Override
  public Object value(int i) {
    return reader.text(i);
  }

  @Override
  public void stageInto(ColumnBatch batch, int i) {
    batch.stage(reader, i);
  }
}
