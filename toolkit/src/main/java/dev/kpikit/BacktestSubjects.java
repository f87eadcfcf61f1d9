package dev.kpikit;

import dev.kpikit.forecast.BacktestSubject;
import dev.kpikit.forecast.RollingOrigin;
import dev.kpikit.forecast.series.DailySeries;
import dev.kpikit.forecast.series.SeasonalSeriesForecaster;
import dev.kpikit.schema.Dataset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The backtest subjects of a business that {@code kpikit backtest} and the report's Outlook
 * evaluate: the series of its metric tables, each with the driver-based forecaster that {@code
 * kpikit forecast} uses ({@link DriverForecaster}), so the backtest scores the same model.
 *
 * @since 0.2.0
 */
public final class BacktestSubjects {
  /** Horizon of the monthly backtests, in months. */
  public static final int MONTHLY_HORIZON = 6;

  /** Months of history before the first cutoff of the monthly backtests. */
  public static final int MONTHLY_FIRST_CUTOFF = 18;

  /** Horizon of the daily revenue backtest, in days. */
  public static final int DAILY_HORIZON = 28;

  /** Days of history before the first cutoff of the daily revenue backtest. */
  public static final int DAILY_FIRST_CUTOFF = 182;

  private BacktestSubjects() {}

  /**
   * Every subject the data allows: the {@link #monthly} driver-based ones and the {@link #daily}
   * statistical one.
   *
   * @param business the business
   * @param paths simulated paths per cutoff of the monthly subjects
   * @param seed the seed
   * @return the subjects, monthly first
   */
  public static List<BacktestSubject> all(Business business, int paths, long seed) {
    List<BacktestSubject> out = new ArrayList<>(monthly(business, paths, seed));
    out.addAll(daily(business, seed));
    return out;
  }

  /**
   * The daily net revenue of the orders up to the as-of date, forecast by the seasonal statistical
   * model ({@link SeasonalSeriesForecaster#weekly}, the model for a series without drivers), with
   * horizon {@link #DAILY_HORIZON} days and a cutoff every 7 days from day {@link
   * #DAILY_FIRST_CUTOFF}; weekly seasonal naive as benchmark. Every calendar day is scored.
   *
   * @param business the business
   * @param seed the seed of the model's sample paths
   * @return the subject, or none without orders or with too short a history for one cutoff
   */
  public static List<BacktestSubject> daily(Business business, long seed) {
    if (!business.has(Dataset.ORDERS)) {
      return List.of();
    }
    Table orders = business.load(Dataset.ORDERS).table(); // read only: where() below makes the new table
    orders = orders.where(orders.dateColumn("order_date").isOnOrBefore(business.asOf()));
    if (orders.isEmpty()) {
      return List.of();
    }
    DailySeries days = DailySeries.netRevenue(orders);
    RollingOrigin origin = new RollingOrigin(7, DAILY_FIRST_CUTOFF, 7, DAILY_HORIZON);
    if (origin.cutoffs(days.length()).length == 0) {
      return List.of();
    }
    return List.of(
        new BacktestSubject(
            "daily_revenue",
            "daily net revenue (every calendar day, closed days as 0)",
            days.values(),
            days.labels(),
            origin,
            SeasonalSeriesForecaster.weekly(days).withSeed(seed)));
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
