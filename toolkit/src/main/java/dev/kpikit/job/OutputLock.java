package dev.kpikit.job;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on an output folder, held through an operating-system file lock ({@link
 * FileChannel#tryLock()}) on a lock file, so that two runs, in one process or in two, never write
 * the same folder at once. The lock dies with its process: a killed run never leaves a stale lock.
 *
 * <p>The lock file holds a line describing the holder ({@code pid 4242, started at
 * 2025-06-30T02:00:00Z}) that a waiting run shows when it gives up. The file itself is kept
 * between runs (deleting it would let two runs lock two different files).
 *
 * <p>Within one JVM, holders are also tracked in memory: the operating system does not separate
 * the locks of one process, and closing any handle on a locked file may release them.
 *
 * @since 0.1.0
 */
public final class OutputLock implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(100);
  private static final String ACQUIRING = "another thread of this process";
  private static final Map<Path, String> HELD_IN_THIS_JVM = new ConcurrentHashMap<>();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, waiting up to {@code wait} while another run holds it.
   *
   * @param lockFile the lock file (created if absent; its folder must exist)
   * @param folder the folder the lock protects, for the message
   * @param wait how long to wait for another run to finish; zero tries once
   * @param clock the source of the start time recorded for other runs to see
   * @return the held lock; close it to release
   * @throws OutputLockedException when another run still holds the lock after {@code wait}
   * @throws IOException when the lock file cannot be created or locked
   */
  public static OutputLock acquire(Path lockFile, Path folder, Duration wait, Clock clock)
      throws IOException {
    Path key = lockFile.toAbsolutePath().normalize();
    long deadline = System.nanoTime() + wait.toNanos();
    while (true) {
      Attempt attempt = tryOnce(key, clock);
      if (attempt.lock() != null) {
        return attempt.lock();
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new OutputLockedException(
            "another kpikit report is writing " + folder + " (" + attempt.holder()
                + "); gave up after " + wait.toSeconds() + " s (--wait)");
      }
      sleep(Math.min(left, POLL.toNanos()));
    }
  }

  /** One try: the lock, or who holds it. */
  private record Attempt(OutputLock lock, String holder) {}

  private static Attempt tryOnce(Path key, Clock clock) throws IOException {
    if (HELD_IN_THIS_JVM.putIfAbsent(key, ACQUIRING) != null) {
      return new Attempt(null, HELD_IN_THIS_JVM.getOrDefault(key, ACQUIRING));
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // another JVM-wide holder not yet in the map; treat as busy
      }
      if (lock == null) {
        String holder = readHolder(channel); // through our own handle: never closes another's
        channel.close();
        HELD_IN_THIS_JVM.remove(key);
        return new Attempt(null, holder);
      }
      String holder =
          "pid " + ProcessHandle.current().pid() + ", started at "
              + clock.instant().truncatedTo(ChronoUnit.SECONDS);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((holder + "\n").getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      HELD_IN_THIS_JVM.put(key, holder);
      return new Attempt(new OutputLock(key, channel, lock), null);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      HELD_IN_THIS_JVM.remove(key);
      throw e;
    }
  }

  private static String readHolder(FileChannel channel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(256);
    channel.read(buf, 0);
    String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "pid unknown" : text;
  }

  private static void sleep(long nanos) throws InterruptedIOException {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the output lock");
    }
  }

  /** Releases the lock; the lock file stays. */
  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      HELD_IN_THIS_JVM.remove(key);
    }
  }
}
