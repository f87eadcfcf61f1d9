package dev.kpikit.metrics;

import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The balances measured on marketing spend, customer flows, lifetimes, financials and employees.
 * Definitions in {@link Balances}.
 */
final class BalanceMeasures {
  /** Average days per month (365.25 / 12), to express lifetimes in days as months. */
  static final double DAYS_PER_MONTH = 365.25 / 12;

  private BalanceMeasures() {}

  static BalanceSides acquisitionVsRetentionSpend(Table spend, TrailingYear window) {
    String name = Balances.ACQUISITION_VS_RETENTION_SPEND;
    String left = "acquisition spend (TTM)";
    String right = "retention spend (TTM)";
    if (spend == null || !spend.containsColumn("purpose")) {
      return BalanceSides.missing(name, left, right);
    }
    MarketingSpend rows = MarketingSpend.of(spend, window.monthly);
    CompensatedSums sides = new CompensatedSums(2);
    for (int r = 0; r < rows.rowCount(); r++) {
      if (window.contains(rows.period[r])) {
        sides.add(rows.retention[r] ? 1 : 0, rows.spend[r]);
      }
    }
    return BalanceSides.of(name, left, sides.get(0), right, sides.get(1));
  }

  static BalanceSides growthVsChurn(CustomerFlows flows) {
    return flows == null
        ? growthVsChurn(Double.NaN, Double.NaN)
        : growthVsChurn(flows.gained[0], flows.lost[0]);
  }

  /** @return {@code growth_vs_churn} from customers gained and lost (NaN when unknown) */
  static BalanceSides growthVsChurn(double gained, double lost) {
    return BalanceSides.of(Balances.GROWTH_VS_CHURN, "customers gained (TTM)", gained, "customers lost (TTM)", lost);
  }

  static BalanceSides shortVsLongTerm(double paybackMonths, double lifetimeMonths) {
    return BalanceSides.of(
        Balances.SHORT_VS_LONG_TERM,
        "CAC payback (months)",
        paybackMonths,
        "median customer lifetime (months)",
        lifetimeMonths);
  }

  /**
   * The median customer lifetime in months: Kaplan–Meier over spells (days / {@link
   * #DAYS_PER_MONTH}), over the tenure shape (months), or over orders-only lifetimes (see {@link
   * Balances}). Missing when the curve never falls to one half or there is no customer data.
   */
  static double medianLifetimeMonths(
      Table customers, OrderFacts facts, ActiveMonths active, TrailingYear window) {
    if (customersGiveLifetimes(customers)) {
      return customersMedianLifetimeMonths(customers, window);
    }
    if (facts == null) {
      return Double.NaN;
    }
    int n = active.period.length;
    int[] time = new int[n];
    boolean[] event = new boolean[n];
    int runs = 0;
    for (int c = 0; c < active.customers(); c++) {
      int end = active.offset[c + 1];
      for (int i = active.offset[c]; i < end; ) {
        int start = active.period[i];
        while (i + 1 < end && active.period[i + 1] - active.period[i] <= CustomerFlows.LAPSE_MONTHS) {
          i++;
        }
        time[runs] = active.period[i] - start + 1;
        event[runs++] = active.period[i] + CustomerFlows.LAPSE_MONTHS <= window.last;
        i++;
      }
    }
    return median(KaplanMeier.estimate(new int[runs], time, event, runs, new String[] {"ALL"}));
  }

  /** @return true when the customers table (spells or tenure) gives the lifetimes, not orders */
  static boolean customersGiveLifetimes(Table customers) {
    return UnitEconomics.hasSpells(customers) || customers != null && customers.containsColumn("tenure");
  }

  /** The median lifetime from the customers table; see {@link #customersGiveLifetimes}. */
  static double customersMedianLifetimeMonths(Table customers, TrailingYear window) {
    return UnitEconomics.hasSpells(customers)
        ? median(Survival.spells(customers, window.monthly)) / DAYS_PER_MONTH
        : median(Survival.tenure(customers, null));
  }

  /**
   * @param counts orders-only lifetimes as counts (see {@link OrderBalanceParts#lifetimes})
   * @return their median in months, missing when the curve never falls to one half
   */
  static double ordersMedianLifetimeMonths(Table counts) {
    return median(Survival.fromCounts(counts));
  }

  private static double median(Table survival) {
    Table medians = Survival.medianLifetime(survival);
    return medians.rowCount() == 0 ? Double.NaN : medians.doubleColumn("median_lifetime").getDouble(0);
  }

  static BalanceSides leverageVsPrudence(Table financials, TrailingYear window) {
    String name = Balances.LEVERAGE_VS_PRUDENCE;
    if (financials == null || !financials.containsColumn("total_debt") || !financials.containsColumn("equity")) {
      return BalanceSides.missing(name, "total debt", "equity");
    }
    DateColumn period = financials.dateColumn("period");
    NumericColumn<?> debt = financials.numberColumn("total_debt");
    NumericColumn<?> equity = financials.numberColumn("equity");
    int lastMonth = window.monthly.lastPeriod();
    TreeMap<Integer, double[]> months = new TreeMap<>();
    for (int r = 0; r < financials.rowCount(); r++) {
      if (period.isMissing(r) || Periods.MONTHLY.indexOfPacked(period.getIntInternal(r)) > lastMonth) {
        continue;
      }
      double[] m = months.computeIfAbsent(
          Periods.MONTHLY.indexOfPacked(period.getIntInternal(r)), k -> new double[2]);
      m[0] += debt.getDouble(r);
      m[1] += equity.getDouble(r);
    }
    for (Map.Entry<Integer, double[]> e : months.descendingMap().entrySet()) {
      double[] m = e.getValue();
      if (!Double.isNaN(m[0]) && !Double.isNaN(m[1])) {
        String month = Periods.MONTHLY.label(e.getKey());
        return BalanceSides.of(name, "total debt (" + month + ")", m[0], "equity (" + month + ")", m[1]);
      }
    }
    return BalanceSides.missing(name, "total debt", "equity");
  }

  static BalanceSides peopleVsProfit(Table employees, double grossMarginPct, TrailingYear window) {
    double turnover = Double.NaN;
    if (employees != null && employees.containsColumn("hire_date")) {
      Table t = EmployeeTurnover.table(employees, window.monthly);
      StringColumn month = t.stringColumn("month");
      String last = Periods.MONTHLY.label(window.last);
      for (int r = 0; r < t.rowCount(); r++) {
        if (month.get(r).equals(last)) {
          turnover = t.doubleColumn("ttm_turnover_rate").getDouble(r);
        }
      }
    }
    return new BalanceSides(
        Balances.PEOPLE_VS_PROFIT,
        "employee turnover rate (TTM)",
        turnover,
        "gross margin % (TTM)",
        grossMarginPct,
        false);
  }

  /** TTM (revenue - cogs) / revenue from financials, missing without both columns. */
  static double financialsGrossMarginPct(Table financials, TrailingYear window) {
    if (financials == null || !financials.containsColumn("revenue") || !financials.containsColumn("cogs")) {
      return Double.NaN;
    }
    DateColumn period = financials.dateColumn("period");
    NumericColumn<?> revenue = financials.numberColumn("revenue");
    NumericColumn<?> cogs = financials.numberColumn("cogs");
    CompensatedSums sums = new CompensatedSums(2);
    for (int r = 0; r < financials.rowCount(); r++) {
      if (!period.isMissing(r) && window.contains(Periods.MONTHLY.indexOfPacked(period.getIntInternal(r)))) {
        sums.add(0, revenue.getDouble(r));
        sums.add(1, cogs.getDouble(r));
      }
    }
    double rev = sums.getOrMissing(0);
    return Ratios.divide(rev - sums.getOrMissing(1), rev);
  }
}
