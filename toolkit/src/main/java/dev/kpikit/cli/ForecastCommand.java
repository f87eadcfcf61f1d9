package dev.kpikit.cli;

import dev.kpikit.Business;
import dev.kpikit.ForecastQuery;
import dev.kpikit.forecast.Outlook;
import dev.kpikit.report.ForecastOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kpikit forecast}: the driver-based Monte Carlo outlook with scenarios. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Fit the business's drivers (acquisition per channel from spend and CAC, retention or churn,"
          + " spend per customer or MRR per account, seasonality) on its complete months and"
          + " simulate the months ahead, for the base scenario and every scenario of kpikit.yaml"
          + " and --scenario.",
      "Writes forecast/forecast.csv (mean and P05-P95 per scenario, month and metric),"
          + " forecast/scenarios.csv (totals and differences to base with their intervals) and"
          + " forecast/assumptions.json (every driver with its uncertainty, seed, paths) to --out.",
      "The same data, seed, paths and horizon give byte-identical files."
    })
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin ForecastOptions forecast;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter pw = spec.commandLine().getOut();
    Business business = forecast.open(spec.commandLine().getErr());
    ForecastQuery query = forecast.query(spec.commandLine(), business);
    long start = System.nanoTime();
    Outlook outlook = forecast.reportingScenarios(spec.commandLine(), business, query::run);
    try {
      ForecastOutput.write(outlook, out);
    } catch (IOException e) {
      throw new OutputException("cannot write " + out + ": " + e.getMessage(), e);
    }
    pw.printf(Locale.ROOT, "forecast from %s, %d months, %,d paths, seed %d, scenarios %s (%.1f s)%n",
        outlook.periods().get(0), outlook.horizon(), outlook.paths(), outlook.seed(), outlook.scenarioNames(),
        (System.nanoTime() - start) / 1e9);
    ForecastOutput.FILES.forEach(f -> pw.printf(Locale.ROOT, "  wrote  %s%n", f));
    pw.printf(Locale.ROOT, "outputs in %s%n", out);
    pw.flush();
    return ExitCodes.OK;
  }
}
