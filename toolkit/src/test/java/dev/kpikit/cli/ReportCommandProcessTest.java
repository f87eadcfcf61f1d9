package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.job.ReportFolder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kpikit report} in real processes ({@link SlowReportMain}): killed with SIGKILL at random
 * moments, and holding the lock against another process. {@code -Dkpikit.faults.trials=N} sets the
 * number of kill trials (default {@value #DEFAULT_TRIALS}; the README's deep run uses 200).
 */
class ReportCommandProcessTest {
  private static final Path CLOUDNOTE =
      Path.of("../data-samples/cloudnote-saas").toAbsolutePath().normalize();
  private static final int DEFAULT_TRIALS = 5;
  private static final List<String> AS_OF = List.of("2025-01-31", "2025-02-28", "2025-03-31");

  /** The last log line before each step, in order, and the step a kill after it interrupts. */
  private static final Map<String, String> STEPS = stepsByLastLine();

  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("report");
  }

  private ReportProcess start(String asOf, long millisPerPart) throws Exception {
    return ReportProcess.start(
        ReportProcess.java(
            SlowReportMain.class,
            millisPerPart,
            "report",
            CLOUDNOTE.toString(),
            "--out",
            out().toString(),
            "--as-of",
            asOf,
            "--wait",
            "30"),
        tmp.resolve("process.log"));
  }

  private int inProcess(String... args) {
    CommandLine cl = KpikitCli.commandLine(PageRenderers.reportWith(PageRenderers.page()));
    cl.setErr(new PrintWriter(new StringWriter()));
    return cl.execute(args);
  }

  private static Map<String, String> stepsByLastLine() {
    Map<String, String> steps = new LinkedHashMap<>();
    steps.put("report of ", "loading");
    steps.put("INFO  loaded financials", "computing");
    steps.put("metric output file(s)", "writing the page");
    steps.put("wrote the page", "publishing");
    steps.put("INFO  published", "rotating");
    steps.put("INFO  done in", "exiting");
    return steps;
  }

  /** The step the process was in when killed, from the last step it logged. */
  private static String stepKilledIn(String log) {
    String step = "starting the JVM";
    for (Map.Entry<String, String> e : STEPS.entrySet()) {
      if (log.contains(e.getKey())) {
        step = e.getValue();
      }
    }
    return step;
  }

  @Test
  void aRunKilledAtRandomMomentsAlwaysLeavesOneCompleteReportPublished() throws Exception {
    int trials = Integer.getInteger("kpikit.faults.trials", DEFAULT_TRIALS);
    Map<String, Map<String, String>> reference = new LinkedHashMap<>();
    for (String asOf : AS_OF) {
      reference.put(
          asOf, PublishedReports.reference(CLOUDNOTE, asOf, tmp.resolve("reference-" + asOf)));
    }
    // How long an uninterrupted process takes, from start to exit: kills are spread over it.
    long started = System.nanoTime();
    ReportProcess whole = start(AS_OF.get(0), 60);
    assertEquals(ExitCodes.OK, whole.exitCode(), whole.output());
    long runMillis = (System.nanoTime() - started) / 1_000_000;
    String published = AS_OF.get(0);
    assertEquals(reference.get(published), PublishedReports.published(out()));

    Random random = new Random(Long.getLong("kpikit.faults.seed", 20250630));
    Map<String, Integer> killedIn = new TreeMap<>();
    List<String> moments = new ArrayList<>();
    for (int trial = 1; trial <= trials; trial++) {
      String asOf = AS_OF.get(trial % AS_OF.size()); // never the one published before
      ReportProcess p = start(asOf, 60);
      String after = "start";
      long delay;
      if (trial % 3 == 1) { // anywhere in the run
        delay = random.nextInt((int) (runMillis * 11 / 10));
      } else if (trial % 3 == 2) { // while the page is written and published, where most files change
        p.awaitLog("metric output file(s)");
        after = "the metric files";
        delay = random.nextInt(60 * PageRenderers.PARTS + 100);
      } else { // while the shared file moves, the run is renamed, links switch and old runs go
        p.awaitLog("wrote the page");
        after = "the page";
        delay = random.nextInt(20);
      }
      Thread.sleep(delay);
      p.kill();
      String step = stepKilledIn(p.output());
      killedIn.merge(step, 1, Integer::sum);
      moments.add("trial " + trial + " killed " + delay + " ms after " + after + ", " + step);

      Map<String, String> shown = PublishedReports.published(out());
      if (shown.equals(reference.get(asOf))) {
        published = asOf;
      } else {
        assertEquals(
            reference.get(published), shown, "neither the previous nor the new report: " + moments);
      }
    }
    System.out.printf(
        "kill -9 trials: %d over %d ms runs, killed while %s%n", trials, runMillis, killedIn);
    assertEquals(
        ExitCodes.OK, inProcess("report", CLOUDNOTE.toString(), "--out", out().toString()));
    try (Stream<Path> entries = Files.list(out())) {
      assertEquals(
          List.of(),
          entries
              .map(e -> e.getFileName().toString())
              .filter(n -> n.startsWith(".") && !n.equals(ReportFolder.LOCK_FILE))
              .toList(),
          moments.toString());
    }
    assertEquals(List.of(), PublishedReports.sharedFilesNoRunUses(out()), "pruned after the last run");
    try (Stream<Path> shared = Files.list(out().resolve(ReportFolder.SHARED))) {
      assertTrue(shared.count() > 0, "the runs share files");
    }
  }

  @Test
  void aRunInAnotherProcessHoldsTheLock_namedByItsPid() throws Exception {
    ReportProcess holder = start("2025-06-30", 1000);
    try {
      holder.awaitLog("metric output file(s)");
      StringWriter err = new StringWriter();
      CommandLine cl = KpikitCli.commandLine(PageRenderers.reportWith(PageRenderers.page()));
      cl.setErr(new PrintWriter(err));

      int exit =
          cl.execute("report", CLOUDNOTE.toString(), "--out", out().toString(), "--wait", "0");

      assertEquals(ExitCodes.OUTPUT, exit);
      assertTrue(
          err.toString()
              .contains(
                  "kpikit: another kpikit report is writing "
                      + out()
                      + " (pid "
                      + holder.process().pid()
                      + ", started at "),
          err.toString());
    } finally {
      holder.kill();
    }
  }
}
