package dev.kpikit.cli;

import dev.kpikit.Business;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options and the publishing step of the commands that publish their output folder as a whole
 * with {@link ReportJob} ({@code kpikit report} and {@code kpikit metrics}): runs kept, lock wait,
 * and the mapping of output failures to exit code 5.
 */
final class PublishMixin {
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

  /**
   * @param spec the command, for usage errors
   * @return the runs to keep and the lock wait
   * @throws ParameterException when {@code --keep} is below 1 or {@code --wait} negative
   */
  PublishOptions options(CommandSpec spec) {
    try {
      return new PublishOptions(keep, Duration.ofSeconds(waitSeconds));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Computes and publishes one run into {@code run.out} (see {@link ReportJob#run}).
   *
   * @param run the command's data folder, output folder and metric options
   * @param business the opened data folder
   * @param page writes the run's page beside its metric files (or nothing)
   * @param publish from {@link #options}
   * @param customerValue whether the run fits the customer-value models (the report's section)
   * @param clock names the run
   * @param log where the steps are logged
   * @return the published run
   * @throws OutputException when the output folder cannot be written or another run held it
   *     beyond the wait (exit 5)
   */
  static PublishedReport publish(
      RunOptions run, Business business, ReportRenderer page, PublishOptions publish, boolean customerValue,
      Clock clock, JobLog log) {
    try {
      return new ReportJob(page, clock, log, customerValue).run(run.out, business, run::options, publish);
    } catch (OutputLockedException e) {
      throw new OutputException(e.getMessage(), e);
    } catch (AccessDeniedException e) {
      throw new OutputException("cannot write " + run.out + ": " + e.getFile() + ": permission denied", e);
    } catch (IOException e) {
      throw new OutputException("cannot write " + run.out + ": " + e.getMessage(), e);
    }
  }
}
