package dev.kpikit.load;

import dev.kpikit.load.parquet.ParquetRowGroups;
import dev.kpikit.load.source.RecordReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Loads a Parquet file row group by row group: each row group is decoded column by column into
 * typed vectors ({@link ParquetRowGroups.Cursor}) and its rows go through the row rules ({@link
 * RowLoader}) as one run. Row groups are loaded in parallel on all processors and appended in file
 * order, so the table, the rejects and their row numbers are those of a sequential read with {@link
 * dev.kpikit.load.parquet.ParquetRecordReader}.
 *
 * <p>With a fill-down preset a row depends on the rows before it: such a file is read row by row
 * with the row reader ({@link SequentialLoad}). A row group that cannot be decoded (a corrupt page)
 * ends the columnar part: the rest of the file is read row by row from that row group, which reports the
 * failure as the row reader always does, at its row and column.
 */
final class ParquetColumnarLoad {
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  /** Row groups loaded ahead of the one being appended: enough to keep every thread busy. */
  private static final int AHEAD = THREADS + 1;

  /** Rows decoded at a time: the vectors of a slice stay in the processor's cache. */
  private static final int SLICE_ROWS = 4096;

  private final ParquetRowGroups groups;
  private final FileColumns columns;
  private final FillDown fill;
  private final List<ParquetRowGroups.Cursor> cursors = new ArrayList<>();
  private final ThreadLocal<ParquetRowGroups.Cursor> cursor = ThreadLocal.withInitial(this::newCursor);

  ParquetColumnarLoad(ParquetRowGroups groups, FileColumns columns, FillDown fill) {
    this.groups = groups;
    this.columns = columns;
    this.fill = fill;
  }

  /** What loading one row group gave. */
  private record Part(
      RowLoader rows, boolean undecodable, DatasetLoader.DateGuessNeeded guess, RuntimeException failure) {}

  /** Reads the whole file into the columns. */
  void run() throws IOException {
    if (fill.isActive()) {
      readRest(0);
      return;
    }
    int count = groups.count();
    columns.reserve(count == 0 ? 0 : groups.firstRow(count - 1) + groups.rows(count - 1));
    boolean parallel = count > 1 && THREADS > 1;
    ExecutorService pool = parallel ? Executors.newFixedThreadPool(THREADS, ParquetColumnarLoad::daemon) : null;
    try {
      List<Future<Part>> parts = new ArrayList<>(count);
      for (int g = 0; g < count; g++) {
        parts.add(g < AHEAD ? submit(pool, g) : null);
      }
      for (int g = 0; g < count; g++) {
        Part part = LoadTasks.await(parts.get(g));
        parts.set(g, null);
        if (g + AHEAD < count) {
          parts.set(g + AHEAD, submit(pool, g + AHEAD));
        }
        if (part.undecodable()) {
          readRest(g);
          return;
        }
        columns.append(part.rows(), groups.firstRow(g));
        if (part.guess() != null) {
          throw part.guess().shifted(groups.firstRow(g));
        }
        if (part.failure() != null) {
          throw part.failure();
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
        awaitTermination(pool);
      }
      closeCursors();
    }
  }

  private Future<Part> submit(ExecutorService pool, int group) {
    if (pool == null) {
      return CompletableFuture.completedFuture(load(group));
    }
    return pool.submit(() -> load(group));
  }

  /** Loads the rows of one row group, lines counted from 0 at its start. */
  private Part load(int group) {
    // Batches sized to the row group: no growing copies of 1M-row arrays.
    RowLoader rows = new RowLoader(columns, fill, (int) Math.min(1 << 24, groups.rows(group)));
    ParquetRowGroups.Cursor c;
    try {
      c = cursor.get();
      c.open(group);
    } catch (ParquetRowGroups.Undecodable e) {
      return new Part(null, true, null, null);
    } catch (RuntimeException e) {
      return new Part(rows, false, null, e);
    }
    VectorFields fields = new VectorFields(c);
    long line = 0;
    try {
      for (int n; (n = c.decode()) > 0; line += n) {
        for (int r = 0; r < n; r++) {
          fields.at(line, r);
          rows.load(fields);
        }
      }
    } catch (ParquetRowGroups.Undecodable e) {
      return new Part(null, true, null, null);
    } catch (DatasetLoader.DateGuessNeeded guess) {
      return new Part(rows, false, guess, null);
    } catch (RuntimeException e) {
      return new Part(rows, false, null, e);
    }
    return new Part(rows, false, null, null);
  }

  /** Reads the rows from row group {@code group} to the end of the file with the row reader. */
  private void readRest(int group) throws IOException {
    try (RecordReader rest = groups.rowReaderFrom(group)) {
      SequentialLoad.readAll(rest, columns, fill);
    }
  }

  private ParquetRowGroups.Cursor newCursor() {
    ParquetRowGroups.Cursor c = groups.newCursor(SLICE_ROWS);
    synchronized (cursors) {
      cursors.add(c);
    }
    return c;
  }

  private void closeCursors() throws IOException {
    IOException failure = null;
    synchronized (cursors) {
      for (ParquetRowGroups.Cursor c : cursors) {
        try {
          c.close();
        } catch (IOException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
      cursors.clear();
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "kpikit-parquet-row-group");
    t.setDaemon(true);
    return t;
  }
}
