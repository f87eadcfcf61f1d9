package dev.kpikit.load;

import dev.kpikit.load.parquet.ParquetVector;
import dev.kpikit.load.parse.ParseFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Applies the row rules (DESIGN §3) to a run of records of one file (the whole file, or one chunk
 * read in parallel with others): a malformed or ragged record, or a missing or unparseable required
 * value, rejects the row with its line, column and reason; an unparseable optional value becomes
 * missing and is counted. Loaded rows go to one {@link ColumnBatch} per column; rejects and counts
 * are kept here until the run is {@linkplain FileColumns#append appended} to the file's columns.
 */
final class RowLoader {
  private final FileColumns file;
  private final FillDown fill;
  final ColumnBatch[] batches;
  final ColumnBatch[] extraBatches;
  private final boolean[] missing;
  private final boolean[] extraMissing;
  final long[] missingCount;
  final long[] unparseable;
  final List<Reject> rejects = new ArrayList<>();
  long read;
  long loaded;

  RowLoader(FileColumns file, FillDown fill) {
    this(file, fill, file.expectedRunRows());
  }

  /** @param expectedRows the rows the run will hold, known in advance (a Parquet row group's) */
  RowLoader(FileColumns file, FillDown fill, int expectedRows) {
    this.file = file;
    this.fill = fill;
    int n = file.typed.size();
    batches = new ColumnBatch[n];
    for (int j = 0; j < n; j++) {
      batches[j] = file.sinks[j].newBatch(expectedRows);
    }
    extraBatches = new ColumnBatch[file.extraSinks.length];
    for (int j = 0; j < extraBatches.length; j++) {
      extraBatches[j] = file.extraSinks[j].newBatch(expectedRows);
    }
    missing = new boolean[n];
    extraMissing = new boolean[extraBatches.length];
    missingCount = new long[n];
    unparseable = new long[n];
  }

  /**
   * Loads or rejects one record.
   *
   * @throws DatasetLoader.DateGuessNeeded when a date column without a format turns out to hold
   *     day/month/year values; its line is relative to the run's start
   */
  void load(RowFields record) {
    read++;
    String problem = record.error();
    String column = "";
    if (problem == null && record.size() != file.width) {
      problem = "expected " + file.width + " fields, found " + record.size();
    }
    fill.capture(record);
    boolean generic = fill.isActive();
    int n = batches.length;
    int[] sources = file.src;
    boolean[] required = file.required;
    for (int j = 0; problem == null && j < n; j++) {
      int src = sources[j];
      Object raw = generic ? fill.value(record, j) : null;
      missing[j] = generic ? ReaderFields.isBlank(raw) : record.isBlank(src);
      if (missing[j]) {
        if (required[j]) {
          problem = "missing value for required column " + file.typed.get(j).name();
          column = file.header.get(src);
        }
        continue;
      }
      try {
        if (generic) {
          batches[j].stage(raw);
        } else {
          record.stageInto(batches[j], src);
        }
      } catch (ParseFailure f) {
        Object value = generic ? raw : record.value(src);
        if (file.guessable[j] && looksDayMonthYear(value)) {
          throw new DatasetLoader.DateGuessNeeded(
              file.typed.get(j).name(), file.name, record.line(), value.toString());
        }
        if (required[j]) {
          problem = f.getMessage();
          column = file.header.get(src);
        } else {
          missing[j] = true;
          unparseable[j]++;
        }
      }
    }
    if (problem != null) {
      rejects.add(new Reject(file.name, record.line(), column, problem, rawValues(record)));
      return;
    }
    commit(record);
  }

  /**
   * Empties the run once the file's columns have {@linkplain FileColumns#append appended} it, so
   * that it loads another run of the same file with the same batches (see {@link
   * ColumnBatch#clear}).
   */
  void clear() {
    for (ColumnBatch b : batches) {
      b.clear();
    }
    for (ColumnBatch b : extraBatches) {
      b.clear();
    }
    Arrays.fill(missingCount, 0);
    Arrays.fill(unparseable, 0);
    rejects.clear();
    read = 0;
    loaded = 0;
  }

  /**
   * Loads all {@code n} rows of a decoded Parquet slice column by column, when no row of it can be
   * rejected nor any value fail to parse: every column's values are taken as they are ({@link
   * ColumnBatch#takesAll}), no value of a required column is blank, no value failed to decode. The
   * rows are then loaded as {@link #load} would load them one by one, in a loop per column instead
   * of the rules' calls per field (two thirds of the samples of the thread loading 1M orders in one
   * row group): the load of the `parquet` benchmark shape at 1M rows took 0.63 s instead of 0.84 s,
   * the offsets sample's Parquet 0.60 s instead of 0.74 s (medians of 10 and 6 alternating runs).
   *
   * @return false, having loaded nothing, when some row needs the rules row by row
   */
  boolean loadColumns(VectorFields slice, int n) {
    if (fill.isActive() || slice.size() != file.width || slice.hasErrors()) {
      return false;
    }
    for (int j = 0; j < batches.length; j++) {
      ParquetVector v = slice.vector(file.src[j]);
      if (!batches[j].takesAll(v, n) || (file.required[j] && v.anyBlank(n))) {
        return false;
      }
    }
    for (int j = 0; j < extraBatches.length; j++) {
      if (!extraBatches[j].takesAll(slice.vector(file.extraSrc[j]), n)) {
        return false;
      }
    }
    for (int j = 0; j < batches.length; j++) {
      missingCount[j] += batches[j].takeAll(slice.vector(file.src[j]), n);
    }
    for (int j = 0; j < extraBatches.length; j++) {
      extraBatches[j].takeAll(slice.vector(file.extraSrc[j]), n);
    }
    read += n;
    loaded += n;
    return true;
  }

  /** Stages the extra columns first: reading a field may still fail, and nothing is committed yet. */
  private void commit(RowFields record) {
    for (int j = 0; j < extraBatches.length; j++) {
      int src = file.extraSrc[j];
      extraMissing[j] = record.isBlank(src);
      if (!extraMissing[j]) {
        record.stageInto(extraBatches[j], src);
      }
    }
    for (int j = 0; j < batches.length; j++) {
      if (missing[j]) {
        missingCount[j]++;
        batches[j].commitMissing();
      } else {
        batches[j].commit();
      }
    }
    for (int j = 0; j < extraBatches.length; j++) {
      if (extraMissing[j]) {
        extraBatches[j].commitMissing();
      } else {
        extraBatches[j].commit();
      }
    }
    loaded++;
  }

  private static List<String> rawValues(RowFields record) {
    List<String> raw = new ArrayList<>(record.size());
    for (int i = 0; i < record.size(); i++) {
      Object v = record.value(i);
      raw.add(v == null ? "" : v.toString());
    }
    return raw;
  }

  /** True for values such as {@code 12/1/2010}, {@code 1.12.2010 8:26} or {@code 01-12-2010}. */
  private static boolean looksDayMonthYear(Object raw) {
    if (!(raw instanceof String s)) {
      return false;
    }
    String t = s.strip();
    if (t.length() < 6 || !Character.isDigit(t.charAt(0))) {
      return false;
    }
    int sep = Character.isDigit(t.charAt(1)) ? 2 : 1;
    char c = t.charAt(sep);
    return c == '/' || c == '.' || c == '-';
  }
}
