package dev.kpikit.load;

import dev.kpikit.load.source.RecordReader;
import java.io.IOException;

/** Loads the records of a {@link RecordReader} one after the other (Parquet, gzip, other encodings). */
final class SequentialLoad {
  /** Rows per run appended to the columns, so a run's batches stay small. */
  private static final int RUN_ROWS = 1 << 20;

  private SequentialLoad() {}

  /**
   * Reads every remaining record of {@code reader} into {@code columns}.
   *
   * @throws DatasetLoader.DateGuessNeeded when a date column without a format holds day/month/year
   *     values
   */
  static void readAll(RecordReader reader, FileColumns columns, FillDown fill) throws IOException {
    ReaderFields fields = new ReaderFields(reader);
    RowLoader rows = new RowLoader(columns, fill);
    while (reader.next()) {
      rows.load(fields);
      if (rows.read == RUN_ROWS) {
        columns.append(rows, 0);
        rows = new RowLoader(columns, fill);
      }
    }
    columns.append(rows, 0);
  }
}
