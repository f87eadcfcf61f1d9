package dev.kpikit.forecast;

import dev.kpikit.Business;
import dev.kpikit.schema.Dataset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * One series that {@code kpikit backtest} evaluates: its observations and labels, the rolling
 * origin settings, and the forecaster under test. The command runs a list of them; adding a series
 * (e.g. daily revenue with a statistical model) is one more entry.
 *
 * @param name the subject's name, used in file names ({@code monthly_revenue})
 * @param description what the series is, for people
 * @param series the observations, oldest first
 * @param labels a label per observation
 * @param origin the rolling-origin settings
 * @param forecaster the forecaster under test, holding the same series
 * @since 0.2.0
 */
public record BacktestSubject(
    String name, String description, double[] series, String[] labels, RollingOrigin origin, SeriesForecaster forecaster) {

  /** Horizon of the monthly backtests, in months. */
  public static final int MONTHLY_HORIZON = 6;

  /** Months of history before the first cutoff of the monthly backtests. */
  public static final int MONTHLY_FIRST_CUTOFF = 18;

  /** @return the backtest of this subject */
  public Backtest evaluate() {
    return origin.evaluate(series, labels, forecaster);
  }

  /**
   * The monthly subjects of a business: revenue (with orders), and MRR for subscriptions, each
   * over its complete months, horizon {@link #MONTHLY_HORIZON}, cutoffs from month {@link
   * #MONTHLY_FIRST_CUTOFF} every month, seasonal naive with a 12-month season as benchmark.
   *
   * @param business the business
   * @param paths simulated paths per cutoff
   * @param seed the seed
   * @return the subjects the data allows (none with fewer than 24 complete months)
   */
  public static List<BacktestSubject> monthly(Business business, int paths, long seed) {
    List<BacktestSubject> out = new ArrayList<>();
    RollingOrigin origin = new RollingOrigin(12, MONTHLY_FIRST_CUTOFF, 1, MONTHLY_HORIZON);
    YearMonth last = YearMonth.from(business.asOf());
    if (!business.asOf().equals(last.atEndOfMonth())) {
      last = last.minusMonths(1);
    }
    Business closed = business.asOf(last.atEndOfMonth());
    boolean subscription = DriverFit.isSubscription(closed);
    if (closed.has(Dataset.ORDERS)) {
      add(out, "monthly_revenue", "monthly revenue (revenue_monthly.revenue)", closed, closed.revenue().table(),
          "revenue", last, origin, paths, seed);
    }
    if (subscription) {
      add(out, "monthly_mrr", "closing MRR per month (mrr_movements.mrr_end)", closed, closed.mrrMovements().table(),
          "mrr_end", last, origin, paths, seed);
    }
    return out;
  }

  private static void add(List<BacktestSubject> out, String name, String description, Business b, Table t,
      String column, YearMonth last, RollingOrigin origin, int paths, long seed) {
    List<YearMonth> months = new ArrayList<>();
    YearMonth first = YearMonth.parse(t.stringColumn(0).get(0));
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    if (origin.cutoffs(months.size()).length == 0) {
      return;
    }
    double[] series = DriverFit.column(t, column, months);
    String[] labels = months.stream().map(DriverFit::label).toArray(String[]::new);
    String metric = column.equals("revenue") ? "revenue" : "mrr";
    out.add(new BacktestSubject(name, description, series, labels, origin,
        new DriverForecaster(b, metric, months, paths, seed)));
  }
}
