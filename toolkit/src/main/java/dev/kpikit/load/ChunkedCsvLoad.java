package dev.kpikit.load;

import dev.kpikit.load.csv.CsvChunkReader;
import dev.kpikit.load.csv.CsvFileChunks;
import dev.kpikit.load.source.RecordReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads a CSV file chunk by chunk, parsing chunks in parallel on all processors and appending them
 * in file order, so the table, the rejects and their line numbers are those of a sequential read.
 *
 * <p>A chunk is parsed from its planned start; if the previous chunk ended elsewhere (a quoted
 * field or blank lines crossed the planned start), the chunk is parsed again from where the
 * previous one ended. A record the chunk reader leaves to the streaming reader (malformed, beyond
 * the limits, or with bytes not valid in the encoding) ends the parallel part: the rest of the file
 * is read sequentially from that record, which reports it as the streaming reader always does.
 */
final class ChunkedCsvLoad {
  private static final int THREADS = Runtime.getRuntime().availableProcessors();

  /** Chunks parsed ahead of the one being appended: enough to keep every thread busy. */
  private static final int AHEAD = THREADS + 1;

  /** The largest buffer kept for reuse: a chunk that grew past it for a long record is let go. */
  private static final int MAX_SPARE_BYTES = 64 << 20;

  private final CsvFileChunks chunks;
  private final FileColumns columns;
  /**
   * Buffers of parsed chunks, read into again by later chunks: a file is read into a few arrays
   * instead of one fresh array per chunk (fresh memory costs page faults). A chunk's rows keep
   * nothing of its buffer: values are copied or decoded while parsing.
   */
  private final Queue<byte[]> spares = new ConcurrentLinkedQueue<>();
  private final FillDown inactiveFill;

  ChunkedCsvLoad(CsvFileChunks chunks, FileColumns columns, FillDown inactiveFill) {
    this.chunks = chunks;
    this.columns = columns;
    this.inactiveFill = inactiveFill;
  }

  /** What parsing one chunk from a given start gave. */
  private record Part(
      long start,
      RowLoader rows,
      long end,
      long endLine,
      boolean endsAfterCr,
      long unusualStart,
      long unusualLine,
      DatasetLoader.DateGuessNeeded guess,
      RuntimeException failure) {
    boolean unusual() {
      return unusualStart >= 0;
    }
  }

  /** Reads the whole file into the columns. */
  void run() throws IOException {
    int count = chunks.count();
    ExecutorService pool = count > 1 && THREADS > 1 ? Executors.newFixedThreadPool(THREADS, ChunkedCsvLoad::daemon) : null;
    try {
      List<Future<Part>> parts = new ArrayList<>(count);
      for (int k = 0; k < count; k++) {
        parts.add(k < AHEAD ? submit(pool, k) : null);
      }
      long start = chunks.plannedStart(0);
      long line = chunks.firstLine();
      boolean afterCr = chunks.firstLineAfterCr();
      for (int k = 0; k < count; k++) {
        Part part = LoadTasks.await(parts.get(k));
        parts.set(k, null);
        if (k + AHEAD < count) {
          parts.set(k + AHEAD, submit(pool, k + AHEAD));
        }
        if (part.start() != start) {
          part = parse(start, chunks.plannedStop(k), afterCr);
        }
        if (k == 0 && count > 1) {
          columns.reserve(expectedRows(part, count));
        }
        columns.append(part.rows(), line);
        if (part.guess() != null) {
          throw part.guess().shifted(line);
        }
        if (part.failure() instanceof UncheckedIOException io) {
          throw io.getCause(); // the caller names the file (e.g. one that shrank while read)
        }
        if (part.failure() != null) {
          throw part.failure();
        }
        if (part.unusual()) {
          readRest(part.unusualStart(), line + part.unusualLine());
          return;
        }
        start = part.end();
        line += part.endLine();
        afterCr = part.endsAfterCr();
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * The rows the whole file probably holds, from the first chunk's rows per byte and the file's
   * size, a little over: a hint for {@link FileColumns#reserve}, never a limit.
   */
  private long expectedRows(Part first, int count) {
    long firstBytes = first.end() > first.start() ? first.end() - first.start() : 0;
    long fileBytes = chunks.plannedStop(count - 1) - chunks.plannedStart(0);
    if (firstBytes <= 0 || fileBytes <= 0) {
      return 0;
    }
    return (long) (first.rows().read * ((double) fileBytes / firstBytes) * 1.02);
  }

  private Future<Part> submit(ExecutorService pool, int k) {
    boolean afterCr = k == 0 && chunks.firstLineAfterCr();
    if (pool == null) {
      Part part = parse(chunks.plannedStart(k), chunks.plannedStop(k), afterCr);
      return java.util.concurrent.CompletableFuture.completedFuture(part);
    }
    return pool.submit(() -> parse(chunks.plannedStart(k), chunks.plannedStop(k), afterCr));
  }

  /** Parses the records starting in {@code [start, stop)}, lines counted from 0 at {@code start}. */
  private Part parse(long start, long stop, boolean afterCr) {
    RowLoader rows = new RowLoader(columns, inactiveFill);
    CsvChunkReader reader;
    try {
      reader = chunks.read(start, stop, 0, afterCr, spares.poll());
    } catch (IOException e) {
      return new Part(start, rows, start, 0, false, -1, 0, null, new UncheckedIOException(e));
    }
    try {
      return parse(start, rows, reader);
    } finally {
      byte[] used = reader.buffer();
      if (used.length <= MAX_SPARE_BYTES) {
        spares.offer(used);
      }
    }
  }

  private Part parse(long start, RowLoader rows, CsvChunkReader reader) {
    ChunkFields fields = new ChunkFields(reader);
    try {
      while (reader.next()) {
        rows.load(fields);
      }
    } catch (CsvChunkReader.Unusual e) {
      return new Part(start, rows, -1, 0, false, reader.recordStart(), reader.line(), null, null);
    } catch (DatasetLoader.DateGuessNeeded guess) {
      return new Part(start, rows, -1, 0, false, -1, 0, guess, null);
    } catch (RuntimeException e) {
      return new Part(start, rows, -1, 0, false, -1, 0, null, e);
    }
    return new Part(start, rows, reader.end(), reader.endLine(), reader.endsAfterCr(), -1, 0, null, null);
  }

  /** Reads the records from {@code start} to the end of the file with the streaming reader. */
  private void readRest(long start, long line) throws IOException {
    try (RecordReader rest = chunks.streamFrom(start, line, false)) {
      SequentialLoad.readAll(rest, columns, inactiveFill);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "kpikit-csv-chunk");
    t.setDaemon(true);
    return t;
  }
}
