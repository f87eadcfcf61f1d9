package dev.kpikit.cli;

import dev.kpikit.Business;
import dev.kpikit.report.OutlookRun;
import dev.kpikit.report.OutlookRuns;
import dev.kpikit.report.html.HtmlReport;
import dev.kpikit.job.JobLog;
import dev.kpikit.job.OutputLockedException;
import dev.kpikit.job.PublishOptions;
import dev.kpikit.job.PublishedReport;
import dev.kpikit.job.ReportJob;
import dev.kpikit.job.ReportRenderer;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kpikit report}: {@code kpikit metrics} plus the dashboard, published atomically under a
 * lock, for cron. A thin shell over {@link ReportJob}.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Compute every metric table and write the dashboard (index.html, assets/) with the metric"
          + " outputs, then publish them atomically: DIR always shows the previous complete"
          + " report or the new one, never a half-written one, even if the run is killed.",
      "Runs are kept as DIR/runs/<UTC start time>/; DIR/current and the top-level entries"
          + " (DIR/index.html, DIR/metrics, ...) are links to the latest. Two runs on the same DIR"
          + " never interleave: the second waits for the first (--wait).",
      "Logs go to stderr as timestamped lines (no data values); a progress bar is shown only on"
          + " a terminal. Above --max-reject-rate the report is still published and the exit"
          + " code is 4."
    })
final class ReportCommand implements Callable<Integer> {
  /** The page renderer of {@code kpikit report}: the one place the dashboard is wired in. */
  static final ReportRenderer PAGE = HtmlReport::write;

  @Spec CommandSpec spec;
  @Mixin CommonOptions common;
  @Mixin RunOptions run;

  @Option(
      names = "--keep",
      paramLabel = "N",
      description = "Runs to keep under DIR/runs, the latest included (default ${DEFAULT-VALUE}).")
  int keep = PublishOptions.DEFAULT_KEEP;

  @Option(
      names = "--wait",
      paramLabel = "SECONDS",
      description =
          "How long to wait while another run writes DIR before exiting 5 (default"
              + " ${DEFAULT-VALUE}; 0 tries once).")
  long waitSeconds = PublishOptions.DEFAULT_LOCK_WAIT.toSeconds();

  private final ReportRenderer renderer;
  private final Clock clock;
  private final boolean outlook;

  /**
   * The command as installed: the production page with its Outlook section (the forecast and its
   * backtest, computed from the same business, and forecast/*.csv) and the system clock.
   */
  ReportCommand() {
    this(PAGE, Clock.systemUTC(), true);
  }

  /**
   * @param renderer writes the page of each run
   * @param clock names runs and stamps log lines
   */
  ReportCommand(ReportRenderer renderer, Clock clock) {
    this(renderer, clock, false);
  }

  private ReportCommand(ReportRenderer renderer, Clock clock, boolean outlook) {
    this.renderer = renderer;
    this.clock = clock;
    this.outlook = outlook;
  }

  /** The production page with the Outlook of {@code business} at the run's as-of date. */
  private static ReportRenderer withOutlook(Business business) {
    return (run, dir) -> {
      OutlookRun o = OutlookRuns.compute(business.asOf(run.options().asOf()));
      OutlookRuns.write(o, dir);
      HtmlReport.write(run, dir, o);
    };
  }

  @Override
  public Integer call() {
    PublishOptions publish;
    try {
      publish = new PublishOptions(keep, Duration.ofSeconds(waitSeconds));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (run.by != null) {
      throw new ParameterException(
          spec.commandLine(),
          "--by: the report shows the whole business; use kpikit metrics --by " + run.by
              + " for tables split by a dimension");
    }
    Business business = run.open();
    JobLog log = new JobLog(spec.commandLine().getErr(), clock, System.console() != null);
    PublishedReport published;
    try {
      ReportRenderer page = outlook ? withOutlook(business) : renderer;
      published = new ReportJob(page, clock, log).run(run.out, business, run::options, publish);
    } catch (OutputLockedException e) {
      throw new OutputException(e.getMessage(), e);
    } catch (AccessDeniedException e) {
      throw new OutputException("cannot write " + run.out + ": " + e.getFile() + ": permission denied", e);
    } catch (IOException e) {
      throw new OutputException("cannot write " + run.out + ": " + e.getMessage(), e);
    }
    return run.rejectRateExit(spec, published.run());
  }
}
