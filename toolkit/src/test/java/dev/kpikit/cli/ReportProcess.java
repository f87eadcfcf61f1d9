package dev.kpikit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code kpikit} command in its own JVM (the test class path, {@link SlowReportMain} or the real
 * {@link KpikitCli}), its stdout and stderr in one log file; optionally under a file-size limit
 * ({@code ulimit -f}) to simulate a full disk.
 */
final class ReportProcess {
  private final Process process;
  private final Path log;

  private ReportProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** The java command running {@code main} with the test class path. */
  static List<String> java(Class<?> main, long slowPartMillis, String... args) {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData",
                "-Dslow.partMillis=" + slowPartMillis,
                "-cp",
                System.getProperty("java.class.path"),
                main.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /**
   * {@code command} under a file-size limit: writing past it fails with EFBIG ("File too large").
   * No {@code trap '' XFSZ} is needed: the JVM ignores SIGXFSZ itself, and the wrapper shell is
   * replaced by java ({@code exec}).
   */
  static List<String> withFileSizeLimit(long kibibytes, List<String> command) {
    List<String> cmd =
        new ArrayList<>(
            List.of("bash", "-c", "ulimit -f " + kibibytes + " && exec \"$@\"", "bash"));
    cmd.addAll(command);
    return cmd;
  }

  static ReportProcess start(List<String> command, Path log) throws IOException {
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ReportProcess(p, log);
  }

  Process process() {
    return process;
  }

  /** Everything the process printed so far. */
  String output() throws IOException {
    return Files.readString(log);
  }

  /** Waits until the process logs a line containing {@code text}; fails if it ends first. */
  void awaitLog(String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (output().contains(text)) {
        return;
      }
      Thread.sleep(10);
    }
    if (!output().contains(text)) {
      throw new AssertionError("the process never logged '" + text + "': " + output());
    }
  }

  /** Sends SIGKILL and waits for the process to be gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
  }

  /** Waits for the process to exit by itself. */
  int exitCode() throws Exception {
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      kill();
      throw new AssertionError("the process did not finish within 120 s: " + output());
    }
    return process.exitValue();
  }
}
