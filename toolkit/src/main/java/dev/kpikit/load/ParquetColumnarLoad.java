package dev.kpikit.load;

import dev.kpikit.load.parquet.ParquetRowGroups;
import dev.kpikit.load.source.RecordReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Loads a Parquet file row group by row group: each row group is decoded column by column into
 * typed vectors ({@link ParquetRowGroups.Cursor}) and its rows go through the row rules ({@link
 * RowLoader}) in runs of a bounded number of rows. Row groups are loaded in parallel on all
 * processors and their runs appended in file order by the calling thread, so the table, the rejects
 * and their row numbers are those of a sequential read with {@link
 * dev.kpikit.load.parquet.ParquetRecordReader}. A file of one row group is loaded the same way: a
 * thread of the pool decodes it while the calling thread appends its runs (pyarrow, and so pandas,
 * writes up to 1,048,576 rows in one row group; on such a file of 1M orders the load took 0.78 s
 * instead of 0.86 s and the run 1.37 s instead of 1.42 s, 8 alternating runs each).
 *
 * <p>Memory: a run is appended to the columns as soon as it is loaded, and the thread loading a
 * row group waits when four of its runs wait to be appended. So at most a few runs
 * per thread exist besides the columns, instead of a copy of every loaded row group (DuckDB writes
 * row groups of a million rows and more). An appended run is emptied and filled again by a later
 * one ({@link RowLoader#clear}): its arrays (a quarter to half a megabyte a column) would otherwise
 * be garbage of the old generation, 38 MB on 1M rows of the `parquet` benchmark shape, collected
 * by a full collection.
 *
 * <p>With a fill-down preset a row depends on the rows before it: such a file is read row by row
 * with the row reader ({@link SequentialLoad}). A row group that cannot be decoded (a corrupt page)
 * ends the columnar part: the rest of the file is read row by row from the first row not yet
 * appended, and the row reader reports the failure as it always does, at its row and column.
 */
final class ParquetColumnarLoad {
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  /** Row groups loaded ahead of the one being appended: enough to keep every thread busy. */
  private static final int AHEAD = THREADS + 1;

  /** Rows decoded at a time: the vectors of a slice stay in the processor's cache. */
  private static final int SLICE_ROWS = 4096;

  /**
   * Rows of a run handed to the columns, a multiple of the slice: 64k rows, about 3 MB of batches
   * on the `parquet` benchmark shape's 9 columns.
   */
  static final int RUN_ROWS = 16 * SLICE_ROWS;

  /** Runs of one row group that may wait to be appended before its thread waits too. */
  private static final int QUEUED_RUNS = 4;

  private final ParquetRowGroups groups;
  private final FileColumns columns;
  private final FillDown fill;
  private final int runRows;
  private final List<ParquetRowGroups.Cursor> cursors = new ArrayList<>();
  /** Runs appended and emptied, for the loading threads to fill again ({@link RowLoader#clear}). */
  private final Queue<RowLoader> spareRuns = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<ParquetRowGroups.Cursor> cursor = ThreadLocal.withInitial(this::newCursor);

  /**
   * @param runRows the most rows of a run handed to the columns, rounded up to whole decoded
   *     slices of 4,096 rows ({@link #RUN_ROWS}; tests use fewer)
   */
  ParquetColumnarLoad(ParquetRowGroups groups, FileColumns columns, FillDown fill, int runRows) {
    if (runRows < 1) {
      throw new IllegalArgumentException("runRows must be positive: " + runRows);
    }
    this.groups = groups;
    this.columns = columns;
    this.fill = fill;
    this.runRows = runRows;
  }

  /** Where the runs of a row group go, in order. */
  @FunctionalInterface
  private interface Runs {
    void hand(RowLoader run) throws InterruptedException;
  }

  /**
   * How loading one row group ended, after its runs were handed on.
   *
   * @param undecodable a page could not be read or decoded; the run it was in was not handed on
   * @param rowsHanded the rows (read, loaded or rejected) of the runs handed on
   * @param guess a date column needs its format guessed (lines relative to the row group)
   * @param failure the row rules failed
   * @param thrown anything else the loading thread threw
   */
  private record End(
      boolean undecodable,
      long rowsHanded,
      DatasetLoader.DateGuessNeeded guess,
      RuntimeException failure,
      Throwable thrown) {}

  /** A row group loading on a thread of the pool: its runs, then its {@link End}, in one queue. */
  private static final class GroupLoad {
    final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_RUNS + 1);
  }

  /** Reads the whole file into the columns. */
  void run() throws IOException {
    if (fill.isActive()) {
      readRest(0, 0);
      return;
    }
    int count = groups.count();
    try {
      if (count > 0) {
        runParallel(count);
      }
    } finally {
      closeCursors();
    }
  }

  private void runParallel(int count) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS, ParquetColumnarLoad::daemon);
    try {
      List<GroupLoad> loads = new ArrayList<>(count);
      for (int g = 0; g < count; g++) {
        loads.add(g < AHEAD ? submit(pool, g) : null);
      }
      // Only this thread appends: the columns make room for every row while the pool reads the
      // first row groups (allocating and zeroing them took 30 ms of 1M rows' start).
      columns.reserve(groups.firstRow(count - 1) + groups.rows(count - 1));
      for (int g = 0; g < count; g++) {
        GroupLoad load = loads.get(g);
        loads.set(g, null);
        if (g + AHEAD < count) {
          loads.set(g + AHEAD, submit(pool, g + AHEAD));
        }
        if (!finish(g, appendRuns(load, groups.firstRow(g)))) {
          return;
        }
      }
    } finally {
      pool.shutdownNow();
      awaitTermination(pool);
    }
  }

  private GroupLoad submit(ExecutorService pool, int group) {
    GroupLoad load = new GroupLoad();
    pool.execute(
        () -> {
          End end;
          try {
            end = load(group, load.queue::put);
          } catch (InterruptedException e) {
            return; // the load was abandoned: nobody waits for this row group
          } catch (Throwable e) {
            end = new End(false, 0, null, null, e);
          }
          try {
            load.queue.put(end);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    return load;
  }

  /** Appends the runs of a row group loading on another thread as they come; returns its end. */
  private End appendRuns(GroupLoad load, long firstRow) throws IOException {
    while (true) {
      Object next;
      try {
        next = load.queue.take();
      } catch (InterruptedException e) {
        throw interrupted(e);
      }
      if (next instanceof End end) {
        return end;
      }
      RowLoader run = (RowLoader) next;
      columns.append(run, firstRow);
      run.clear();
      spareRuns.add(run);
    }
  }

  /**
   * Acts on how a row group's load ended, its runs appended.
   *
   * @return whether to go on with the next row group (false: the rest of the file was read row by
   *     row)
   */
  private boolean finish(int group, End end) throws IOException {
    if (end.thrown() != null) {
      if (end.thrown() instanceof RuntimeException r) {
        throw r;
      }
      if (end.thrown() instanceof Error e) {
        throw e;
      }
      throw new IOException(end.thrown());
    }
    if (end.undecodable()) {
      readRest(group, end.rowsHanded());
      return false;
    }
    if (end.guess() != null) {
      throw end.guess().shifted(groups.firstRow(group));
    }
    if (end.failure() != null) {
      throw end.failure();
    }
    return true;
  }

  /**
   * Loads the rows of one row group, lines counted from 0 at its start, and hands them on in runs
   * of about {@link #runRows} rows; the last run is handed on also when the row rules fail, not
   * when a page cannot be decoded.
   */
  private End load(int group, Runs runs) throws InterruptedException {
    long groupRows = groups.rows(group);
    RowLoader rows = newRun(groupRows);
    ParquetRowGroups.Cursor c;
    try {
      c = cursor.get();
      c.open(group);
    } catch (ParquetRowGroups.Undecodable e) {
      return new End(true, 0, null, null, null);
    } catch (RuntimeException e) {
      runs.hand(rows);
      return new End(false, 0, null, e, null);
    }
    VectorFields fields = new VectorFields(c);
    long line = 0;
    long handed = 0;
    try {
      for (int n; (n = c.decode()) > 0; ) {
        if (!rows.loadColumns(fields, n)) {
          for (int r = 0; r < n; r++) {
            fields.at(line, r);
            rows.load(fields);
          }
        }
        line += n;
        if (rows.read >= runRows && line < groupRows) {
          runs.hand(rows);
          handed += rows.read;
          rows = newRun(groupRows - line);
        }
      }
    } catch (ParquetRowGroups.Undecodable e) {
      return new End(true, handed, null, null, null);
    } catch (DatasetLoader.DateGuessNeeded guess) {
      runs.hand(rows);
      return new End(false, handed, guess, null, null);
    } catch (RuntimeException e) {
      runs.hand(rows);
      return new End(false, handed, null, e, null);
    }
    runs.hand(rows);
    return new End(false, handed + rows.read, null, null, null);
  }

  /**
   * A run appended before, emptied; else a new one whose batches are sized to the rows it will
   * hold: no growing copies.
   */
  private RowLoader newRun(long rowsLeft) {
    RowLoader spare = spareRuns.poll();
    if (spare != null) {
      return spare;
    }
    long wholeSlices = (runRows + SLICE_ROWS - 1L) / SLICE_ROWS * SLICE_ROWS;
    long rows = Math.min(rowsLeft, wholeSlices);
    return new RowLoader(columns, fill, (int) rows);
  }

  /**
   * Reads the rows from row group {@code group} to the end of the file with the row reader, after
   * skipping the first {@code skip} rows of the row group (already appended).
   */
  private void readRest(int group, long skip) throws IOException {
    try (RecordReader rest = groups.rowReaderFrom(group)) {
      for (long i = 0; i < skip && rest.next(); i++) {
        // these rows were appended from the row group's pages
      }
      SequentialLoad.readAll(rest, columns, fill);
    }
  }

  private static IOException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new IOException("interrupted while loading", e);
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
