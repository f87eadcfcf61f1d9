package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TablePoolTest {
  @Test
  void aTasksResult_isReturnedByAwait() {
    try (TablePool pool = TablePool.forThisMachine()) {
      assertEquals(42, TablePool.await(pool.submit(() -> 42)));
    }
  }

  @Test
  void aTasksUncheckedException_reachesTheCallerUnchanged() {
    IllegalArgumentException thrown = new IllegalArgumentException("no such column");
    try (TablePool pool = TablePool.forThisMachine()) {
      var future = pool.<Integer>submit(() -> {
        throw thrown;
      });
      assertSame(thrown, assertThrows(IllegalArgumentException.class, () -> TablePool.await(future)));
    }
  }
}
