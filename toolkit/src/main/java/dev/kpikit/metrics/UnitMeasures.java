package dev.kpikit.metrics;

import dev.kpikit.schema.Dataset;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The headline figures of one business (the whole, or one unit's rows alone) that the {@code units}
 * table compares, each computed from the business's own metric tables over the trailing twelve
 * complete months (TTM) ending at the last complete month on or before {@code asOf}. A figure
 * whose table cannot be computed from the data is absent.
 */
final class UnitMeasures {
  /** One figure: its value, its count and denominator when a proportion, and its monthly series. */
  record Measure(Double value, Long numerator, Long denominator, double[] recent) {}

  /** The four complete months ending the window, for the trend: oldest first. */
  static final int TREND_MONTHS = 4;

  private UnitMeasures() {}

  /**
   * @param in the business's inputs
   * @param options as-of date (the grain is always monthly here)
   * @return KPI name to figure, in {@link UnitKpi} order, for the KPIs the data allows
   */
  static Map<UnitKpi, Measure> of(MetricInputs in, MetricOptions options) {
    MetricOptions monthly = options.withPeriods(Periods.MONTHLY).withBy(null);
    TrailingYear ty = TrailingYear.of(monthly);
    YearMonth last = YearMonth.from(Periods.MONTHLY.start(ty.last));
    YearMonth first = last.minusMonths(TrailingYear.MONTHS - 1);
    Window w = new Window(first, last);
    Map<UnitKpi, Measure> out = new EnumMap<>(UnitKpi.class);
    Table revenue = compute(MetricTables.REVENUE_MONTHLY, in, monthly);
    if (revenue != null) {
      out.put(UnitKpi.REVENUE, w.sum(revenue, "revenue"));
      double rev = w.total(revenue, "revenue");
      double gm = w.total(revenue, "gross_margin");
      double[] active = w.values(revenue, "customers");
      double mean = java.util.Arrays.stream(active).average().orElse(Double.NaN);
      out.put(UnitKpi.ACTIVE_CUSTOMERS, new Measure(Double.isNaN(mean) ? null : mean, null, null, w.recent(revenue, "customers")));
      Double gmp = rev == 0 || revenue.column("gross_margin").countMissing() == revenue.rowCount() ? null : gm / rev;
      out.put(UnitKpi.GROSS_MARGIN_PCT, new Measure(gmp, null, null, w.recent(revenue, "gross_margin_pct")));
    }
    Table news = all(compute(MetricTables.NEW_CUSTOMERS_MONTHLY, in, monthly));
    if (news != null) {
      out.put(UnitKpi.NEW_CUSTOMERS, w.sum(news, "new_customers"));
    }
    Table cac = all(compute(MetricTables.CAC_MONTHLY, in, monthly));
    if (cac != null) {
      double spend = w.total(cac, "spend");
      double n = w.total(cac, "new_customers");
      out.put(UnitKpi.ACQUISITION_SPEND, new Measure(spend, null, null, w.recent(cac, "spend")));
      out.put(UnitKpi.CAC, new Measure(n == 0 ? null : spend / n, null, null, w.recent(cac, "cac")));
    }
    Table repeat = all(compute(MetricTables.REPEAT_PURCHASE_RATE, in, monthly));
    if (repeat != null && repeat.rowCount() == 1) {
      long x = (long) repeat.numberColumn("repeat_customers").getDouble(0);
      long n = (long) repeat.numberColumn("customers").getDouble(0);
      out.put(UnitKpi.REPEAT_PURCHASE_RATE, proportion(x, n, null));
    }
    Table churn = compute(MetricTables.CHURN_MONTHLY, in, monthly);
    if (churn != null) {
      out.put(UnitKpi.LOGO_CHURN_RATE, proportion(
          (long) w.total(churn, "churned"), (long) w.total(churn, "customers_start"), w.recent(churn, "logo_churn_rate")));
    }
    Table staff = compute(MetricTables.EMPLOYEE_TURNOVER, in, monthly);
    if (staff != null) {
      out.put(UnitKpi.EMPLOYEE_TURNOVER_RATE, proportion(
          (long) w.total(staff, "separations"), (long) w.total(staff, "headcount_start"), w.recent(staff, "turnover_rate")));
    }
    Table trials = compute(MetricTables.TRIAL_CONVERSION, in, monthly);
    if (trials != null) {
      long converted = (long) w.total(trials, "converted");
      long decided = converted + (long) w.total(trials, "lapsed");
      out.put(UnitKpi.TRIAL_CONVERSION_RATE,
          proportion(converted, decided, w.recent(trials, "trial_conversion_rate")));
    }
    return out;
  }

  /**
   * @return the balances table of the business, or null when the data allows none
   */
  static Table balances(MetricInputs in, MetricOptions options) {
    return compute(MetricTables.BALANCES, in, options.withPeriods(Periods.MONTHLY).withBy(null));
  }

  private static Measure proportion(long x, long n, double[] recent) {
    return new Measure(n == 0 ? null : (double) x / n, x, n, recent);
  }

  /** The table, or null when an input is absent or it cannot be computed from this data. */
  private static Table compute(MetricTable table, MetricInputs in, MetricOptions options) {
    for (Dataset d : table.inputs()) {
      if (!in.has(d)) {
        return null;
      }
    }
    try {
      return table.compute().apply(in, options);
    } catch (NotComputableException e) {
      return null;
    }
  }

  /** The {@code channel = ALL} rows of a table by channel (all rows when it has no channel column). */
  private static Table all(Table t) {
    if (t == null || !t.containsColumn("channel")) {
      return t;
    }
    return t.where(t.stringColumn("channel").isEqualTo("ALL"));
  }

  /** The TTM window, and the months of a monthly table inside it. */
  private record Window(YearMonth first, YearMonth last) {
    boolean contains(String month) {
      YearMonth m = YearMonth.parse(month);
      return !m.isBefore(first) && !m.isAfter(last);
    }

    double total(Table t, String column) {
      double sum = 0;
      for (int i = 0; i < t.rowCount(); i++) {
        if (contains(t.getString(i, "month")) && !t.column(column).isMissing(i)) {
          sum += t.numberColumn(column).getDouble(i);
        }
      }
      return sum;
    }

    /** The column's present values in the window's months, in table order. */
    double[] values(Table t, String column) {
      java.util.List<Double> v = new java.util.ArrayList<>();
      for (int i = 0; i < t.rowCount(); i++) {
        if (contains(t.getString(i, "month")) && !t.column(column).isMissing(i)) {
          v.add(t.numberColumn(column).getDouble(i));
        }
      }
      return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    Measure sum(Table t, String column) {
      return new Measure(total(t, column), null, null, recent(t, column));
    }

    /** The column's values in the last {@link #TREND_MONTHS} months of the window (NaN when absent). */
    double[] recent(Table t, String column) {
      double[] v = new double[TREND_MONTHS];
      java.util.Arrays.fill(v, Double.NaN);
      for (int i = 0; i < t.rowCount(); i++) {
        YearMonth m = YearMonth.parse(t.getString(i, "month"));
        long back = last.getMonthValue() - m.getMonthValue() + 12L * (last.getYear() - m.getYear());
        if (back >= 0 && back < TREND_MONTHS && !t.column(column).isMissing(i)) {
          v[(int) (TREND_MONTHS - 1 - back)] = t.numberColumn(column).getDouble(i);
        }
      }
      return v;
    }
  }
}
