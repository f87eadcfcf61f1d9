package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.schema.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The outcome of one load (its result, or the message of the {@link DataException} it failed with)
 * and the comparison of two outcomes: same failure, or same table (names, types, every cell and its
 * missing flag), same ledger and same rejects, file names left out. Shared by the differential
 * tests of the chunked CSV reader against the streaming one.
 */
final class LoadComparison {
  /** What a load gave: its result, or the one-line failure message (then {@code result} is null). */
  record Outcome(LoadResult result, String failure) {}

  private LoadComparison() {}

  /**
   * Loads {@code file} as {@code dataset}, by chunks of {@code chunkBytes} or with {@link
   * DatasetLoader#STREAMING}; the failure message goes through {@code message} (e.g. to drop a
   * {@code .gz} suffix of the file's name).
   */
  static Outcome load(
      Dataset dataset, String file, LoadOptions options, int chunkBytes, UnaryOperator<String> message) {
    try {
      return new Outcome(DatasetLoader.load(dataset, List.of(file), options, chunkBytes), null);
    } catch (DataException e) {
      return new Outcome(null, message.apply(e.getMessage()));
    }
  }

  /** Asserts that two outcomes are the same failure, or the same table, ledger and rejects. */
  static void assertSame(Outcome expected, Outcome actual, String context) {
    assertEquals(expected.failure(), actual.failure(), context);
    if (expected.result() == null) {
      return;
    }
    assertSameTable(expected.result().table(), actual.result().table(), context);
    assertEquals(ledgerWithoutFile(expected.result()), ledgerWithoutFile(actual.result()), context);
    assertEquals(rejectsWithoutFile(expected.result()), rejectsWithoutFile(actual.result()), context);
  }

  /** Asserts equal column names and types, cells (as strings), missing flags and distinct counts. */
  static void assertSameTable(Table expected, Table actual, String context) {
    assertEquals(expected.columnNames(), actual.columnNames(), context);
    assertEquals(expected.rowCount(), actual.rowCount(), context);
    for (int c = 0; c < expected.columnCount(); c++) {
      Column<?> e = expected.column(c);
      Column<?> a = actual.column(c);
      String where = context + ", column " + e.name();
      assertEquals(e.type(), a.type(), where);
      for (int r = 0; r < e.size(); r++) {
        assertEquals(e.getString(r), a.getString(r), where + " row " + r);
        assertEquals(e.isMissing(r), a.isMissing(r), where + " missing at row " + r);
      }
      assertEquals(e.countMissing(), a.countMissing(), where);
      assertEquals(e.countUnique(), a.countUnique(), where);
    }
  }

  private static List<Object> ledgerWithoutFile(LoadResult r) {
    List<Object> out = new ArrayList<>();
    for (FileLedger f : r.files()) {
      out.add(List.of(f.rowsRead(), f.rowsLoaded(), f.rowsRejected(), f.missingValues(), f.unparseableValues(), f.notes()));
    }
    return out;
  }

  private static List<Object> rejectsWithoutFile(LoadResult r) {
    List<Object> out = new ArrayList<>();
    for (Reject x : r.rejects()) {
      out.add(List.of(x.line(), x.column(), x.reason(), x.rawValues()));
    }
    return out;
  }
}
