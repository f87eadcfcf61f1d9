package dev.kpikit.report.html;

import java.util.List;

/** Marks the incomplete last period on period charts. */
final class Periods {
  private Periods() {}

  /** Shades the last x category when it is the run's incomplete last period. */
  static void markIncomplete(RunView run, Figure f, List<String> periods) {
    String incomplete = run.incompleteLastPeriod();
    if (incomplete != null && !periods.isEmpty() && incomplete.equals(periods.get(periods.size() - 1))) {
      f.markIncomplete(periods.size() - 1);
    }
  }
}
