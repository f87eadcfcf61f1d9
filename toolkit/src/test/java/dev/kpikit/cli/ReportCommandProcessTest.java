package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.job.ReportFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kpikit report} in real processes ({@link SlowReportMain}): killed with SIGKILL at random
 * moments, and holding the lock against another process.
 */
class ReportCommandProcessTest {
  private static final Path CLOUDNOTE = Path.of("../data-samples/cloudnote-saas").toAbsolutePath().normalize();
  private static final int TRIALS = 5;

  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("report");
  }

  private Process start(String asOf, long millisPerPart) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dslow.partMillis=" + millisPerPart,
            "-cp", System.getProperty("java.class.path"), SlowReportMain.class.getName(),
            "report", CLOUDNOTE.toString(), "--out", out().toString(), "--as-of", asOf, "--wait", "30")
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("process.log").toFile())
        .start();
  }

  private int inProcess(String... args) {
    CommandLine cl = KpikitCli.commandLine(PageRenderers.reportWith(PageRenderers.page()));
    cl.setErr(new PrintWriter(new StringWriter()));
    return cl.execute(args);
  }

  /** Waits until the process logs a line containing {@code text}. */
  private void awaitLog(Process p, String text) throws Exception {
    Path log = tmp.resolve("process.log");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline && p.isAlive()) {
      if (Files.readString(log).contains(text)) {
        return;
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the process never logged '" + text + "': " + Files.readString(log));
  }

  @Test
  void aRunKilledAtRandomMomentsAlwaysLeavesOneCompleteReportPublished() throws Exception {
    String published = "2025-01-31";
    assertEquals(ExitCodes.OK, inProcess("report", CLOUDNOTE.toString(), "--out", out().toString(), "--as-of", published));
    Random random = new Random(20250630);
    List<String> moments = new ArrayList<>();
    for (int trial = 1; trial <= TRIALS; trial++) {
      String asOf = LocalDate.of(2025, 1 + trial, 1).plusMonths(1).minusDays(1).toString();
      Process p = start(asOf, 60);
      if (trial % 2 == 1) { // while the page is written or published
        awaitLog(p, "metric output file(s)");
        long delay = random.nextInt(60 * PageRenderers.PARTS + 100);
        Thread.sleep(delay);
        moments.add("trial " + trial + ": " + delay + " ms after the metric files");
      } else { // anywhere from computing to publishing
        awaitLog(p, "loaded orders");
        long delay = random.nextInt(1500);
        Thread.sleep(delay);
        moments.add("trial " + trial + ": " + delay + " ms after loading orders");
      }
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      String shown = PageRenderers.asOfShown(out());
      assertTrue(shown.equals(published) || shown.equals(asOf), moments + ": shows " + shown);
      published = shown;
    }
    assertEquals(ExitCodes.OK, inProcess("report", CLOUDNOTE.toString(), "--out", out().toString()));
    try (Stream<Path> entries = Files.list(out())) {
      assertEquals(List.of(), entries.map(e -> e.getFileName().toString())
          .filter(n -> n.startsWith(".") && !n.equals(ReportFolder.LOCK_FILE)).toList(), moments.toString());
    }
  }

  @Test
  void aRunInAnotherProcessHoldsTheLock_namedByItsPid() throws Exception {
    Process holder = start("2025-06-30", 1000);
    try {
      awaitLog(holder, "metric output file(s)");
      StringWriter err = new StringWriter();
      CommandLine cl = KpikitCli.commandLine(PageRenderers.reportWith(PageRenderers.page()));
      cl.setErr(new PrintWriter(err));

      int exit = cl.execute("report", CLOUDNOTE.toString(), "--out", out().toString(), "--wait", "0");

      assertEquals(ExitCodes.OUTPUT, exit);
      assertTrue(err.toString().contains("kpikit: another kpikit report is writing " + out() + " (pid " + holder.pid() + ", started at "), err.toString());
    } finally {
      holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }
}
