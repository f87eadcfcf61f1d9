package dev.kpikit.load;

import dev.kpikit.load.parquet.ParquetRowGroups;
import dev.kpikit.load.parquet.ParquetVector;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a slice decoded by a {@link ParquetRowGroups.Cursor}: fields are staged from the
 * column vectors, boxed into Java values only when a rule asks for {@link #value(int)} (rejects,
 * fill-down, parsers without a typed path).
 */
final class VectorFields implements RowFields {
  private final ParquetVector[] columns;
  private final ParquetVector[] decodedObjects;
  private long firstLine;
  private int row;

  VectorFields(ParquetRowGroups.Cursor cursor) {
    columns = new ParquetVector[cursor.size()];
    List<ParquetVector> others = new ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      columns[i] = cursor.vector(i);
      if (columns[i].kind() == ParquetVector.Kind.OTHER) {
        others.add(columns[i]);
      }
    }
    decodedObjects = others.toArray(new ParquetVector[0]);
  }

  /**
   * Moves to a row.
   *
   * @param sliceLine the line of the slice's first row, relative to the run, minus one
   * @param row the row within the slice
   */
  void at(long sliceLine, int row) {
    this.firstLine = sliceLine;
    this.row = row;
  }

  @Override
  public int size() {
    return columns.length;
  }

  /** @return as {@link dev.kpikit.load.parquet.ParquetRecordReader#error()}: the last column's */
  @Override
  public String error() {
    String error = null;
    for (ParquetVector v : decodedObjects) {
      if (v.hasErrors() && v.errorAt(row) != null) {
        error = v.errorAt(row);
      }
    }
    return error;
  }

  /** @return whether some row of the slice has an {@link #error()} */
  boolean hasErrors() {
    for (ParquetVector v : decodedObjects) {
      if (v.hasErrors()) {
        return true;
      }
    }
    return false;
  }

  /** @return column {@code i}'s vector */
  ParquetVector vector(int i) {
    return columns[i];
  }

  @Override
  public long line() {
    return firstLine + row + 1;
  }

  @Override
  public boolean isBlank(int i) {
    return columns[i].isBlank(row);
  }

  @Override
  public Object value(int i) {
    return columns[i].value(row);
  }

  @Override
  public void stageInto(ColumnBatch batch, int i) {
    batch.stage(columns[i], row);
  }
}
