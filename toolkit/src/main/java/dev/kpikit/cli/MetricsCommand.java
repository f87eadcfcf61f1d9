package dev.kpikit.cli;

import dev.kpikit.Business;
import dev.kpikit.job.JobLog;
import dev.kpikit.job.PublishOptions;
import dev.kpikit.job.PublishedReport;
import dev.kpikit.job.ReportRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kpikit metrics}: computes every metric table the data allows and publishes the metric
 * files as {@code kpikit report} publishes a report, without the page: the same job ({@link
 * dev.kpikit.job.ReportJob}), so the same lock, input stamps and whole-folder publish.
 */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description = {
      "Compute every metric table the data folder allows and write metrics/<table>.csv,"
          + " metrics.json, quality.csv, rejects/<dataset>.csv and run.json to --out.",
      "Tables whose data is absent are skipped with the reason. Same inputs and --as-of give"
          + " byte-identical metric files.",
      "The files are published together, as kpikit report publishes a report: DIR/runs/<UTC start"
          + " time>/ and links to the latest (DIR/metrics, DIR/run.json, ...), so DIR never shows"
          + " files of two runs, and an input that changed while it was read is exit 3 with"
          + " nothing published."
    })
final class MetricsCommand implements Callable<Integer> {
  /** What {@code kpikit metrics} writes beside the metric files: nothing. */
  static final ReportRenderer NO_PAGE = ReportRenderer.NO_PAGE;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin RunOptions run;
  @Mixin PublishMixin publishing;

  private final ReportRenderer afterMetrics;
  private final Clock clock;

  /** The command as installed: no page, the system clock. */
  MetricsCommand() {
    this(NO_PAGE, Clock.systemUTC());
  }

  /**
   * @param afterMetrics called once the metric files of a run are written, before it is published
   *     (tests change an input there)
   * @param clock names runs
   */
  MetricsCommand(ReportRenderer afterMetrics, Clock clock) {
    this.afterMetrics = afterMetrics;
    this.clock = clock;
  }

  /**
   * The extra order columns (those that map to no canonical column) a metrics run may read: the
   * {@code --by} column and any named in the config file; the others are not loaded.
   *
   * @param by the {@code --by} column, or null
   * @param configText the text of the config file ("" when there is none), or null when it could
   *     not be read: every column is then loaded
   * @return accepts the names of the extra columns to load; null for all
   */
  static Predicate<String> extrasRead(String by, String configText) {
    return configText == null ? null : name -> name.equals(by) || configText.contains(name);
  }

  /** @return the config file's text, "" without one, null when it cannot be read as UTF-8 */
  private static String configText(RunOptions run) {
    Path file = run.config != null ? run.config : run.dataDir.resolve("kpikit.yaml");
    try {
      return Files.isRegularFile(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return null; // opening the folder reports a config it cannot read; load every column
    }
  }

  @Override
  public Integer call() {
    PublishOptions publish = publishing.options(spec);
    PrintWriter out = spec.commandLine().getOut();
    Business business = run.open(RunOptions.warnings(spec.commandLine().getErr()))
        .withOrderExtraColumns(extrasRead(run.by, configText(run)));
    // stdout carries the summary, as before; the job's step log is for kpikit report's cron runs.
    JobLog quiet = new JobLog(new PrintWriter(Writer.nullWriter()), clock, false);
    PublishedReport published = PublishMixin.publish(run, business, afterMetrics, publish, false, clock, quiet);
    RunOptions.summarise(out, published.run(), run.out);
    business.ordersCollectedNote().ifPresent(note -> out.println("  " + note));
    out.flush();
    return run.rejectRateExit(spec, published.run());
  }
}
