package dev.kpikit.metrics;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A computation started on another thread ({@link CompletableFuture}'s default asynchronous
 * executor: the common fork-join pool, or a new thread when that pool has a single worker) while
 * the caller goes on with independent work, and joined when its result is needed. An exception of
 * the computation reaches the caller of {@link #join()} unchanged, as if it had run on the
 * caller's thread.
 *
 * @param <T> the result type
 */
final class Forked<T> {
  private final CompletableFuture<T> future;

  private Forked(CompletableFuture<T> future) {
    this.future = future;
  }

  /**
   * @param work a computation that shares no mutable state with the caller's work until joined
   * @return the running computation
   */
  static <T> Forked<T> start(Supplier<T> work) {
    return new Forked<>(CompletableFuture.supplyAsync(work));
  }

  /**
   * Waits for the computation.
   *
   * @return its result
   * @throws RuntimeException the computation's own unchecked exception
   * @throws Error the computation's error (e.g. running out of memory)
   */
  T join() {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
