package dev.kpikit;

import dev.kpikit.forecast.DriverModel;
import dev.kpikit.forecast.DriverSimulation;
import dev.kpikit.forecast.PredictiveQuantiles;
import dev.kpikit.forecast.Scenario;
import dev.kpikit.forecast.SeriesForecaster;
import java.time.YearMonth;
import java.util.List;

/**
 * The driver simulation as a {@link SeriesForecaster} of a monthly metric ({@code revenue} or
 * {@code mrr}), for rolling-origin backtests: at cutoff c it refits every driver on the business
 * closed at the end of month c - 1 (nothing dated later is read), simulates the base scenario and
 * returns the metric's quantiles. It is the same model {@code kpikit forecast} runs.
 *
 * @since 0.2.0
 */
public final class DriverForecaster implements SeriesForecaster {
  private final Business business;
  private final String metric;
  private final List<YearMonth> months;
  private final int paths;
  private final long seed;

  /**
   * @param business the business (its data may extend past the cutoffs; each fit closes earlier)
   * @param metric {@code revenue} or {@code mrr} (subscriptions)
   * @param months the month of each observation of the series, consecutive
   * @param paths simulated paths per cutoff
   * @param seed the seed
   */
  public DriverForecaster(Business business, String metric, List<YearMonth> months, int paths, long seed) {
    if (!metric.equals("revenue") && !metric.equals("mrr")) {
      throw new IllegalArgumentException("a driver forecaster forecasts revenue or mrr, not " + metric);
    }
    this.business = business;
    this.metric = metric;
    this.months = List.copyOf(months);
    this.paths = paths;
    this.seed = seed;
  }

  @Override
  public PredictiveQuantiles forecast(int cutoff, int horizon) {
    if (cutoff < 1 || cutoff > months.size()) {
      throw new IllegalArgumentException("cutoff " + cutoff + " is outside the series of " + months.size() + " months");
    }
    YearMonth last = months.get(cutoff - 1);
    DriverModel model = DriverFit.fit(business.asOf(last.atEndOfMonth()));
    if (!model.firstMonth().equals(last.plusMonths(1))) {
      throw new IllegalStateException("the fit at " + last + " starts at " + model.firstMonth());
    }
    return new DriverSimulation(model, paths, seed).run(Scenario.base(), horizon).quantiles(metric);
  }
}
