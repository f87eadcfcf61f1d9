package dev.kpikit;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that compute a run's metric tables at once: one per core (at most {@value
 * #MAX_THREADS}), daemons, shut down when closed. A task's exception reaches the caller of {@link
 * #await} unchanged, as if the table had been computed on the caller's thread.
 */
final class TablePool implements AutoCloseable {
  /** More threads than this only add memory: the tables share one orders index. */
  static final int MAX_THREADS = 4;

  private final ExecutorService threads;

  private TablePool(int size) {
    AtomicInteger count = new AtomicInteger();
    threads = Executors.newFixedThreadPool(size, task -> {
      Thread t = new Thread(task, "kpikit-metrics-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** @return a pool with one thread per available core, at most {@value #MAX_THREADS} */
  static TablePool forThisMachine() {
    return new TablePool(Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors())));
  }

  /**
   * @param task a table's computation
   * @return its future result
   */
  <T> Future<T> submit(Callable<T> task) {
    return threads.submit(task);
  }

  /**
   * Waits for a task.
   *
   * @param future a task of this pool
   * @return its result
   * @throws RuntimeException the task's own unchecked exception, or {@link IllegalStateException}
   *     when it threw a checked one or the wait was interrupted
   * @throws Error the task's error (e.g. running out of memory)
   */
  static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing metrics", e);
    }
  }

  /** Stops the threads; tasks still running are interrupted. */
  @Override
  public void close() {
    threads.shutdownNow();
  }
}
