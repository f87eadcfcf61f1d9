package dev.kpikit.load;

import dev.kpikit.schema.Dataset;
import dev.kpikit.schema.DatasetShape;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * What loading one dataset produced: the typed table with canonical column names, the shape it was
 * read as, the ledger of every file and the rejected rows.
 *
 * @param dataset the dataset
 * @param shape the shape the files were read as
 * @param table the loaded rows, canonical columns first (in schema order), then extra columns under
 *     snake_case names
 * @param files the ledger, one entry per input file in reading order
 * @param rejects every rejected row, in reading order
 * @since 0.1.0
 */
public record LoadResult(
    Dataset dataset, DatasetShape shape, Table table, List<FileLedger> files, List<Reject> rejects) {

  /** Copies the lists. */
  public LoadResult {
    files = List.copyOf(files);
    rejects = List.copyOf(rejects);
  }

  /**
   * The same result with one more note on its first file's ledger (for what a step after loading
   * did to the whole dataset, e.g. a policy).
   *
   * @param note one sentence
   * @return a new result with the same table and rejects
   */
  public LoadResult withNote(String note) {
    List<FileLedger> ledgers = new java.util.ArrayList<>(files);
    FileLedger f = ledgers.get(0);
    List<String> notes = new java.util.ArrayList<>(f.notes());
    notes.add(note);
    ledgers.set(
        0,
        new FileLedger(f.dataset(), f.file(), f.rowsRead(), f.rowsLoaded(), f.rowsRejected(),
            f.missingValues(), f.unparseableValues(), notes));
    return new LoadResult(dataset, shape, table, ledgers, rejects);
  }

  /** @return data rows read over all files */
  public long rowsRead() {
    return files.stream().mapToLong(FileLedger::rowsRead).sum();
  }

  /** @return rows loaded over all files (equals the table's row count) */
  public long rowsLoaded() {
    return files.stream().mapToLong(FileLedger::rowsLoaded).sum();
  }

  /** @return rows rejected over all files */
  public long rowsRejected() {
    return files.stream().mapToLong(FileLedger::rowsRejected).sum();
  }

  /** @return rejected rows / rows read over all files, or 0 when nothing was read */
  public double rejectRate() {
    long read = rowsRead();
    return read == 0 ? 0 : (double) rowsRejected() / read;
  }
}
