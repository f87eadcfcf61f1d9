package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kpikit.job.ReportFolder;
import dev.kpikit.report.InputDigest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Faults of the nightly job, with real processes where the fault needs one: a full disk, a
 * read-only output, an input changing while it is read, two runs started together, a run killed
 * then re-run. Whatever happens, {@code DIR} publishes one complete report: the previous one or the
 * new one. {@code -Dkpikit.faults.trials=N} repeats the randomised faults N times (input changes)
 * or N / 10 times (runs started together).
 */
class ReportFaultsTest {
  private static final Path CLOUDNOTE =
      Path.of("../data-samples/cloudnote-saas").toAbsolutePath().normalize();
  private static final String BEFORE = "2025-01-31";
  private static final String AFTER = "2025-02-28";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("report");
  }

  private static int trials(int byDefault, int divisor) {
    Integer deep = Integer.getInteger("kpikit.faults.trials");
    return deep == null ? byDefault : Math.max(byDefault, deep / divisor);
  }

  /** One in-process run: exit code and stderr. */
  private record Run(int exit, String stderr) {
    /** The lines that are not log lines: the user-facing messages. */
    List<String> messages() {
      return stderr.lines().filter(l -> l.startsWith("kpikit: ")).toList();
    }
  }

  private static Run report(CommandLine.IFactory factory, Path data, Path out, String asOf) {
    StringWriter err = new StringWriter();
    CommandLine cl = KpikitCli.commandLine(factory);
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    int exit =
        cl.execute(
            "report", data.toString(), "--out", out.toString(), "--as-of", asOf, "--wait", "0");
    return new Run(exit, err.toString());
  }

  private static Run report(Path data, Path out, String asOf) {
    return report(PageRenderers.reportWith(PageRenderers.page()), data, out, asOf);
  }

  /** The output folder as it is on disk, links unfollowed; the lock file's holder line left out. */
  private Map<String, String> onDisk() throws IOException {
    return FolderSnapshot.of(out(), ReportFolder.LOCK_FILE);
  }

  private List<String> temporaryEntries() throws IOException {
    try (Stream<Path> s = Files.list(out())) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".") && !n.equals(ReportFolder.LOCK_FILE))
          .toList();
    }
  }

  // ---- output disk full -------------------------------------------------------------------

  /** Limits below the largest metric file (survival.csv, 38 KB) and below plotly.js (11 MB). */
  @ParameterizedTest(name = "ulimit -f {0}")
  @ValueSource(longs = {16, 1024})
  void aFullDisk_exitsFiveWithOneLine_previousReportIntact(long kibibytes) throws Exception {
    assertEquals(
        ExitCodes.OK, report(CommandLine.defaultFactory(), CLOUDNOTE, out(), BEFORE).exit());
    Map<String, String> before = onDisk();

    ReportProcess p =
        ReportProcess.start(
            ReportProcess.withFileSizeLimit(
                kibibytes,
                ReportProcess.java(
                    KpikitCli.class,
                    0,
                    "report",
                    CLOUDNOTE.toString(),
                    "--out",
                    out().toString(),
                    "--as-of",
                    AFTER)),
            tmp.resolve("process.log"));

    assertEquals(ExitCodes.OUTPUT, p.exitCode(), p.output());
    List<String> messages = p.output().lines().filter(l -> l.startsWith("kpikit: ")).toList();
    assertEquals(
        List.of("kpikit: cannot write " + out() + ": File too large"), messages, p.output());
    assertEquals(before, onDisk(), "the previous report changed");
  }

  // ---- read-only output -------------------------------------------------------------------

  /**
   * A folder nobody can add entries to. Permission bits do not stop root (CI runs as root), so as
   * root the folder is made immutable with {@code chattr +i}, which needs CAP_LINUX_IMMUTABLE and a
   * file system with the attribute (ext4, xfs, btrfs; not tmpfs or overlayfs). Returns false when
   * neither works here.
   */
  private static boolean makeReadOnly(Path dir) throws Exception {
    if (!"root".equals(System.getProperty("user.name"))) {
      return dir.toFile().setWritable(false, false)
          && dir.getParent().toFile().setWritable(false, false);
    }
    Process chattr =
        new ProcessBuilder("chattr", "+i", dir.toString()).redirectErrorStream(true).start();
    if (chattr.waitFor() != 0) {
      return false;
    }
    try {
      Files.delete(Files.createFile(dir.resolve("probe")));
      undoReadOnly(dir);
      return false; // the attribute did not stop root
    } catch (IOException expected) {
      return true;
    }
  }

  private static void undoReadOnly(Path dir) throws Exception {
    if ("root".equals(System.getProperty("user.name"))) {
      new ProcessBuilder("chattr", "-i", dir.toString()).start().waitFor();
    } else {
      dir.toFile().setWritable(true, true);
      dir.getParent().toFile().setWritable(true, true);
    }
  }

  @Test
  void aReadOnlyOutput_exitsFiveWithOneLine_previousReportIntact() throws Exception {
    assertEquals(ExitCodes.OK, report(CLOUDNOTE, out(), BEFORE).exit());
    Map<String, String> before = onDisk();
    Assumptions.assumeTrue(
        makeReadOnly(out()),
        "read-only output: neither permissions nor chattr +i work here (root without"
            + " CAP_LINUX_IMMUTABLE, or tmpfs);"
            + " aFailedPermissionCheck_exitsFive_previousReportIntact covers the code path");
    Run run;
    try {
      run = report(CLOUDNOTE, out(), AFTER);
    } finally {
      undoReadOnly(out());
    }

    assertEquals(ExitCodes.OUTPUT, run.exit(), run.stderr());
    assertEquals(1, run.messages().size(), run.stderr());
    assertTrue(
        run.messages()
            .get(0)
            .startsWith("kpikit: cannot write " + out() + ": " + out().resolve(".staging-")),
        run.stderr());
    assertEquals(before, onDisk(), "the previous report changed");
  }

  /** The same outcome where the file system refuses a write that permissions would forbid. */
  @Test
  void aFailedPermissionCheck_exitsFive_previousReportIntact() throws Exception {
    assertEquals(ExitCodes.OK, report(CLOUDNOTE, out(), BEFORE).exit());
    Map<String, String> before = onDisk();
    CommandLine.IFactory denied =
        PageRenderers.reportWith(
            (run, dir) -> {
              throw new AccessDeniedException(dir.resolve("index.html").toString());
            });

    Run run = report(denied, CLOUDNOTE, out(), AFTER);

    assertEquals(ExitCodes.OUTPUT, run.exit(), run.stderr());
    assertEquals(1, run.messages().size(), run.stderr());
    assertTrue(
        run.messages()
            .get(0)
            .matches(
                "kpikit: cannot write "
                    + java.util.regex.Pattern.quote(out().toString())
                    + ": .*index.html: permission denied"),
        run.stderr());
    assertEquals(before, onDisk());
    assertEquals(List.of(), temporaryEntries());
  }

  // ---- an input changing while it is read -------------------------------------------------

  /**
   * Rewrites a file in place, as an export being written does: grows it by appending the next bytes
   * of {@code full} in small writes, or truncates it, to random lengths, until stopped.
   */
  private static final class Mutator implements Runnable {
    private final Path file;
    private final byte[] full;
    private final long stopAfterMillis;
    private final Random random;
    private final AtomicBoolean stop = new AtomicBoolean();
    private int changes;

    Mutator(Path file, byte[] full, long stopAfterMillis, Random random) {
      this.file = file;
      this.full = full;
      this.stopAfterMillis = stopAfterMillis;
      this.random = random;
    }

    @Override
    public void run() {
      long end = System.nanoTime() + stopAfterMillis * 1_000_000;
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        while (!stop.get() && System.nanoTime() < end) {
          int target = random.nextInt(full.length + 1);
          int size = (int) ch.size();
          if (target < size) {
            ch.truncate(target);
          } else {
            for (int at = size; at < target; at += 4096) {
              ch.write(ByteBuffer.wrap(full, at, Math.min(4096, target - at)), at);
            }
          }
          changes++;
          Thread.sleep(random.nextInt(30));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Data rows (lines after the header, a cut last line included) in the first {@code bytes}. */
  private static long rowsIn(byte[] content, int bytes) {
    long lines = 0;
    for (int i = 0; i < bytes; i++) {
      if (content[i] == '\n') {
        lines++;
      }
    }
    boolean cutLine = bytes > 0 && content[bytes - 1] != '\n';
    return Math.max(0, lines + (cutLine ? 1 : 0) - 1);
  }

  private static byte[] prefix(byte[] content, int bytes) {
    return java.util.Arrays.copyOf(content, bytes);
  }

  @Test
  void anInputChangingWhileRead_publishesOneConsistentVersionOrExitsThree_neverAMix()
      throws Exception {
    Path data = tmp.resolve("data");
    Files.createDirectories(data);
    try (Stream<Path> files = Files.list(CLOUDNOTE)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, data.resolve(f.getFileName()));
      }
    }
    // Every state of orders.csv is a prefix of this: the export, then 3,000 more rows.
    List<String> lines = Files.readAllLines(CLOUDNOTE.resolve("orders.csv"));
    StringBuilder longer = new StringBuilder(Files.readString(CLOUDNOTE.resolve("orders.csv")));
    for (int i = 1; i <= 3000; i++) {
      longer.append("X-").append(lines.get(i)).append('\n');
    }
    byte[] full = longer.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(ExitCodes.OK, report(data, out(), BEFORE).exit());

    Random random = new Random(Long.getLong("kpikit.faults.seed", 20250630));
    int trials = trials(4, 1);
    int published = 0;
    int refused = 0;
    for (int trial = 1; trial <= trials; trial++) {
      Map<String, String> before = PublishedReports.published(out());
      int window = trial % 2 == 1 ? random.nextInt(150) : random.nextInt(1500); // ms of changes
      Mutator mutator = new Mutator(data.resolve("orders.csv"), full, window, random);
      Thread thread = new Thread(mutator, "mutator");
      thread.start();
      Run run;
      try {
        run = report(data, out(), trial % 2 == 0 ? BEFORE : AFTER);
      } finally {
        mutator.stop.set(true);
        thread.join();
      }
      String context =
          "trial " + trial + " after " + mutator.changes + " change(s): " + run.stderr();
      if (run.exit() == ExitCodes.OK) {
        published++;
        JsonNode orders = ordersInput(out());
        int bytes = orders.get("bytes").asInt();
        assertEquals(
            InputDigest.sha256(Files.write(tmp.resolve("expected.csv"), prefix(full, bytes))),
            orders.get("sha256").asText(),
            context);
        assertEquals(rowsIn(full, bytes), orders.get("rows_read").asLong(), context);
        assertEquals(
            orders.get("rows_read").asLong(),
            orders.get("rows_loaded").asLong() + orders.get("rows_rejected").asLong(),
            context);
      } else {
        refused++;
        assertEquals(ExitCodes.INPUT, run.exit(), context);
        assertEquals(1, run.messages().size(), context);
        assertTrue(run.messages().get(0).contains("orders.csv"), context);
        assertEquals(before, PublishedReports.published(out()), context);
      }
      assertEquals(List.of(), temporaryEntries(), context);
    }
    System.out.printf(
        "input changed while read: %d trial(s), %d published a consistent version, %d exited 3%n",
        trials, published, refused);
  }

  private static JsonNode ordersInput(Path out) throws IOException {
    for (JsonNode input : JSON.readTree(out.resolve("run.json").toFile()).get("inputs")) {
      if (input.get("path").asText().equals("orders.csv")) {
        return input;
      }
    }
    throw new AssertionError("run.json lists no orders.csv");
  }

  // ---- two runs started together ----------------------------------------------------------

  /** Checks two processes started together, given the reports of uninterrupted runs by as-of. */
  @FunctionalInterface
  private interface PairCheck {
    void check(Map<String, Map<String, String>> reference, ReportProcess a, ReportProcess b)
        throws Exception;
  }

  /**
   * Starts a slow run as of {@link #BEFORE} and one as of {@link #AFTER} at once, with {@code
   * --wait} seconds, and checks them, once per trial.
   */
  private void startedTogether(String wait, PairCheck check) throws Exception {
    Map<String, Map<String, String>> reference = references();
    for (int trial = 1; trial <= trials(1, 10); trial++) {
      ReportProcess[] pair = new ReportProcess[2];
      List<String> asOf = List.of(BEFORE, AFTER);
      for (int i = 0; i < 2; i++) {
        pair[i] =
            ReportProcess.start(
                ReportProcess.java(
                    SlowReportMain.class,
                    150,
                    "report",
                    CLOUDNOTE.toString(),
                    "--out",
                    out().toString(),
                    "--as-of",
                    asOf.get(i),
                    "--wait",
                    wait),
                tmp.resolve("run-" + i + ".log"));
      }
      check.check(reference, pair[0], pair[1]);
    }
  }

  /** The reports of uninterrupted runs as of {@link #BEFORE} and {@link #AFTER}. */
  private Map<String, Map<String, String>> references() throws IOException {
    return Map.of(
        BEFORE, PublishedReports.reference(CLOUDNOTE, BEFORE, tmp.resolve("ref-before")),
        AFTER, PublishedReports.reference(CLOUDNOTE, AFTER, tmp.resolve("ref-after")));
  }

  /** The time of the first log line containing {@code text}. */
  private static Instant loggedAt(String log, String text) {
    String line =
        log.lines()
            .filter(l -> l.contains(text))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no '" + text + "' in " + log));
    return Instant.parse(line.substring(0, line.indexOf(' ')));
  }

  @Test
  void twoRunsStartedTogether_theSecondWaits_bothPublishCompleteReportsInTurn() throws Exception {
    startedTogether(
        "60",
        (reference, a, b) -> {
          assertEquals(ExitCodes.OK, a.exitCode(), a.output());
          assertEquals(ExitCodes.OK, b.exitCode(), b.output());
          boolean aFirst =
              loggedAt(a.output(), "INFO  published")
                  .isBefore(loggedAt(b.output(), "INFO  published"));
          ReportProcess first = aFirst ? a : b;
          ReportProcess second = aFirst ? b : a;
          // The second loads only once it holds the lock, after the first published and let go.
          assertTrue(
              !loggedAt(second.output(), "INFO  loaded orders")
                  .isBefore(loggedAt(first.output(), "INFO  done in")),
              first.output() + "\n---\n" + second.output());
          assertEquals(reference.get(aFirst ? AFTER : BEFORE), PublishedReports.published(out()));
          ReportFolder folder = ReportFolder.open(out());
          List<String> runs = folder.runNames();
          Map<String, String> earlier =
              PublishedReports.snapshot(out().resolve("runs").resolve(runs.get(runs.size() - 2)));
          assertEquals(reference.get(aFirst ? BEFORE : AFTER), earlier);
        });
  }

  @Test
  void twoRunsStartedTogetherWithoutWaiting_oneExitsFive_theOtherPublishes() throws Exception {
    startedTogether(
        "0",
        (reference, a, b) -> {
          List<Integer> exits = new ArrayList<>(List.of(a.exitCode(), b.exitCode()));
          String both = a.output() + "\n---\n" + b.output();
          assertEquals(
              List.of(ExitCodes.OK, ExitCodes.OUTPUT), exits.stream().sorted().toList(), both);
          ReportProcess loser = exits.get(0) == ExitCodes.OUTPUT ? a : b;
          assertEquals(
              1, loser.output().lines().filter(l -> l.startsWith("kpikit: ")).count(), both);
          assertTrue(
              loser.output().contains("kpikit: another kpikit report is writing " + out()), both);
          assertEquals(
              reference.get(loser == a ? AFTER : BEFORE), PublishedReports.published(out()), both);
        });
  }

  // ---- a run killed, then run again -------------------------------------------------------

  @Test
  void aRunKilledThenRunAgain_publishesByteIdenticalFilesToAnUninterruptedRun() throws Exception {
    Map<String, String> uninterrupted =
        PublishedReports.reference(CLOUDNOTE, AFTER, tmp.resolve("reference"));
    assertEquals(ExitCodes.OK, report(CLOUDNOTE, out(), BEFORE).exit());
    ReportProcess killed =
        ReportProcess.start(
            ReportProcess.java(
                SlowReportMain.class,
                100,
                "report",
                CLOUDNOTE.toString(),
                "--out",
                out().toString(),
                "--as-of",
                AFTER),
            tmp.resolve("killed.log"));
    killed.awaitLog("metric output file(s)"); // the staging folder holds this run's metric files
    Thread.sleep(new Random().nextInt(300));
    killed.kill();

    Run rerun = report(CLOUDNOTE, out(), AFTER);

    assertEquals(ExitCodes.OK, rerun.exit(), rerun.stderr());
    assertEquals(uninterrupted, PublishedReports.published(out()));
    assertEquals(List.of(), temporaryEntries());
  }
}
