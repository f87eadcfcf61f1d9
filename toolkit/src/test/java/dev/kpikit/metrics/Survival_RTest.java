package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kpikit.testing.DuckDbOracle;
import dev.kpikit.testing.Tables;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Kaplan–Meier against R's {@code survival::survfit} (defaults: Greenwood, log-transformed 95 %
 * interval), every cell at 1e-9. The R script and its outputs are committed under {@code
 * src/test/resources/r/}, so these tests need no R; {@link #liveR_agreesWithKpikit} also runs the
 * script when {@code Rscript} is on the PATH.
 */
class Survival_RTest {
  private static final double TOLERANCE = 1e-9;
  private static double worst;

  @AfterAll
  static void report() {
    System.out.println("survival: worst relative difference vs R survfit = " + worst);
  }

  private static Path resource(String name) {
    try {
      return Path.of(Survival_RTest.class.getResource("/r/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Table fixture() {
    return TenureTables.read(
        "SELECT customer_id, tenure, churned, \"group\" FROM read_csv('" + resource("km-fixture.csv") + "', header = true)");
  }

  /** R's output as written by survfit.R: text segment, numbers, empty = missing. */
  private static Table survfitOutput(Path csv) {
    try (DuckDbOracle duck = new DuckDbOracle()) {
      return duck.query(
          "SELECT * FROM read_csv('" + csv + "', header = true, nullstr = '', types = {'segment': 'VARCHAR'})");
    }
  }

  private static void assertSameAsR(Path rOutput, Table kpikit) {
    worst = Math.max(worst, Tables.assertSameCells(survfitOutput(rOutput), kpikit, TOLERANCE));
  }

  @Test
  void fixtureByGroup_matchesSurvfit_includingTiesTimeZeroAndSurvivalReachingZero() {
    assertSameAsR(resource("km-fixture-survfit.csv"), Survival.tenure(fixture(), "group"));
  }

  @Test
  void fixtureWithoutGroup_matchesSurvfit_asOneAllSegment() {
    assertSameAsR(resource("km-fixture-all-survfit.csv"), Survival.tenure(fixture(), null));
  }

  @Test
  void telcoByContract_matchesSurvfit() {
    assertSameAsR(
        resource("telco-contract-survfit.csv"), Survival.tenure(TenureTables.telco(), "contract"));
  }

  @Test
  void liveR_agreesWithKpikit() throws IOException, InterruptedException {
    Path rscript = onPath("Rscript");
    // CI installs R (.ci/run), so there the live comparison must run; elsewhere it may be absent.
    if (rscript == null && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but Rscript is not on PATH: .ci/run should install r-cran-survival");
    }
    if (rscript == null) {
      System.out.println("survival: Rscript not on PATH, compared with the saved survfit outputs only");
    }
    assumeTrue(rscript != null, "Rscript not on PATH: live R comparison not run (saved outputs were compared)");
    System.out.println("survival: comparing with live R (" + rscript + ")");
    Path dir = Files.createTempDirectory("kpikit-survfit");
    try {
      Path fixtureOut = dir.resolve("fixture.csv");
      runR(rscript, resource("km-fixture.csv").toString(), "tenure", "churned", "true", "group", fixtureOut);
      assertSameAsR(fixtureOut, Survival.tenure(fixture(), "group"));
      Path telcoOut = dir.resolve("telco.csv");
      runR(rscript, TenureTables.telcoPath().toString(), "tenure", "Churn", "Yes", "Contract", telcoOut);
      assertSameAsR(telcoOut, Survival.tenure(TenureTables.telco(), "contract"));
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.delete(p);
        }
      }
      Files.delete(dir);
    }
  }

  private static void runR(Path rscript, String input, String time, String event, String value, String group, Path out)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(rscript.toString(), resource("survfit.R").toString(), input, time, event, value, group, out.toString());
    Process r = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(r.getInputStream().readAllBytes());
    if (!r.waitFor(120, TimeUnit.SECONDS) || r.exitValue() != 0) {
      throw new IllegalStateException("Rscript failed: " + log);
    }
  }

  static Path onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }
}
