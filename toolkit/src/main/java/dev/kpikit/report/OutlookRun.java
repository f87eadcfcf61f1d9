package dev.kpikit.report;

import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.Outlook;
import java.util.Map;

/**
 * What the report's Outlook section shows: the simulated outlook and the backtests that measured
 * its intervals, or why there is no outlook.
 *
 * @param outlook the outlook, or null when the data cannot carry one
 * @param backtests subject name ({@code monthly_revenue}, {@code monthly_mrr}) to its backtest;
 *     empty when the history is too short
 * @param omitted why there is no outlook (null when there is one)
 * @since 0.2.0
 */
public record OutlookRun(Outlook outlook, Map<String, Backtest> backtests, String omitted) {
  /** Copies the map. */
  public OutlookRun {
    backtests = Map.copyOf(backtests);
  }

  /**
   * @param reason why the data cannot carry an outlook
   * @return a run without outlook
   */
  public static OutlookRun omitted(String reason) {
    return new OutlookRun(null, Map.of(), reason);
  }
}
