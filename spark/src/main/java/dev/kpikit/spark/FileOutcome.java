package dev.kpikit.spark;

import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadResult;
import dev.kpikit.load.Reject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * What an executor's load of one input file told besides its rows, sent back to the driver: the
 * file's ledger and rejected rows (with the file named as the user gave it, not the executor's
 * local copy), the shape it was read as and the layout of its columns.
 *
 * @param fileIndex the file's position among the dataset's input files
 * @param dataset the dataset as the ledger names it
 * @param shape the name of the {@link dev.kpikit.schema.DatasetShape} the file was read as
 * @param columns every column of the loaded table, in table order
 * @param codec how the non-measure columns are packed
 * @param ledger the ledger fields: read, loaded, rejected
 * @param missing column to missing values
 * @param unparseable column to unparseable values
 * @param notes the ledger's notes
 * @param rejects each rejected row: file, line, column, reason, raw values
 */
record FileOutcome(
    int fileIndex,
    String dataset,
    String shape,
    ArrayList<String> columns,
    RowCodec codec,
    long[] ledger,
    HashMap<String, Long> missing,
    HashMap<String, Long> unparseable,
    ArrayList<String> notes,
    ArrayList<ArrayList<String>> rejects)
    implements Serializable {

  /**
   * @param fileIndex the file's position among the dataset's files
   * @param loaded the executor's load of that one file
   * @param codec the packing of its non-measure columns
   * @param shownAs the file as the user named it (a Hadoop URI), for the ledger and rejects
   * @return the outcome
   */
  static FileOutcome of(int fileIndex, LoadResult loaded, RowCodec codec, String shownAs) {
    FileLedger f = loaded.files().get(0);
    ArrayList<ArrayList<String>> rejects = new ArrayList<>();
    for (Reject r : loaded.rejects()) {
      ArrayList<String> row = new ArrayList<>(List.of(shownAs, Long.toString(r.line()), r.column(), r.reason()));
      row.addAll(r.rawValues());
      rejects.add(row);
    }
    return new FileOutcome(fileIndex, f.dataset(), loaded.shape().name(), new ArrayList<>(loaded.table().columnNames()), codec,
        new long[] {f.rowsRead(), f.rowsLoaded(), f.rowsRejected()}, new HashMap<>(f.missingValues()),
        new HashMap<>(f.unparseableValues()), new ArrayList<>(f.notes()), rejects);
  }

  /**
   * @param file the file as the user named it
   * @return the file's ledger
   */
  FileLedger toLedger(String file) {
    return new FileLedger(dataset, file, ledger[0], ledger[1], ledger[2], missing, unparseable, notes);
  }

  /** @return the rejected rows as the toolkit's ledger holds them */
  List<Reject> toRejects() {
    List<Reject> out = new ArrayList<>();
    for (List<String> r : rejects) {
      out.add(new Reject(r.get(0), Long.parseLong(r.get(1)), r.get(2), r.get(3), r.subList(4, r.size())));
    }
    return out;
  }
}
