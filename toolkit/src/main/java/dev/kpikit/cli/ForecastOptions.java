package dev.kpikit.cli;

import dev.kpikit.Business;
import dev.kpikit.ForecastQuery;
import dev.kpikit.forecast.Scenario;
import dev.kpikit.forecast.ScenarioException;
import dev.kpikit.load.DataException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of {@code kpikit forecast}: the data folder, horizon, paths, seed and scenarios
 * given on the command line, and how scenario errors become exit codes (2 for a scenario of the
 * command line, 3 for one of {@code kpikit.yaml}).
 */
final class ForecastOptions {
  @Parameters(paramLabel = "DATA_DIR", description = "The data folder (orders.csv, customers.csv, ...).")
  Path dataDir;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Close the history at this date (yyyy-MM-dd); drivers use the complete months up to it.")
  LocalDate asOf;

  @Option(names = "--config", paramLabel = "FILE", description = "Config file (default DATA_DIR/kpikit.yaml).")
  Path config;

  @Option(names = "--horizon", paramLabel = "MONTHS", description = "Months ahead (default: forecast.horizon in kpikit.yaml, else 12).")
  Integer horizon;

  @Option(names = "--paths", paramLabel = "N", description = "Simulated paths (default: forecast.paths, else 10000).")
  Integer paths;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: forecast.seed, else 1).")
  Long seed;

  @Option(
      names = "--scenario",
      paramLabel = "NAME=LEVER:VALUE[,...]",
      description = {
        "A scenario to simulate besides those of kpikit.yaml (repeatable), e.g."
            + " 'more_paid=marketing_spend.paid_search:+20%%' or 'price_up=price:+5%%,churn_rate:+0.5pp'.",
        "Levers: marketing_spend[.CHANNEL] (%%), churn_rate (pp), price (%%), new_customers (%%)."
      })
  List<String> scenarios = new ArrayList<>();

  Business open(java.io.PrintWriter err) {
    return RunOptions.openFolder(dataDir, config, asOf, false, RunOptions.warnings(err));
  }

  /** The query of the business with the command line's settings and scenarios. */
  ForecastQuery query(CommandLine cmd, Business business) {
    ForecastQuery q = business.forecast();
    try {
      q = horizon == null ? q : q.horizon(horizon);
      q = paths == null ? q : q.paths(paths);
      q = seed == null ? q : q.seed(seed);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cmd, e.getMessage());
    }
    for (String s : scenarios) {
      try {
        q = q.scenario(Scenario.parse(s));
      } catch (ScenarioException e) {
        throw new CommandLine.ParameterException(cmd, "--scenario: " + e.getMessage());
      }
    }
    return q;
  }

  /**
   * Runs {@code work}, turning a scenario error into a usage error (exit 2) when the scenario came
   * from the command line, or an input error naming the config (exit 3) when it came from the file.
   */
  <T> T reportingScenarios(CommandLine cmd, Business business, Supplier<T> work) {
    Set<String> fromFile = business.config().scenarios().keySet();
    try {
      return work.get();
    } catch (ScenarioException e) {
      if (fromFile.contains(e.scenario())) {
        Path file = config != null ? config : dataDir.resolve("kpikit.yaml");
        throw new DataException(file + ": scenarios: " + e.getMessage(), e);
      }
      throw new CommandLine.ParameterException(cmd, "--scenario: " + e.getMessage());
    }
  }
}
