package dev.kpikit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
  private static final Clock AT_TWO = Clock.fixed(Instant.parse("2025-06-30T02:00:00.750Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private OutputLock acquire(Duration wait) throws IOException {
    return OutputLock.acquire(dir.resolve(".kpikit.lock"), dir, wait, AT_TWO);
  }

  @Test
  void aHeldLockRefusesTheNextRun_namingTheHoldersPidAndStart() throws IOException {
    try (OutputLock held = acquire(Duration.ZERO)) {
      OutputLockedException e = assertThrows(OutputLockedException.class, () -> acquire(Duration.ZERO));

      assertEquals(
          "another kpikit report is writing " + dir + " (pid " + ProcessHandle.current().pid()
              + ", started at 2025-06-30T02:00:00Z); gave up after 0 s (--wait)",
          e.getMessage());
    }
  }

  @Test
  void theNextRunWaitsUpToItsWait() throws IOException {
    try (OutputLock held = acquire(Duration.ZERO)) {
      long start = System.nanoTime();

      assertThrows(OutputLockedException.class, () -> acquire(Duration.ofMillis(300)));

      long waited = (System.nanoTime() - start) / 1_000_000;
      assertEquals(true, waited >= 300, "waited only " + waited + " ms");
    }
  }

  @Test
  void aReleasedLockCanBeTakenAgain() throws IOException {
    acquire(Duration.ZERO).close();

    acquire(Duration.ZERO).close();
  }
}
