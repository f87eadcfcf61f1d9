package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ForkedTest {
  @Test
  void join_returnsTheComputationsResult() {
    assertEquals(6 * 7, Forked.start(() -> 6 * 7).join());
  }

  @Test
  void join_rethrowsTheComputationsUncheckedExceptionUnchanged() {
    IllegalArgumentException thrown = new IllegalArgumentException("no such column");
    Forked<Integer> failing = Forked.start(() -> {
      throw thrown;
    });
    assertSame(thrown, assertThrows(IllegalArgumentException.class, failing::join));
  }
}
