package dev.kpikit.cli;

import dev.kpikit.load.DataException;
import dev.kpikit.config.DataFolder;
import dev.kpikit.load.DatasetLoader;
import dev.kpikit.load.InputFiles;
import dev.kpikit.load.LoadOptions;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.ConfigVocabulary;
import dev.kpikit.schema.Dataset;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kpikit validate}: loads inputs, prints the ledger, writes nothing. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Load a data folder (or one file with --dataset) and print the ledger per file:"
          + " rows read, loaded, rejected, and the first rejects with line, column and reason."
          + " Writes nothing.",
      "Exits 0 when every file could be read; rejected rows fail the run only above"
          + " --max-reject-rate."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;

  @Parameters(
      paramLabel = "PATH",
      description = "A data folder, or with --dataset a file, folder or glob of one dataset.")
  String path;

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      description =
          "Read PATH as this dataset: orders, customers, marketing_spend, inventory, employees,"
              + " financials.")
  String dataset;

  @Option(names = "--preset", paramLabel = "P", description = "A preset for --dataset, e.g. uci-online-retail.")
  String preset;

  @Option(names = "--config", paramLabel = "FILE", description = "Config file (default DATA_DIR/kpikit.yaml).")
  Path config;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "With --dataset: text encoding (default UTF-8).")
  Charset encoding;

  @Option(names = "--date-format", paramLabel = "PATTERN", description = "With --dataset: date pattern, e.g. M/d/yyyy H:mm.")
  String dateFormat;

  @Option(names = "--timezone", paramLabel = "ZONE", description = "With --dataset: business time zone (default UTC).")
  ZoneId timezone;

  @Option(
      names = "--max-reject-rate",
      paramLabel = "R",
      description = "Fail (exit 4) when rejected rows / rows read exceeds R, e.g. 0.01.")
  Double maxRejectRate;

  @Option(names = "--show-rejects", paramLabel = "N", defaultValue = "5", description = "Rejects to show per dataset (default ${DEFAULT-VALUE}).")
  int showRejects;

  @Option(names = "--all-files", description = "List every file of datasets split over many files.")
  boolean allFiles;

  @Option(names = "--strict", description = ConfigWarnings.STRICT_HELP)
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<LoadResult> results = new ArrayList<>();
    Path base;
    if (dataset != null) {
      base = null;
      results.add(loadOne());
    } else {
      if (preset != null || encoding != null || dateFormat != null || timezone != null) {
        throw new DataException(
            "--preset, --encoding, --date-format and --timezone go with --dataset; for a data"
                + " folder set them in kpikit.yaml");
      }
      DataFolder folder = DataFolder.open(Path.of(path), config, ConfigVocabulary.NAMES);
      PrintWriter err = spec.commandLine().getErr();
      ConfigWarnings.check(folder.configIssues(), strict, RunOptions.warnings(err));
      err.flush();
      base = folder.dir();
      if (folder.inputs().isEmpty()) {
        throw new DataException(
            path + ": no dataset files found (expected e.g. orders.csv, customers.csv)");
      }
      out.println("data folder " + path + " (time zone " + folder.config().timezone() + ")");
      for (Dataset d : folder.inputs().keySet()) {
        results.add(folder.load(d));
      }
    }
    LedgerText.header(out);
    for (LoadResult r : results) {
      LedgerText.print(out, r, base, showRejects, allFiles);
    }
    long read = results.stream().mapToLong(LoadResult::rowsRead).sum();
    long rejected = results.stream().mapToLong(LoadResult::rowsRejected).sum();
    double rate = read == 0 ? 0 : (double) rejected / read;
    out.printf(
        Locale.ROOT,
        "total: %,d rows read, %,d loaded, %,d rejected (%.3f %%)%n",
        read,
        read - rejected,
        rejected,
        100 * rate);
    out.flush();
    if (maxRejectRate != null && rate > maxRejectRate) {
      spec.commandLine()
          .getErr()
          .printf(
              Locale.ROOT,
              "kpikit: reject rate %.4f is above --max-reject-rate %.4f%n",
              rate,
              maxRejectRate);
      return ExitCodes.REJECTS;
    }
    return ExitCodes.OK;
  }

  private LoadResult loadOne() {
    Dataset d;
    try {
      d = Dataset.fromName(dataset);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--dataset: " + e.getMessage());
    }
    LoadOptions.Builder o = LoadOptions.builder().preset(preset).dateFormat(dateFormat);
    if (encoding != null) {
      o.encoding(encoding);
    }
    if (timezone != null) {
      o.zone(timezone);
    }
    List<String> files = InputFiles.expand(Path.of(""), path);
    return DatasetLoader.load(d, files, o.build());
  }
}
