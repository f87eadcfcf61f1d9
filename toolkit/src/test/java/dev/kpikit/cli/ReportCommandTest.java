package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kpikit.job.ReportFolder;
import dev.kpikit.job.ReportRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
  private static final Path CLOUDNOTE = Path.of("../data-samples/cloudnote-saas").toAbsolutePath().normalize();
  private static final Pattern LOG_LINE =
      Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (INFO |WARN ) .+");

  private static final Pattern LOADED =
      Pattern.compile("INFO  loaded orders: ([\\d,]+) rows read, ([\\d,]+) loaded, ([\\d,]+) rejected");

  @TempDir Path tmp;

  private static long count(String grouped) {
    return Long.parseLong(grouped.replace(",", ""));
  }

  /** One command run: exit code and what it printed. */
  private record Run(int exit, String stdout, String stderr) {
    List<String> errorLines() {
      return stderr.lines().filter(l -> l.startsWith("kpikit: ")).toList();
    }
  }

  private static Run report(ReportRenderer renderer, Path out, String... more) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine cl = KpikitCli.commandLine(PageRenderers.reportWith(renderer));
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(stderr));
    String[] args = Stream.concat(Stream.of("report", CLOUDNOTE.toString(), "--out", out.toString()), Stream.of(more))
        .toArray(String[]::new);
    return new Run(cl.execute(args), stdout.toString(), stderr.toString());
  }

  private Path out() {
    return tmp.resolve("report");
  }

  @Test
  void publishesTheMetricOutputsAndThePage_dirShowingTheRunThroughLinks() throws IOException {
    Run run = report(PageRenderers.page(), out(), "--as-of", "2025-06-30");

    assertEquals(ExitCodes.OK, run.exit(), run.stderr());
    assertEquals("2025-06-30", PageRenderers.asOfShown(out()));
    for (String f : List.of("metrics/revenue_monthly.csv", "quality.csv", "rejects/orders.csv", "run.json")) {
      assertTrue(Files.isRegularFile(out().resolve(f)), f);
    }
    List<String> runs = ReportFolder.open(out()).runNames();
    assertEquals(1, runs.size());
    assertEquals(Path.of("runs", runs.get(0)), Files.readSymbolicLink(out().resolve("current")));
    assertEquals(Path.of("current", "index.html"), Files.readSymbolicLink(out().resolve("index.html")));
  }

  @Test
  void keepRotation_nPlusTwoRunsLeaveTheNLatest_currentOnTheLast() throws IOException {
    for (int i = 0; i < 4; i++) {
      assertEquals(ExitCodes.OK, report(PageRenderers.page(), out(), "--keep", "2").exit());
    }
    ReportFolder folder = ReportFolder.open(out());
    List<String> runs = folder.runNames();
    assertEquals(2, runs.size(), runs.toString());
    assertEquals(runs.get(1), folder.currentRun());
    PageRenderers.asOfShown(out());
  }

  @Test
  void runsOfOtherDates_shareNothing_andRotationPrunesTheSharedFilesOfDeletedRuns() throws IOException {
    for (String asOf : List.of("2025-04-30", "2025-05-31", "2025-06-30")) {
      assertEquals(ExitCodes.OK, report(PageRenderers.page(), out(), "--as-of", asOf, "--keep", "2").exit());
    }
    assertEquals(2, ReportFolder.open(out()).runNames().size());
    assertEquals(List.of(), PublishedReports.sharedFilesNoRunUses(out()));
    try (Stream<Path> shared = Files.list(out().resolve(ReportFolder.SHARED))) {
      assertEquals(2, shared.count(), "one shared file per kept run's as-of date");
    }
    PublishedReports.assertEveryLinkOfEveryRunResolves(out());
    assertEquals("2025-06-30", PageRenderers.asOfShown(out()));
  }

  @Test
  void runsOfTheSameDate_keepOneSharedCopy() throws IOException {
    for (int i = 0; i < 3; i++) {
      assertEquals(ExitCodes.OK, report(PageRenderers.page(), out(), "--as-of", "2025-06-30").exit());
    }
    assertEquals(3, ReportFolder.open(out()).runNames().size());
    try (Stream<Path> shared = Files.list(out().resolve(ReportFolder.SHARED))) {
      assertEquals(1, shared.count());
    }
  }

  @Test
  void aFailingPageLeavesThePreviousReportByteIdentical_andNoTemporaryFiles() throws IOException {
    report(PageRenderers.page(), out(), "--as-of", "2025-06-30");
    Map<String, String> before = FolderSnapshot.of(out(), ReportFolder.LOCK_FILE);

    Run failed = report(PageRenderers.failing(), out(), "--as-of", "2025-09-30");

    assertEquals(ExitCodes.OUTPUT, failed.exit());
    assertEquals(List.of("kpikit: cannot write " + out() + ": No space left on device"), failed.errorLines());
    assertEquals(before, FolderSnapshot.of(out(), ReportFolder.LOCK_FILE));
  }

  /** A run holding the lock, blocked in its page until {@code release} counts down. */
  private record BlockedRun(CompletableFuture<Run> result, CountDownLatch release) {}

  private BlockedRun startBlockedRun() throws InterruptedException {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Run> result =
        CompletableFuture.supplyAsync(() -> report(PageRenderers.blocking(entered, release), out()));
    assertTrue(entered.await(60, TimeUnit.SECONDS), "the first run never reached its page");
    return new BlockedRun(result, release);
  }

  @Test
  void aSecondRunWaitsForTheLock_thenExitsFiveNamingTheHolder() throws Exception {
    BlockedRun first = startBlockedRun();
    try {
      long start = System.nanoTime();

      Run second = report(PageRenderers.page(), out(), "--wait", "1");

      assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(1000), "did not wait");
      assertEquals(ExitCodes.OUTPUT, second.exit());
      String line = "kpikit: another kpikit report is writing " + out() + " (pid " + ProcessHandle.current().pid()
          + ", started at ";
      assertEquals(1, second.errorLines().size(), second.stderr());
      assertTrue(second.errorLines().get(0).startsWith(line), second.stderr());
    } finally {
      first.release().countDown();
    }
    assertEquals(ExitCodes.OK, first.result().get(60, TimeUnit.SECONDS).exit());
  }

  @Test
  void aWaitingRunProceedsWhenTheLockIsReleasedInTime() throws Exception {
    BlockedRun first = startBlockedRun();
    CompletableFuture<Run> second =
        CompletableFuture.supplyAsync(() -> report(PageRenderers.page(), out(), "--wait", "60"));
    Thread.sleep(300);
    assertFalse(second.isDone(), "the second run did not wait for the first");
    first.release().countDown();

    assertEquals(ExitCodes.OK, first.result().get(60, TimeUnit.SECONDS).exit());
    assertEquals(ExitCodes.OK, second.get(60, TimeUnit.SECONDS).exit());
    assertEquals(2, ReportFolder.open(out()).runNames().size());
  }

  @Test
  void rejectRateAboveTheLimitStillPublishes_andExitsFour() throws IOException {
    Run run = report(PageRenderers.page(), out(), "--max-reject-rate", "0");

    assertEquals(ExitCodes.REJECTS, run.exit());
    assertTrue(run.errorLines().get(0).startsWith("kpikit: reject rate "), run.stderr());
    PageRenderers.asOfShown(out());
  }

  @Test
  void zeroRunsToKeepIsAUsageError() {
    Run run = report(PageRenderers.page(), out(), "--keep", "0");

    assertEquals(ExitCodes.USAGE, run.exit());
    assertEquals("--keep: expected at least 1, got 0", run.stderr().lines().findFirst().orElseThrow());
    assertFalse(Files.exists(out()));
  }

  @Test
  void aMissingDataFolderExitsThree_writingNothing() {
    StringWriter err = new StringWriter();
    CommandLine cl = KpikitCli.commandLine(PageRenderers.reportWith(PageRenderers.page()));
    cl.setErr(new PrintWriter(err));

    int exit = cl.execute("report", tmp.resolve("no-such-folder").toString(), "--out", out().toString());

    assertEquals(ExitCodes.INPUT, exit);
    assertFalse(Files.exists(out()));
  }

  @Test
  void anOutputThatIsAFileExitsFive() throws IOException {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");

    Run run = report(PageRenderers.page(), file);

    assertEquals(ExitCodes.OUTPUT, run.exit());
    assertEquals(List.of("kpikit: cannot write " + file + ": " + file + " is a file, not a folder"), run.errorLines());
  }

  @Test
  void aNonEmptyFolderThatIsNotAReportIsRefused_untouched() throws IOException {
    Files.createDirectories(out());
    Files.writeString(out().resolve("notes.txt"), "mine");

    Run run = report(PageRenderers.page(), out());

    assertEquals(ExitCodes.OUTPUT, run.exit());
    assertEquals(
        List.of("kpikit: cannot write " + out() + ": " + out() + " holds notes.txt, which kpikit report did"
            + " not write; give an empty or new folder, or move notes.txt away"),
        run.errorLines());
    assertEquals(Map.of("notes.txt", "mine"), FolderSnapshot.of(out()));
  }

  @Test
  void leftoversOfAnInterruptedRunAreRemovedByTheNextRun() throws IOException {
    report(PageRenderers.page(), out());
    Files.createDirectories(out().resolve(".staging-2025-01-01T00-00-00.000Z/metrics"));
    Files.createSymbolicLink(out().resolve(".link-current"), Path.of("runs/nowhere"));

    Run run = report(PageRenderers.page(), out());

    assertEquals(ExitCodes.OK, run.exit());
    assertTrue(run.stderr().contains("removed 2 temporary entries"), run.stderr());
    try (Stream<Path> entries = Files.list(out())) {
      assertEquals(List.of(), entries.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".") && !n.equals(ReportFolder.LOCK_FILE)).toList());
    }
  }

  @Test
  void sameInputsAndAsOfGiveAnIdenticalReport_exceptRunTimings() throws IOException {
    report(PageRenderers.page(), out(), "--as-of", "2025-06-30");
    report(PageRenderers.page(), out(), "--as-of", "2025-06-30");
    List<String> runs = ReportFolder.open(out()).runNames();
    Path first = out().resolve("runs").resolve(runs.get(0));
    Path second = out().resolve("runs").resolve(runs.get(1));

    assertEquals(FolderSnapshot.of(first, "run.json"), FolderSnapshot.of(second, "run.json"));
    assertEquals(withoutTimings(first.resolve("run.json")), withoutTimings(second.resolve("run.json")));
  }

  private static ObjectNode withoutTimings(Path runJson) throws IOException {
    ObjectNode node = (ObjectNode) new ObjectMapper().readTree(runJson.toFile());
    node.remove("timings_ms");
    return node;
  }

  @Test
  void logsAreTimestampedLinesPerStep_withCountsAndNoDataValuesOrProgressBar() throws IOException {
    Run run = report(PageRenderers.page(), out());

    List<String> lines = run.stderr().lines().toList();
    for (String line : lines) {
      assertTrue(LOG_LINE.matcher(line).matches(), line);
    }
    String log = run.stderr();
    List<String> orders = Files.readAllLines(CLOUDNOTE.resolve("orders.csv"));
    Matcher loaded = LOADED.matcher(log);
    assertTrue(loaded.find(), log);
    long read = count(loaded.group(1));
    assertEquals(orders.size() - 1, read);
    assertEquals(read, count(loaded.group(2)) + count(loaded.group(3)));
    assertTrue(log.contains("INFO  published " + out() + " (runs/"), log);
    assertTrue(log.contains("INFO  done in "), log);
    assertFalse(log.contains("\r"), "a progress bar was drawn without a terminal");
    String[] firstOrder = orders.get(1).split(",");
    for (String value : List.of(firstOrder[0], firstOrder[2], firstOrder[7])) { // ids, amount
      assertFalse(log.contains(value), "the log shows a data value: " + value);
    }
    assertEquals("", run.stdout());
  }
}
