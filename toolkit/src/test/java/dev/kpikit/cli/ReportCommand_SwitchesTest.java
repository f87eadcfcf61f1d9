package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code forecast: { enabled: false }} and {@code customer_value: { enabled: false }} in
 * {@code kpikit.yaml} make {@code kpikit report} skip the forecast, its backtest and the
 * customer-value fit (a nightly job on large data): no {@code forecast/} files, no fit in the log,
 * and one line on the page saying the section was turned off; by default both run, and {@code
 * kpikit forecast} and {@code kpikit customers} still compute when asked explicitly.
 */
class ReportCommand_SwitchesTest {
  private static final Path COFFEE = Path.of("../data-samples/northwind-coffee");

  @TempDir Path tmp;

  /** One command run: exit code and stderr (the job's log). */
  private record Run(int exit, String stderr) {}

  /** A copy of the coffee sample with {@code extra} appended to its {@code kpikit.yaml}. */
  private Path coffeeWith(String extra) throws IOException {
    Path data = Files.createDirectories(tmp.resolve("data"));
    try (var files = Files.list(COFFEE)) {
      for (Path f : files.toList()) {
        Files.copy(f, data.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.writeString(data.resolve("kpikit.yaml"), Files.readString(data.resolve("kpikit.yaml")) + extra);
    return data;
  }

  private static Run kpikit(String... args) {
    CommandLine cl = KpikitCli.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return new Run(cl.execute(args), err.toString());
  }

  /** Runs {@code kpikit report} and checks it succeeded. */
  private static Run report(Path data, Path out) {
    Run r = kpikit("report", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, r.exit(), r.stderr());
    return r;
  }

  private static String page(Path out) throws IOException {
    return Files.readString(out.resolve("current/index.html"));
  }

  @Test
  void forecastSwitchedOff_writesNoForecastFiles_andTheOutlookIsOneLine() throws IOException {
    Path data = coffeeWith("forecast: { enabled: false }\n");
    Path out = tmp.resolve("report");
    Run r = report(data, out);
    assertFalse(Files.exists(out.resolve("current/forecast")), "forecast/ was written");
    String html = page(out);
    assertTrue(html.contains("Outlook: turned off in kpikit.yaml (forecast: { enabled: false })"), html);
    assertFalse(html.contains("id=\"chart-outlook"), "an Outlook chart was drawn");
  }

  @Test
  void customerValueSwitchedOff_fitsNoModel_andTheSectionIsOneLine() throws IOException {
    Path data = coffeeWith("forecast: { enabled: false }\ncustomer_value: { enabled: false }\n");
    Path out = tmp.resolve("report");
    Run r = report(data, out);
    assertFalse(r.stderr().contains("fitted "), r.stderr());
    assertTrue(page(out).contains("Customer value: turned off in kpikit.yaml (customer_value: { enabled: false })"));
  }

  @Test
  void byDefault_theReportRunsTheForecastAndTheFit() throws IOException {
    Path data = coffeeWith("forecast: { paths: 100 }\n"); // fewer paths keep the test short
    Path out = tmp.resolve("report");
    Run r = report(data, out);
    assertTrue(Files.exists(out.resolve("current/forecast/forecast.csv")));
    assertTrue(r.stderr().contains("fitted "), r.stderr());
    assertFalse(page(out).contains("turned off in kpikit.yaml"));
  }

  @Test
  void switchedOff_theExplicitCommandsStillCompute() throws IOException {
    Path data = coffeeWith("forecast: { enabled: false, paths: 100 }\ncustomer_value: { enabled: false }\n");
    Path forecast = tmp.resolve("forecast");
    Run f = kpikit("forecast", data.toString(), "--out", forecast.toString());
    assertEquals(ExitCodes.OK, f.exit(), f.stderr());
    assertTrue(Files.exists(forecast.resolve("forecast/forecast.csv")));
    Path customers = tmp.resolve("customers");
    Run c = kpikit("customers", data.toString(), "--out", customers.toString());
    assertEquals(ExitCodes.OK, c.exit(), c.stderr());
    assertTrue(Files.exists(customers.resolve("customers/predictions.csv")));
  }
}
