package dev.kpikit;

import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.BacktestSubject;
import dev.kpikit.forecast.Outlook;
import dev.kpikit.forecast.ScenarioException;
import dev.kpikit.load.DataException;
import dev.kpikit.report.BacktestOutput;
import dev.kpikit.report.ForecastOutput;
import dev.kpikit.report.OutlookRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Computes what the report's Outlook section shows: the outlook with the config's settings and
 * scenarios, and the monthly backtests of the same forecaster with {@link #BACKTEST_PATHS} paths
 * per cutoff.
 *
 * @since 0.2.0
 */
public final class OutlookRuns {
  /** Simulated paths per cutoff in the report's backtest. */
  public static final int BACKTEST_PATHS = 1_000;

  private OutlookRuns() {}

  /** Why the report has no Outlook when {@code kpikit.yaml} turns it off. */
  public static final String TURNED_OFF =
      "turned off in kpikit.yaml (forecast: { enabled: false }), so no forecast or backtest was"
          + " run; kpikit forecast and kpikit backtest still compute them";

  /**
   * @param business the business, closed at the report's as-of date
   * @return the outlook and its backtests; or, computing nothing, {@link #TURNED_OFF} when the
   *     config's {@code forecast.enabled} is false; or the reason the data cannot carry an outlook
   * @throws DataException when a scenario of {@code kpikit.yaml} is invalid (a config error)
   */
  public static OutlookRun compute(Business business) {
    if (!business.config().forecast().enabled()) {
      return OutlookRun.omitted(TURNED_OFF);
    }
    Outlook outlook;
    try {
      outlook = business.forecast().run();
    } catch (ScenarioException e) {
      throw new DataException(business.folder().dir().resolve("kpikit.yaml") + ": scenarios: " + e.getMessage(), e);
    } catch (DataException | IllegalArgumentException e) {
      return OutlookRun.omitted(e.getMessage());
    }
    Map<String, Backtest> backtests = new LinkedHashMap<>();
    for (BacktestSubject s : BacktestSubjects.monthly(business, BACKTEST_PATHS, business.config().forecast().seed())) {
      backtests.put(s.name(), s.evaluate());
    }
    return new OutlookRun(outlook, backtests, null);
  }

  /**
   * Writes the outlook's files ({@link ForecastOutput}) when there is an outlook.
   *
   * @param run the outlook run
   * @param dir the output folder
   * @throws IOException when the folder cannot be written
   */
  public static void write(OutlookRun run, Path dir) throws IOException {
    if (run.outlook() != null) {
      ForecastOutput.write(run.outlook(), dir);
    }
  }
}
