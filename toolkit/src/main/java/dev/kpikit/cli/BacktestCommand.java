package dev.kpikit.cli;

import dev.kpikit.BacktestSubjects;
import dev.kpikit.Business;
import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.BacktestSubject;
import dev.kpikit.load.DataException;
import dev.kpikit.report.BacktestOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kpikit backtest}: rolling-origin evaluation of the outlook's forecaster. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate the forecaster of kpikit forecast on the business's own history: at every cutoff"
          + " from month 18 it refits the drivers on the months before, forecasts 6 months and"
          + " is scored against what happened and against the seasonal naive forecast.",
      "Subjects: monthly revenue, and closing MRR for subscription data (the driver-based model,"
          + " from 24 complete months); daily net revenue with the seasonal statistical model"
          + " (horizon 28 days, a cutoff every 7 days from day 182). Prints per subject the"
          + " relative MAE (geometric mean over cutoffs of MAE / seasonal naive MAE; below 1"
          + " beats it), MASE, the coverage of the 80 %% and 95 %% intervals and MSIS; with --out"
          + " also writes backtest/summary.csv and per-cutoff and per-point tables."
    })
final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(paramLabel = "DATA_DIR", description = "The data folder.")
  Path dataDir;

  @Option(names = "--out", paramLabel = "DIR", description = "Write backtest/*.csv to this folder.")
  Path out;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Close the history at this date (yyyy-MM-dd).")
  LocalDate asOf;

  @Option(names = "--config", paramLabel = "FILE", description = "Config file (default DATA_DIR/kpikit.yaml).")
  Path config;

  @Option(names = "--paths", paramLabel = "N", defaultValue = "2000",
      description = "Simulated paths per cutoff (default ${DEFAULT-VALUE}).")
  int paths;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: forecast.seed in kpikit.yaml, else 1).")
  Long seed;

  @Override
  public Integer call() {
    if (paths < 100) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--paths: at least 100, got " + paths);
    }
    Business business =
        RunOptions.openFolder(dataDir, config, asOf, false, RunOptions.warnings(spec.commandLine().getErr()));
    long s = seed != null ? seed : business.config().forecast().seed();
    List<BacktestSubject> subjects = BacktestSubjects.all(business, paths, s);
    if (subjects.isEmpty()) {
      throw new DataException(dataDir + ": a backtest needs at least "
          + (BacktestSubjects.MONTHLY_FIRST_CUTOFF + BacktestSubjects.MONTHLY_HORIZON)
          + " complete months of orders or subscriptions, or "
          + (BacktestSubjects.DAILY_FIRST_CUTOFF + BacktestSubjects.DAILY_HORIZON) + " days of orders");
    }
    Map<BacktestSubject, Backtest> results = new LinkedHashMap<>();
    PrintWriter pw = spec.commandLine().getOut();
    pw.printf(Locale.ROOT, "%-16s %7s %6s %12s %7s %11s %11s %8s%n",
        "subject", "cutoffs", "steps", "relative_mae", "mase", "coverage_80", "coverage_95", "msis");
    for (BacktestSubject subject : subjects) {
      Backtest b = subject.evaluate();
      results.put(subject, b);
      pw.printf(Locale.ROOT, "%-16s %7d %6d %12.3f %7.3f %11.3f %11.3f %8.3f%n", subject.name(), b.cutoffs().size(),
          b.scoredSteps(), b.relativeMae(), b.mase(), b.coverage80(), b.coverage95(), b.msis());
      pw.flush();
    }
    if (out != null) {
      try {
        BacktestOutput.write(results, out).forEach(f -> pw.printf(Locale.ROOT, "  wrote  %s%n", f));
      } catch (IOException e) {
        throw new OutputException("cannot write " + out + ": " + e.getMessage(), e);
      }
      pw.printf(Locale.ROOT, "outputs in %s%n", out);
    }
    pw.flush();
    return ExitCodes.OK;
  }
}
