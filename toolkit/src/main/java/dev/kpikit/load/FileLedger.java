package dev.kpikit.load;

import java.util.List;
import java.util.Map;

/**
 * The accounting of one input file: every data row read is either loaded or rejected ({@link
 * #rowsRead()} = {@link #rowsLoaded()} + {@link #rowsRejected()}, always), plus the counts of
 * missing optional values.
 *
 * @param dataset the dataset stem, e.g. {@code orders}
 * @param file the file name or URI as given
 * @param rowsRead data rows read (the header and blank lines are not rows)
 * @param rowsLoaded rows that reached the table
 * @param rowsRejected rows sent to the rejects ledger
 * @param missingValues per canonical optional column: loaded rows where it is missing (blank, or
 *     present but unparseable — those are also counted in {@code unparseableValues})
 * @param unparseableValues per canonical optional column: values that did not parse and were set
 *     missing
 * @param notes other things worth telling, one sentence each (e.g. the sniffed delimiter, rows
 *     without customer_id)
 * @since 0.1.0
 */
public record FileLedger(
    String dataset,
    String file,
    long rowsRead,
    long rowsLoaded,
    long rowsRejected,
    Map<String, Long> missingValues,
    Map<String, Long> unparseableValues,
    List<String> notes) {

  /** Copies the collections and checks the invariant. */
  public FileLedger {
    if (rowsRead != rowsLoaded + rowsRejected) {
      throw new IllegalStateException(
          file + ": rows read " + rowsRead + " != loaded " + rowsLoaded + " + rejected " + rowsRejected);
    }
    missingValues = Map.copyOf(missingValues);
    unparseableValues = Map.copyOf(unparseableValues);
    notes = List.copyOf(notes);
  }

  /** @return rejected rows / rows read, or 0 for an empty file */
  public double rejectRate() {
    return rowsRead == 0 ? 0 : (double) rowsRejected / rowsRead;
  }
}
