package dev.kpikit.metrics;

import java.util.function.Supplier;

/**
 * A value computed on first use and shared after, thread-safe: a second thread asking while the
 * first computes waits for that result instead of computing it again. Each memo has its own lock,
 * so threads waiting for one value never wait for another.
 *
 * @param <T> the value's type
 */
final class Memo<T> {
  private final Supplier<T> compute;
  private volatile T value;

  /** @param compute computes the value (called at most once; never returns null) */
  Memo(Supplier<T> compute) {
    this.compute = compute;
  }

  /** @return the value, computed on the first call */
  T get() {
    T known = value;
    if (known != null) {
      return known;
    }
    synchronized (this) {
      if (value == null) {
        value = compute.get();
      }
      return value;
    }
  }
}
