package dev.kpikit.load;

import dev.kpikit.load.csv.CsvChunkReader;
import dev.kpikit.load.parquet.ParquetVector;

/**
 * The values of one column for a run of consecutive rows (a chunk of a file), built row by row. A
 * row's value is first {@linkplain #stage staged} (parsed, possibly failing) and only {@linkplain
 * #commit committed} once every column of the row has parsed, so a rejected row leaves no trace.
 * Batches are appended to their {@link ColumnSink} in file order.
 */
abstract class ColumnBatch {
  /**
   * Parses a value of a record reader (a String for text files, a typed value for Parquet).
   *
   * @param raw never null or blank
   * @throws dev.kpikit.load.parse.ParseFailure when it does not parse
   */
  abstract void stage(Object raw);

  /**
   * Parses field {@code i} of a CSV chunk; the default decodes it and parses the text.
   *
   * @throws dev.kpikit.load.parse.ParseFailure when it does not parse
   * @throws CsvChunkReader.Unusual when its bytes are not valid in the file's encoding
   */
  void stage(CsvChunkReader record, int i) {
    stage(record.text(i));
  }

  /**
   * Parses row {@code row} of a decoded Parquet column; the default parses its Java value, exactly
   * as {@link #stage(Object)} parses the value of a {@link
   * dev.kpikit.load.parquet.ParquetRecordReader}.
   *
   * @param column the column's values, the row's not null
   * @throws dev.kpikit.load.parse.ParseFailure when it does not parse
   */
  void stage(ParquetVector column, int row) {
    stage(column.value(row));
  }

  /**
   * Whether {@link #takeAll} takes rows 0 to {@code n - 1} of a decoded Parquet column: true only
   * when {@link #stage(ParquetVector, int)} would take each row's value as it is, without parsing
   * (so that no row can fail); false by default.
   */
  boolean takesAll(ParquetVector column, int n) {
    return false;
  }

  /**
   * Appends rows 0 to {@code n - 1} of a column the batch {@linkplain #takesAll takes}: each row as
   * staging and committing it would, a {@linkplain ParquetVector#isBlank blank} row as {@link
   * #commitMissing}.
   *
   * @return the blank rows
   */
  int takeAll(ParquetVector column, int n) {
    throw new UnsupportedOperationException("takesAll is false");
  }

  /** Appends the staged value. */
  abstract void commit();

  /** Appends a missing value. */
  abstract void commitMissing();

  /**
   * Empties the batch once its sink has appended it, so that a later run of rows fills it again
   * instead of allocating new arrays: a run's arrays are large enough to be allocated in the old
   * generation, where dropping them costs full collections.
   */
  abstract void clear();
}
