package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kpikit.job.ReportFolder;
import dev.kpikit.job.ReportRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MetricsCommandTest {
  private static final Path CLOUDNOTE = Path.of("../data-samples/cloudnote-saas");
  @TempDir Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int run(String... args) {
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(stderr));
    return cl.execute(args);
  }

  @Test
  void writesEveryTableTheDataAllowsWithLedgerAndRunRecord() throws IOException {
    assertEquals(ExitCodes.OK, run("metrics", CLOUDNOTE.toString(), "--out", out.toString()));
    for (String t : List.of("revenue_monthly", "cac_monthly", "cohort_retention", "churn_monthly", "mrr_movements", "survival", "employee_turnover", "financial_ratios")) {
      assertTrue(Files.exists(out.resolve("metrics/" + t + ".csv")), t);
    }
    for (String f : List.of("metrics.json", "quality.csv", "run.json", "rejects/orders.csv", "rejects/customers.csv")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    JsonNode metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
    assertEquals("2025-12-31", metrics.get("as_of").asText());
    assertTrue(metrics.get("skipped").toString().contains("no inventory file (inventory.csv)"));
    JsonNode runJson = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals(64, runJson.get("inputs").get(0).get("sha256").asText().length());
    assertEquals("orders.csv", runJson.get("inputs").get(0).get("path").asText());
    assertEquals(4, Files.readAllLines(out.resolve("rejects/orders.csv")).size());
  }

  @Test
  void sameInputsAndAsOfGiveByteIdenticalMetricFiles(@TempDir Path second) throws IOException {
    run("metrics", CLOUDNOTE.toString(), "--out", out.toString(), "--as-of", "2025-06-30");
    run("metrics", CLOUDNOTE.toString(), "--out", second.toString(), "--as-of", "2025-06-30");
    try (Stream<Path> files = Files.list(out.resolve("metrics"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        assertEquals(-1L, Files.mismatch(f, second.resolve("metrics").resolve(f.getFileName())), f.toString());
      }
    }
    assertEquals(-1L, Files.mismatch(out.resolve("metrics.json"), second.resolve("metrics.json")));
  }

  @Test
  void aDimensionSomeTablesLackSkipsThemWithTheReason() {
    assertEquals(ExitCodes.OK, run("metrics", CLOUDNOTE.toString(), "--out", out.toString(), "--by", "region"));
    assertTrue(stdout.toString().contains("skipped cac_monthly: cac_monthly cannot be split by region"), stdout.toString());
  }

  /** Without kpikit-spark on the class path: one line, the usage exit code, nothing written. */
  @Test
  void sparkEngineWithoutKpikitSparkIsAUsageErrorOfOneLine() {
    int code = run("metrics", CLOUDNOTE.toString(), "--out", out.resolve("o").toString(), "--engine", "spark");
    assertEquals(ExitCodes.USAGE, code);
    assertTrue(stderr.toString().startsWith("kpikit: --engine: engine 'spark' is not on the class path (found: local);"
        + " add kpikit-spark and Spark 4 (spark-sql_2.13) to the class path"), stderr.toString());
    assertEquals(1, stderr.toString().lines().count(), stderr.toString());
    assertFalse(Files.exists(out.resolve("o")), "nothing written");
  }

  @Test
  void localIsTheDefaultEngine(@TempDir Path second) throws IOException {
    run("metrics", CLOUDNOTE.toString(), "--out", out.toString(), "--as-of", "2025-06-30");
    assertEquals(ExitCodes.OK, run("metrics", CLOUDNOTE.toString(), "--out", second.toString(), "--as-of", "2025-06-30",
        "--engine", "local"));
    assertEquals(-1L, Files.mismatch(out.resolve("metrics/revenue_monthly.csv"), second.resolve("metrics/revenue_monthly.csv")));
  }

  @Test
  void unknownGrainIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("metrics", CLOUDNOTE.toString(), "--out", out.toString(), "--grain", "decade"));
  }

  @Test
  void rejectRateAboveTheLimitExitsFourAfterWriting() {
    assertEquals(ExitCodes.REJECTS, run("metrics", CLOUDNOTE.toString(), "--out", out.toString(), "--max-reject-rate", "0"));
    assertTrue(Files.exists(out.resolve("quality.csv")));
  }

  /** Runs {@code metrics} with {@code afterMetrics} called once the run's files are written. */
  private int runWith(ReportRenderer afterMetrics, String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> cls) throws Exception {
            return cls == MetricsCommand.class
                ? cls.cast(new MetricsCommand(afterMetrics, Clock.systemUTC()))
                : CommandLine.defaultFactory().create(cls);
          }
        };
    CommandLine cl = KpikitCli.commandLine(factory);
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(stderr));
    return cl.execute(args);
  }

  private static Path copyOfCloudnote(Path data) throws IOException {
    try (Stream<Path> files = Files.list(CLOUDNOTE)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, data.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return data;
  }

  @Test
  void theFilesArePublishedTogether_asOneRunThatTheTopLevelLinksShow() throws IOException {
    assertEquals(ExitCodes.OK, run("metrics", CLOUDNOTE.toString(), "--out", out.toString()));

    List<String> runs = ReportFolder.open(out).runNames();
    assertEquals(1, runs.size());
    assertEquals(Path.of("runs", runs.get(0)), Files.readSymbolicLink(out.resolve(ReportFolder.CURRENT)));
    for (String entry : List.of("metrics", "metrics.json", "quality.csv", "rejects", "run.json")) {
      assertEquals(Path.of(ReportFolder.CURRENT, entry), Files.readSymbolicLink(out.resolve(entry)), entry);
    }
    assertFalse(Files.exists(out.resolve("index.html")), "metrics writes no page");
  }

  @Test
  void anInputChangedDuringTheRun_exitsThreeNamingIt_andThePreviousFilesStayPublished(@TempDir Path copy)
      throws IOException {
    Path data = copyOfCloudnote(copy);
    assertEquals(ExitCodes.OK, run("metrics", data.toString(), "--out", out.toString(), "--as-of", "2025-06-30"));
    Map<String, String> before = FolderSnapshot.of(out, ReportFolder.LOCK_FILE);
    Path orders = data.resolve("orders.csv");

    int exit =
        runWith(
            (run, dir) -> Files.writeString(orders, "X-1,2025-07-01,c1,10\n", StandardOpenOption.APPEND),
            "metrics", data.toString(), "--out", out.toString(), "--as-of", "2025-09-30");

    assertEquals(ExitCodes.INPUT, exit);
    List<String> messages = stderr.toString().lines().filter(l -> l.startsWith("kpikit: ")).toList();
    assertEquals(1, messages.size(), stderr.toString());
    assertTrue(messages.get(0).startsWith("kpikit: " + orders + " changed while kpikit read it ("), messages.get(0));
    assertTrue(messages.get(0).endsWith("); nothing was published: rerun once the export is complete"), messages.get(0));
    assertEquals(before, FolderSnapshot.of(out, ReportFolder.LOCK_FILE));
  }

  @Test
  void aRunFailingAfterItsMetricFiles_leavesEveryPublishedFileOfThePreviousRun() throws IOException {
    assertEquals(ExitCodes.OK, run("metrics", CLOUDNOTE.toString(), "--out", out.toString(), "--as-of", "2025-06-30"));
    Map<String, String> before = FolderSnapshot.of(out, ReportFolder.LOCK_FILE);

    int exit =
        runWith(
            (run, dir) -> {
              throw new IOException("No space left on device");
            },
            "metrics", CLOUDNOTE.toString(), "--out", out.toString(), "--as-of", "2025-09-30");

    // File by file, the new run's metric CSVs would now sit beside the old run's run.json.
    assertEquals(ExitCodes.OUTPUT, exit);
    assertEquals(before, FolderSnapshot.of(out, ReportFolder.LOCK_FILE));
    assertEquals("2025-06-30", new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).get("as_of").asText());
  }

  @Test
  void unwritableOutputExitsFive() throws IOException {
    Path file = Files.writeString(out.resolve("not-a-dir"), "x");
    assertEquals(ExitCodes.OUTPUT, run("metrics", CLOUDNOTE.toString(), "--out", file.toString()));
    assertTrue(stderr.toString().startsWith("kpikit: cannot write"), stderr.toString());
  }
}
