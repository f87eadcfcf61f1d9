package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpikit forecast} as a user runs it: its own JVM, the real entry point, exit code and files. */
class ForecastCommandProcessTest {
  private static final Path CLOUDNOTE = Path.of("../data-samples/cloudnote-saas").toAbsolutePath().normalize();

  @Test
  void forecastsASubscriptionBusinessWithACommandLineScenario(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    Path log = tmp.resolve("process.log");
    ReportProcess p = ReportProcess.start(ReportProcess.java(KpikitCli.class, 0, "forecast", CLOUDNOTE.toString(),
        "--out", out.toString(), "--horizon", "12", "--paths", "2000", "--seed", "7",
        "--scenario", "more_paid=marketing_spend.paid_search:+20%"), log);
    assertTrue(p.process().waitFor(5, TimeUnit.MINUTES), "finished");
    assertEquals(ExitCodes.OK, p.process().exitValue(), p.output());
    assertTrue(p.output().contains("forecast from 2026-01, 12 months, 2,000 paths, seed 7, scenarios [base, more_paid]"), p.output());
    List<String> rows = Files.readAllLines(out.resolve("forecast/forecast.csv"));
    assertEquals(1 + 2 * 4 * 12, rows.size(), "2 scenarios x 4 metrics (with mrr) x 12 months");
    assertTrue(rows.stream().anyMatch(r -> r.startsWith("more_paid,2026-12,mrr,")));
    String scenarios = Files.readString(out.resolve("forecast/scenarios.csv"));
    assertTrue(scenarios.contains("more_paid,new_customers,total over the horizon,"), scenarios);
    assertTrue(Files.readString(out.resolve("forecast/assumptions.json")).contains("\"churn_rate\""));
    try (var files = Files.list(out.resolve("forecast"))) {
      assertEquals(3, files.count(), "no temporary files left behind");
    }
  }
}
