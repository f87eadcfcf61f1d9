package dev.kpikit.cli;

import dev.kpikit.Business;
import dev.kpikit.report.InputDigest;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.MetricsOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kpikit metrics}: computes every metric table the data allows and writes them. */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description = {
      "Compute every metric table the data folder allows and write metrics/<table>.csv,"
          + " metrics.json, quality.csv, rejects/<dataset>.csv and run.json to --out.",
      "Tables whose data is absent are skipped with the reason. Same inputs and --as-of give"
          + " byte-identical metric files."
    })
final class MetricsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin RunOptions run;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Business business = run.open(w -> err.println("kpikit: warning: " + w));
    err.flush();
    // run.json records each input's SHA-256: read the files for it while they are being loaded.
    InputDigest.prefetch(business.folder().inputs().values().stream().flatMap(List::stream).toList());
    MetricRun result = business.computeAll(run.options(business));
    try {
      MetricsOutput.write(result, run.out);
    } catch (IOException e) {
      throw new OutputException("cannot write " + run.out + ": " + e.getMessage(), e);
    }
    RunOptions.summarise(out, result, run.out);
    return run.rejectRateExit(spec, result);
  }
}
