package dev.kpikit.report;

import dev.kpikit.io.CsvWriter;
import dev.kpikit.io.TableCsv;
import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadResult;
import dev.kpikit.load.Reject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * Writes the load ledger as CSV: {@code quality.csv} (one row per input file) and {@code
 * rejects/<dataset>.csv} (one row per rejected row).
 *
 * @since 0.1.0
 */
public final class LedgerCsv {
  private LedgerCsv() {}

  /**
   * Writes {@code quality.csv}: dataset, file, rows_read, rows_loaded, rows_rejected, notes (notes
   * joined with {@code "; "}).
   *
   * @param results the load results, in dataset order
   * @param fileName how to show a file's path (e.g. relative to the data folder)
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   */
  public static void quality(
      Collection<LoadResult> results, UnaryOperator<String> fileName, Writer out)
      throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row("dataset", "file", "rows_read", "rows_loaded", "rows_rejected", "notes");
    for (LoadResult r : results) {
      for (FileLedger f : r.files()) {
        csv.row(
            f.dataset(),
            TableCsv.neutralizeFormula(fileName.apply(f.file())),
            Long.toString(f.rowsRead()),
            Long.toString(f.rowsLoaded()),
            Long.toString(f.rowsRejected()),
            TableCsv.neutralizeFormula(String.join("; ", f.notes())));
      }
    }
    csv.flush();
  }

  /**
   * Writes {@code rejects/<dataset>.csv}: file, line, column, reason, raw (the rejected record
   * re-encoded as one CSV line, so it can be pasted back into the source file).
   *
   * @param result one dataset's load result
   * @param fileName how to show a file's path
   * @param out where to write (not closed)
   * @throws IOException when writing fails
   */
  public static void rejects(LoadResult result, UnaryOperator<String> fileName, Writer out)
      throws IOException {
    CsvWriter csv = new CsvWriter(out);
    csv.row("file", "line", "column", "reason", "raw");
    for (Reject r : result.rejects()) {
      csv.row(
          TableCsv.neutralizeFormula(fileName.apply(r.file())),
          Long.toString(r.line()),
          TableCsv.neutralizeFormula(r.column()),
          TableCsv.neutralizeFormula(r.reason()),
          TableCsv.neutralizeFormula(recordLine(r)));
    }
    csv.flush();
  }

  private static String recordLine(Reject r) throws IOException {
    StringWriter sw = new StringWriter();
    CsvWriter line = new CsvWriter(sw);
    for (String v : r.rawValues()) {
      line.field(v);
    }
    line.flush();
    return sw.toString();
  }
}
