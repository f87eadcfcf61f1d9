package dev.kpikit.report.html;

import dev.kpikit.load.LoadResult;
import dev.kpikit.report.MetricRun;
import dev.kpikit.schema.Dataset;

/**
 * Whether a run's data have dates at all. A tenure {@code customers} export (IBM Telco) or a
 * snapshot {@code employees} export (IBM HR) has none: its as-of date is only the day it was read,
 * so the page shows no "last period incomplete" warning and says the data are a snapshot.
 */
final class DataDates {
  private DataDates() {}

  /**
   * @param run a run
   * @return false when the run loaded data and every dataset has a shape without dates (tenure
   *     {@code customers}, snapshot {@code employees}); true otherwise
   */
  static boolean present(MetricRun run) {
    if (run.loads().isEmpty()) {
      return true;
    }
    for (LoadResult r : run.loads().values()) {
      boolean dateless = r.dataset() == Dataset.CUSTOMERS && r.shape().name().equals("tenure")
          || r.dataset() == Dataset.EMPLOYEES && r.shape().name().equals("snapshot");
      if (!dateless) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param run a run
   * @return the as-of date as the header shows it: the date, or for data without dates that they
   *     are a snapshot read on that day
   */
  static String asOfText(MetricRun run) {
    String asOf = run.options().asOf().toString();
    return present(run) ? asOf : "no dates in the data (a snapshot, read " + asOf + ")";
  }
}
