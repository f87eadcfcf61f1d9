package dev.kpikit.load;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the parts of a file that are loaded in parallel (CSV chunks, Parquet row groups). */
final class LoadTasks {
  private LoadTasks() {}

  /**
   * The result of a part, with its failure rethrown as it was thrown: a runtime exception or error
   * as itself, anything else as an {@link IOException}.
   *
   * @throws IOException when the part failed with a checked exception, or the wait was interrupted
   */
  static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while loading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    }
  }
}
