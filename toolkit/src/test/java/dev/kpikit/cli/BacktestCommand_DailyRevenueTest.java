package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.TestData;
import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.RollingOrigin;
import dev.kpikit.forecast.series.DailyRevenueBacktest;
import dev.kpikit.load.DatasetLoader;
import dev.kpikit.load.InputFiles;
import dev.kpikit.load.LoadOptions;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tech.tablesaw.api.Table;

/**
 * {@code kpikit backtest} on a shop with only an orders export (UCI Online Retail through its
 * preset, 13 months: too short for the monthly driver model) scores the daily revenue subject, and
 * its figures are those of the library's {@link DailyRevenueBacktest} on the same orders and seed:
 * the command evaluates the same forecaster, and meets the issue-13 targets.
 */
class BacktestCommand_DailyRevenueTest {
  @Test
  void anOrdersOnlyShopIsBacktestedDailyWithTheLibrarysFigures(@TempDir Path data, @TempDir Path out)
      throws IOException {
    String glob = TestData.dataset("online-retail/by-day") + "/*.csv.gz";
    Files.writeString(
        data.resolve("kpikit.yaml"),
        "datasets:\n  orders: { path: \"" + glob + "\", preset: uci-online-retail }\nforecast: { seed: 13 }\n");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(stderr));

    int exit = cl.execute("backtest", data.toString(), "--out", out.toString());

    assertEquals(ExitCodes.OK, exit, stderr.toString());
    Table summary = Table.read().csv(out.resolve("backtest/summary.csv").toFile());
    assertEquals(List.of("daily_revenue"), summary.stringColumn("subject").asList(), "only the daily subject");

    List<String> files = InputFiles.expand(Path.of(""), glob);
    Table orders =
        DatasetLoader.load(Dataset.ORDERS, files, LoadOptions.builder().preset("uci-online-retail").build()).table();
    Backtest library = DailyRevenueBacktest.run(orders, new RollingOrigin(7, 182, 7, 28), 13);
    double relativeMae = summary.numberColumn("relative_mae").getDouble(0);
    double coverage80 = summary.numberColumn("coverage_80").getDouble(0);
    double coverage95 = summary.numberColumn("coverage_95").getDouble(0);
    assertEquals(library.cutoffs().size(), summary.numberColumn("cutoffs").getDouble(0));
    assertEquals(library.relativeMae(), relativeMae, 1e-9);
    assertEquals(library.coverage80(), coverage80, 1e-9);
    assertEquals(library.coverage95(), coverage95, 1e-9);
    assertTrue(relativeMae <= 0.95, "relative MAE " + relativeMae);
    assertTrue(coverage80 >= 0.75 && coverage80 <= 0.85, "80 % coverage " + coverage80);
    assertTrue(coverage95 >= 0.90 && coverage95 <= 0.98, "95 % coverage " + coverage95);
    assertTrue(stdout.toString().contains("daily_revenue"), stdout.toString());
  }
}
