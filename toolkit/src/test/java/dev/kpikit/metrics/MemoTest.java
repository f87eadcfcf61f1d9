package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void theValueIsComputedOnceAndSharedByLaterCalls() {
    AtomicInteger computations = new AtomicInteger();
    Memo<StringBuilder> memo = new Memo<>(() -> {
      computations.incrementAndGet();
      return new StringBuilder("value");
    });
    StringBuilder first = memo.get();
    assertSame(first, memo.get());
    assertEquals(1, computations.get());
  }

  @Test
  void callsFromManyThreads_computeTheValueOnce() throws InterruptedException {
    AtomicInteger computations = new AtomicInteger();
    Memo<Object> memo = new Memo<>(() -> {
      computations.incrementAndGet();
      return new Object();
    });
    Thread[] threads = new Thread[4];
    Object[] seen = new Object[threads.length];
    for (int i = 0; i < threads.length; i++) {
      int slot = i;
      threads[i] = new Thread(() -> seen[slot] = memo.get());
      threads[i].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(1, computations.get());
    for (Object value : seen) {
      assertSame(seen[0], value);
    }
  }
}
