package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A start that hangs is abandoned at the deadline and tried once more; two such fail the test. */
class MiniHdfsTest {
  private static final Duration SHORT = Duration.ofMillis(200);

  /** Blocks its thread until interrupted, as a start that never finishes. */
  private static String hang() throws IOException {
    try {
      new CountDownLatch(1).await();
      throw new AssertionError("unreachable");
    } catch (InterruptedException e) {
      throw new IOException("interrupted", e);
    }
  }

  @Test
  void aStartThatFinishesInTime_isReturned_andTriedOnce() throws IOException {
    List<Integer> attempts = Collections.synchronizedList(new ArrayList<>());

    String started = MiniHdfs.startWithin(SHORT, n -> {
      attempts.add(n);
      return "cluster " + n;
    });

    assertEquals("cluster 1", started);
    assertEquals(List.of(1), attempts);
  }

  @Test
  void aStartThatHangs_isAbandonedAtTheDeadline_andTheSecondAttemptIsReturned() throws IOException {
    String started = MiniHdfs.startWithin(SHORT, n -> n == 1 ? hang() : "cluster " + n);

    assertEquals("cluster 2", started);
  }

  @Test
  void twoStartsThatHang_failWithWhereEachThreadStood() {
    AssertionError failure = assertThrows(AssertionError.class,
        () -> MiniHdfs.startWithin(SHORT, n -> hang()));

    String message = failure.getMessage();
    assertTrue(message.startsWith("MiniDFSCluster did not start within 200 ms, twice:"), message);
    assertTrue(message.contains("attempt 1, thread minidfs-start-1 after 200 ms:"), message);
    assertTrue(message.contains("attempt 2, thread minidfs-start-2 after 200 ms:"), message);
    assertTrue(message.contains("MiniHdfsTest.hang"), message);
  }

  @Test
  void aStartThatFails_failsAtOnce_withItsException() {
    IOException refused = new IOException("port in use");
    List<Integer> attempts = Collections.synchronizedList(new ArrayList<>());

    IOException thrown = assertThrows(IOException.class, () -> MiniHdfs.startWithin(SHORT, n -> {
      attempts.add(n);
      throw refused;
    }));

    assertSame(refused, thrown);
    assertEquals(List.of(1), attempts);
  }
}
