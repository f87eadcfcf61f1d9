package dev.kpikit.testing;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;

/**
 * Measures the heap bytes the current thread allocates while it does some work ({@code
 * com.sun.management.ThreadMXBean}), for tests that bound the memory an input may cost.
 */
public final class Allocation {
  private Allocation() {}

  /**
   * A result and what it cost.
   *
   * @param value what the work returned
   * @param bytes the bytes the thread allocated meanwhile
   * @param <T> the result type
   */
  public record Measured<T>(T value, long bytes) {}

  /**
   * @param work the work, run on the current thread
   * @param <T> its result type
   * @return its result and the bytes allocated
   * @throws Exception what the work throws
   */
  public static <T> Measured<T> of(Callable<T> work) throws Exception {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    T value = work.call();
    return new Measured<>(value, threads.getCurrentThreadAllocatedBytes() - before);
  }
}
