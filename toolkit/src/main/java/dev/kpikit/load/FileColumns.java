package dev.kpikit.load;

import dev.kpikit.schema.CanonicalColumn;
import dev.kpikit.schema.ColumnType;
import dev.kpikit.schema.Dataset;
import dev.kpikit.schema.DatasetShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns one file fills, bound to the dataset's {@link ColumnSink}s, and the file's ledger.
 * Runs of rows ({@link RowLoader}s) are appended in file order: their batches go to the sinks,
 * their rejects to the dataset's rejects, their counts to the ledger.
 */
final class FileColumns {
  final String name;
  final DatasetShape shape;
  final List<String> header;
  final int width;
  final List<CanonicalColumn> typed;
  final int[] src;
  final ColumnSink[] sinks;
  final boolean[] guessable;
  /** Whether each typed column is required: the row rules read it for every field. */
  final boolean[] required;
  final int[] extraSrc;
  final ColumnSink[] extraSinks;
  /** The rows of the last run appended (read on the threads that start new runs). */
  private volatile long lastRunRows;
  private final List<ColumnSink> unbound;
  private final List<Reject> rejects;
  private final long[] missingCount;
  private final long[] unparseable;
  private long read;
  private long loaded;

  /**
   * @param name the file name used in messages
   * @param header the file's header
   * @param mapping the file's mapping
   * @param bound the sink of every column of the dataset, by name (the file's columns included)
   * @param rejects where the file's rejects go
   */
  FileColumns(
      String name,
      List<String> header,
      ColumnMapping mapping,
      Map<String, ColumnSink> bound,
      List<Reject> rejects) {
    this.name = name;
    this.shape = mapping.shape();
    this.header = header;
    this.width = header.size();
    this.typed = new ArrayList<>(mapping.typed().keySet());
    this.rejects = rejects;
    int n = typed.size();
    src = new int[n];
    sinks = new ColumnSink[n];
    guessable = new boolean[n];
    required = new boolean[n];
    for (int j = 0; j < n; j++) {
      CanonicalColumn c = typed.get(j);
      required[j] = c.required();
      src[j] = mapping.typed().get(c);
      sinks[j] = bound.get(c.name());
      guessable[j] =
          c.type() == ColumnType.DATE
              && sinks[j] instanceof DateSink d
              && d.parser().pattern() == null;
    }
    extraSrc = mapping.extras().values().stream().mapToInt(Integer::intValue).toArray();
    extraSinks = mapping.extras().keySet().stream().map(bound::get).toArray(ColumnSink[]::new);
    unbound = new ArrayList<>(bound.values());
    unbound.removeAll(List.of(sinks));
    unbound.removeAll(List.of(extraSinks));
    missingCount = new long[n];
    unparseable = new long[n];
  }

  /**
   * Appends a run of rows.
   *
   * @param run the rows, the next ones of the file
   * @param lineOffset what to add to the run's line numbers to make them the file's
   */
  /**
   * @return about how many rows the next run will read: a little more than the last run appended
   *     (chunks and row groups of a file are of similar size), 0 before the first
   */
  int expectedRunRows() {
    long last = lastRunRows;
    return (int) Math.min(1 << 24, last + last / 16);
  }

  void append(RowLoader run, long lineOffset) {
    lastRunRows = run.read;
    for (int j = 0; j < sinks.length; j++) {
      sinks[j].append(run.batches[j]);
      missingCount[j] += run.missingCount[j];
      unparseable[j] += run.unparseable[j];
    }
    for (int j = 0; j < extraSinks.length; j++) {
      extraSinks[j].append(run.extraBatches[j]);
    }
    for (ColumnSink s : unbound) {
      s.appendMissing(run.loaded);
    }
    for (Reject r : run.rejects) {
      rejects.add(
          lineOffset == 0
              ? r
              : new Reject(r.file(), r.line() + lineOffset, r.column(), r.reason(), r.rawValues()));
    }
    read += run.read;
    loaded += run.loaded;
  }

  /**
   * Makes room in every column of the dataset for about {@code rows} more rows of this file (see
   * {@link ColumnSink#reserve}).
   */
  void reserve(long rows) {
    for (ColumnSink s : sinks) {
      s.reserve(rows);
    }
    for (ColumnSink s : extraSinks) {
      s.reserve(rows);
    }
    for (ColumnSink s : unbound) {
      s.reserve(rows);
    }
  }

  /** @return the ledger of the rows appended so far */
  FileLedger ledger(Dataset dataset) {
    Map<String, Long> missingByColumn = new LinkedHashMap<>();
    Map<String, Long> unparseableByColumn = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    for (int j = 0; j < typed.size(); j++) {
      String column = typed.get(j).name();
      if (missingCount[j] > 0) {
        missingByColumn.put(column, missingCount[j]);
      }
      if (unparseable[j] > 0) {
        unparseableByColumn.put(column, unparseable[j]);
        notes.add(String.format(Locale.ROOT, "%,d unparseable %s values set missing", unparseable[j], column));
      }
      if (column.equals("customer_id") && missingCount[j] > 0) {
        notes.add(
            String.format(
                Locale.ROOT,
                "%,d rows without customer_id (kept: counted in revenue, not in customer"
                    + " metrics)",
                missingCount[j]));
      }
    }
    return new FileLedger(
        dataset.fileStem(),
        name,
        read,
        loaded,
        read - loaded,
        missingByColumn,
        unparseableByColumn,
        notes);
  }
}
