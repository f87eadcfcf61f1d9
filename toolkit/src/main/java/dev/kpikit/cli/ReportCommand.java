package dev.kpikit.cli;

import dev.kpikit.Business;
import dev.kpikit.report.OutlookRun;
import dev.kpikit.report.UnitRuns;
import dev.kpikit.OutlookRuns;
import dev.kpikit.report.html.HtmlReport;
import dev.kpikit.job.JobLog;
import dev.kpikit.job.PublishOptions;
import dev.kpikit.job.PublishedReport;
import dev.kpikit.job.ReportRenderer;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kpikit report}: {@code kpikit metrics} plus the dashboard, published atomically under a
 * lock, for cron. A thin shell over {@link dev.kpikit.job.ReportJob}.
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

  @Mixin PublishMixin publishing;

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

  /**
   * The production page with the Outlook of {@code business} at the run's as-of date and, for a
   * business divided into units, every unit's sections.
   */
  private static ReportRenderer withOutlook(Business business) {
    return (run, dir) -> {
      Business atRun = business.asOf(run.options().asOf());
      OutlookRun o = OutlookRuns.compute(atRun);
      OutlookRuns.write(o, dir);
      UnitRuns units = atRun.unitColumn() == null || !run.tables().containsKey("units")
          ? null : atRun.by(atRun.unitColumn()).runs(run.options());
      HtmlReport.write(run, dir, o, units);
    };
  }

  @Override
  public Integer call() {
    PublishOptions publish = publishing.options(spec);
    Business business = run.open(w -> { }); // the job logs the warnings, in its log's form
    if (run.by != null) {
      // For the report, --by names the units (as unit: in kpikit.yaml), not a split of every table.
      run.unit = run.by;
      run.by = null;
      business = business.withUnit(run.unit);
    }
    JobLog log = new JobLog(spec.commandLine().getErr(), clock, System.console() != null);
    ReportRenderer page = outlook ? withOutlook(business) : renderer;
    PublishedReport published;
    try {
      published = PublishMixin.publish(run, business, page, publish, true, clock, log);
    } catch (ParameterException e) { // --by names a column orders lack (known once they are loaded)
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    return run.rejectRateExit(spec, published.run());
  }
}
