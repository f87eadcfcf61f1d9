package dev.kpikit.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * Starts Hadoop's MiniDFSCluster (one name node, one data node) with a deadline: a start that does
 * not finish in time is abandoned, with the stack of the thread that was starting it, and tried once
 * more in a fresh folder. A test then fails with that stack instead of holding the build until the
 * CI's time limit (a fresh-clone CI once waited on such a start for its whole budget).
 */
final class MiniHdfs {
  /** Far above a normal start (a few seconds on a 2-core machine). */
  static final Duration DEADLINE = Duration.ofMinutes(2);

  private MiniHdfs() {}

  /**
   * @param baseDir a folder for the cluster's storage; each attempt uses its own subfolder
   * @return the started cluster, active
   * @throws IOException if the cluster fails to start
   * @throws AssertionError if two attempts in a row outlive {@link #DEADLINE}, naming where each was
   */
  static MiniDFSCluster start(Path baseDir) throws IOException {
    return startWithin(DEADLINE, attempt -> build(baseDir.resolve("attempt-" + attempt)));
  }

  /** One attempt at starting something: numbered from 1. */
  @FunctionalInterface
  interface Attempt<T> {
    T start(int attempt) throws IOException;
  }

  /**
   * Runs {@code attempt} on a thread of its own and waits at most {@code deadline} for it; an
   * attempt that outlives it is interrupted and left behind (a daemon thread), and attempt 2 starts.
   *
   * @return what the first attempt to finish in time returned
   * @throws IOException what an attempt threw, as soon as one throws
   * @throws AssertionError if both attempts outlive the deadline, with each one's stack at that time
   */
  static <T> T startWithin(Duration deadline, Attempt<T> attempt) throws IOException {
    StringBuilder stuck = new StringBuilder();
    for (int n = 1; n <= 2; n++) {
      int number = n;
      FutureTask<T> start = new FutureTask<>(() -> attempt.start(number));
      Thread starter = new Thread(start, "minidfs-start-" + n);
      starter.setDaemon(true);
      starter.start();
      try {
        return start.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        stuck.append("\nattempt ").append(n).append(", thread ").append(starter.getName())
            .append(" after ").append(deadline.toMillis()).append(" ms:");
        for (StackTraceElement frame : starter.getStackTrace()) {
          stuck.append("\n    at ").append(frame);
        }
        start.cancel(true);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IOException("MiniDFSCluster failed to start", e.getCause());
      } catch (InterruptedException | CancellationException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while MiniDFSCluster was starting", e);
      }
    }
    throw new AssertionError("MiniDFSCluster did not start within " + deadline.toMillis() + " ms, twice:" + stuck);
  }

  private static MiniDFSCluster build(Path dir) throws IOException {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.toString());
    MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
    return cluster;
  }
}
