package dev.kpikit.cli;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.LoadEngine;
import dev.kpikit.LoadEngines;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import dev.kpikit.report.MetricRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options shared by {@code kpikit metrics} and {@code kpikit report}. */
final class RunOptions {
  @Parameters(paramLabel = "DATA_DIR", description = "The data folder (orders.csv, customers.csv, ...).")
  Path dataDir;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Close the analysis at this date (yyyy-MM-dd); default as_of in kpikit.yaml, else the last date in the data.")
  LocalDate asOf;

  @Option(
      names = "--by",
      paramLabel = "DIM",
      description = "metrics: split every table by this column, e.g. region. report: compare the units this"
          + " column names, e.g. store (as unit: in kpikit.yaml): a Units section and a unit selector.")
  String by;

  @Option(
      names = "--grain",
      paramLabel = "G",
      defaultValue = "month",
      description = "Period grain: week, month, quarter or year (default ${DEFAULT-VALUE}).")
  String grain;

  @Option(
      names = "--fiscal-year-start",
      paramLabel = "M",
      defaultValue = "1",
      description = "Month (1-12) quarters and years start in (default ${DEFAULT-VALUE}).")
  int fiscalYearStart;

  @Option(names = "--config", paramLabel = "FILE", description = "Config file (default DATA_DIR/kpikit.yaml).")
  Path config;

  @Option(
      names = "--max-reject-rate",
      paramLabel = "R",
      description = "Exit 4 when rejected rows / rows read exceeds R (outputs are still written).")
  Double maxRejectRate;

  @Option(names = "--strict", description = ConfigWarnings.STRICT_HELP)
  boolean strict;

  @Option(
      names = "--engine",
      paramLabel = "E",
      defaultValue = LoadEngines.LOCAL,
      description = "Who reads the data: local (this JVM, default) or spark (Spark in local[2] mode,"
          + " or the master of spark.master; needs kpikit-spark and Spark on the class path)."
          + " The metrics and output files are the same.")
  String engine;

  /**
   * Opens the data folder, reading it with {@code --engine}; with {@code --strict} refuses a config
   * with unknown keys or names.
   *
   * @param warn shows each config warning without {@code --strict}
   * @throws EngineUnavailableException (exit 2) when the engine is not on the class path
   */
  Business open(Consumer<String> warn) {
    LoadEngine chosen;
    try {
      chosen = LoadEngines.named(engine);
    } catch (IllegalArgumentException e) {
      throw new EngineUnavailableException("--engine: " + e.getMessage());
    }
    return openFolder(dataDir, config, asOf, strict, warn).loadingWith(chosen);
  }

  /**
   * Opens a data folder as every command does: its config (or {@code config} when given), the
   * config's unknown keys and names shown or, with {@code strict}, refused, and the as-of date.
   *
   * @param dataDir the data folder
   * @param config the config file, or null for {@code DATA_DIR/kpikit.yaml}
   * @param asOf the as-of date of the command line, or null
   * @param strict refuse a config with unknown keys or names (exit 3)
   * @param warn shows each config warning without {@code strict}
   */
  static Business openFolder(Path dataDir, Path config, LocalDate asOf, boolean strict, Consumer<String> warn) {
    Business b = Kpikit.open(dataDir, config);
    ConfigWarnings.check(b.configIssues(), strict, warn);
    return asOf == null ? b : b.asOf(asOf);
  }

  /**
   * @param err the command's error stream
   * @return a warning consumer that prints {@code kpikit: warning: ...} lines to it
   */
  static Consumer<String> warnings(PrintWriter err) {
    return w -> {
      err.println("kpikit: warning: " + w);
      err.flush();
    };
  }

  /** The unit column {@code kpikit report --by} names, checked once orders are loaded; else null. */
  String unit;

  MetricOptions options(Business business) {
    if (unit != null) {
      try {
        business.by(unit); // orders (loaded by now) must have the column
      } catch (dev.kpikit.metrics.NotComputableException e) {
        throw new picocli.CommandLine.ParameterException(
            new picocli.CommandLine(this), "--by " + unit + ": " + e.getMessage());
      }
    }
    Grain g;
    try {
      g = Grain.valueOf(grain.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--grain: '" + grain + "' is not one of week, month, quarter, year");
    }
    if (fiscalYearStart < 1 || fiscalYearStart > 12) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--fiscal-year-start: expected 1 to 12, got " + fiscalYearStart);
    }
    return new MetricOptions(Periods.of(g, fiscalYearStart), business.asOf(), by);
  }

  /** Prints what was written and skipped, and the ledger totals. */
  static void summarise(PrintWriter out, MetricRun run, Path dir) {
    out.printf(Locale.ROOT, "as of %s, by %s%s%n", run.options().asOf(), run.options().periodColumn(),
        run.options().by() == null ? "" : " and " + run.options().by());
    for (LoadResult r : run.loads().values()) {
      out.printf(Locale.ROOT, "  loaded %-16s %,12d rows read %,12d loaded %,8d rejected%n",
          r.dataset().fileStem(), r.rowsRead(), r.rowsLoaded(), r.rowsRejected());
    }
    run.tables().forEach((name, t) ->
        out.printf(Locale.ROOT, "  wrote  metrics/%s.csv (%,d rows)%n", name, t.rowCount()));
    run.skipped().forEach((name, why) -> out.printf(Locale.ROOT, "  skipped %s: %s%n", name, why));
    out.printf(Locale.ROOT, "outputs in %s%n", dir);
    out.flush();
  }

  int rejectRateExit(CommandSpec spec, MetricRun run) {
    if (maxRejectRate != null && run.rejectRate() > maxRejectRate) {
      spec.commandLine().getErr().printf(Locale.ROOT,
          "kpikit: reject rate %.4f is above --max-reject-rate %.4f%n", run.rejectRate(), maxRejectRate);
      return ExitCodes.REJECTS;
    }
    return ExitCodes.OK;
  }
}
