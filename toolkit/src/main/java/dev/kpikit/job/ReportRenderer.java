package dev.kpikit.job;

import dev.kpikit.report.MetricRun;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the human-facing page of a report (for kpikit, the HTML dashboard: {@code index.html}
 * and {@code assets/}) into a folder that already holds the metric outputs of the same run.
 *
 * <p>{@link ReportJob} calls it on a private staging folder, never on the published one, so a
 * renderer may write its files in any order and need not be atomic itself. It must be
 * deterministic for a given run (no random ids, no data-dependent ordering) so that re-runs give
 * the same page; the one allowed difference is a line stating when the page was generated (issue
 * 4: "identical report except for the run timestamp").
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReportRenderer {

  /**
   * Writes the page of one run.
   *
   * @param run the computed run, the same one whose metric files are already in {@code dir}
   * @param dir the staging folder of the run (exists and is writable)
   * @throws IOException when the page cannot be written; the job then publishes nothing
   */
  void render(MetricRun run, Path dir) throws IOException;

  /**
   * Whether the page reads the rows of the run's loads ({@link MetricRun#loads()}), not only their
   * ledgers: the HTML dashboard does (its segments and the first order date). When it does not, a
   * business whose engine keeps the orders elsewhere ({@link dev.kpikit.RemoteOrders}) leaves them
   * there and the run's orders load carries their ledger only.
   *
   * @return true (the default) when the page reads loaded rows
   * @since 0.3.0
   */
  default boolean readsLoadedRows() {
    return true;
  }

  /** Writes no page and reads no rows: what {@code kpikit metrics} uses. */
  ReportRenderer NO_PAGE = new ReportRenderer() {
    @Override
    public void render(MetricRun run, Path dir) {
      // no page: the metric files are the whole output
    }

    @Override
    public boolean readsLoadedRows() {
      return false;
    }
  };
}
