package dev.kpikit;

import dev.kpikit.forecast.Acquisition;
import dev.kpikit.forecast.Driver;
import dev.kpikit.forecast.DriverModel;
import dev.kpikit.forecast.MonthOfYear;
import dev.kpikit.load.DataException;
import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Fits the {@link DriverModel} of a business from its monthly metrics, using only complete months
 * up to its as-of date (a trailing incomplete month is left out, and the forecast starts with it).
 *
 * <p>What is estimated, over the last {@link #WINDOW} months unless said otherwise:
 *
 * <ul>
 *   <li><b>Acquisition</b> per channel ({@code cac_monthly}): new customers per unit of spend (1 /
 *       CAC) with a Gamma posterior (Jeffreys prior, its count divided by the over-dispersion of the
 *       monthly totals); a channel without spend gets a monthly rate instead. The month's common
 *       shock takes the over-dispersion beyond Poisson. Planned spend: the last twelve months' spend
 *       of the channel by calendar month, times the growth of total spend over the year before
 *       (clamped to [0.5, 2]; 1 with less than two years of spend).
 *   <li><b>Order business</b>: the pooled cohort retention curve ({@code cohort_retention}), its
 *       geometric tail past the last age with at least three cohorts; the observed / expected
 *       activity of returning customers by month gives the month-of-year factors, the recent level
 *       (mean of the last 6 months) and the month noise; revenue per active customer the same way.
 *   <li><b>Subscription business</b> ({@code churn_monthly}, {@code mrr_movements}): logo churn
 *       with a Beta posterior (over-dispersion as above), reactivations per month, net expansion of
 *       retained MRR, MRR per new account, and revenue per MRR.
 * </ul>
 *
 * @since 0.2.0
 */
public final class DriverFit {
  /** The months most drivers are estimated over (trailing). */
  public static final int WINDOW = 12;

  /** The months that make a recent level (a whole year, so leftover seasonality cancels). */
  public static final int LEVEL_MONTHS = 12;

  /** The months the local level model's drift and noise are estimated over. */
  public static final int DRIFT_MONTHS = 24;

  private static final String[] MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  private final List<Driver> drivers = new ArrayList<>();

  private DriverFit() {}

  /**
   * @param business the business, closed at its as-of date
   * @return the fitted drivers, simulating from the month after the last complete month
   * @throws DataException when the data has neither orders nor subscription spells, or fewer than
   *     three complete months
   */
  public static DriverModel fit(Business business) {
    LocalDate asOf = business.asOf();
    YearMonth last = YearMonth.from(asOf);
    if (!asOf.equals(last.atEndOfMonth())) {
      last = last.minusMonths(1);
    }
    return new DriverFit().fit(business.asOf(last.atEndOfMonth()), last);
  }

  /**
   * @param business a business
   * @return true when its drivers are subscriptions (customers as spells with an {@code mrr}
   *     column), false when they are orders
   */
  public static boolean isSubscription(Business business) {
    if (!business.has(Dataset.CUSTOMERS)) {
      return false;
    }
    var loaded = business.load(Dataset.CUSTOMERS);
    return loaded.shape().name().equals("spells") && loaded.table().containsColumn("mrr");
  }

  private DriverModel fit(Business b, YearMonth last) {
    boolean subscription = isSubscription(b);
    if (!subscription && !b.has(Dataset.ORDERS)) {
      throw new DataException(
          b.folder().dir() + ": a forecast needs an orders file, or a customers file of subscriptions with start_date,"
              + " end_date and mrr");
    }
    Table revenue = b.has(Dataset.ORDERS) ? b.revenue().table() : null;
    List<YearMonth> months = subscription ? monthsOf(b.logoChurn().table(), last) : monthsOf(revenue, last);
    if (months.size() < 3) {
      throw new DataException(
          b.folder().dir() + ": a forecast needs at least 3 complete months of history, found " + months.size());
    }
    YearMonth first = months.get(0);
    Table acquisition =
        b.has(Dataset.MARKETING_SPEND) ? b.cac().table() : b.newCustomers().table();
    double[] totalNew = new double[months.size()];
    List<Acquisition> channels = acquisition(acquisition, months, totalNew);
    double[] newSeason = MonthOfYear.factors(logs(totalNew), first);
    double[] shockAndDrift = acquisitionShock(channels, acquisition, months, newSeason);
    double shock = shockAndDrift[0];
    if (channels.stream().anyMatch(c -> !c.spendDriven())) {
      seasonDrivers("new_customers_season", newSeason, "month-of-year factor of new customers of channels without spend");
    }
    drivers.add(new Driver("new_customers.month_shock_sd", shock, 0, "log scale",
        "month-to-month variation of new customers beyond Poisson noise (local level model, last "
            + DRIFT_MONTHS + " months)"));
    drivers.add(new Driver("new_customers.drift_sd", shockAndDrift[1], 0, "log scale per month",
        "random-walk drift of the acquisition level (CAC wandering; local level model, last "
            + DRIFT_MONTHS + " months)"));
    DriverModel.Orders orders = null;
    DriverModel.Subscriptions subs = null;
    if (subscription) {
      subs = subscriptions(b, months, revenue);
    } else {
      orders = orders(b.cohortRetention().table(), revenue, months);
    }
    return new DriverModel(last.plusMonths(1), channels, newSeason, shock, shockAndDrift[1], orders, subs, drivers);
  }

  private static List<YearMonth> monthsOf(Table t, YearMonth last) {
    TreeSet<YearMonth> set = new TreeSet<>();
    for (String m : t.stringColumn(0)) {
      YearMonth ym = YearMonth.parse(m);
      if (!ym.isAfter(last)) {
        set.add(ym);
      }
    }
    List<YearMonth> out = new ArrayList<>();
    if (set.isEmpty()) {
      return out;
    }
    for (YearMonth m = set.first(); !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /** Per channel: spend and new customers by month (0 where a channel has no row). */
  private List<Acquisition> acquisition(Table t, List<YearMonth> months, double[] totalNew) {
    Map<String, double[][]> byChannel = new LinkedHashMap<>();
    Map<YearMonth, Integer> index = indexOf(months);
    boolean hasSpend = t.containsColumn("spend");
    for (Row r : t) {
      String ch = r.getString("channel");
      Integer i = index.get(YearMonth.parse(r.getString(0)));
      if (i == null || ch.equals("ALL")) {
        continue;
      }
      double[][] v = byChannel.computeIfAbsent(ch, k -> new double[2][months.size()]);
      v[0][i] += hasSpend && !r.isMissing("spend") ? r.getDouble("spend") : 0;
      v[1][i] += r.isMissing("new_customers") ? 0 : r.getInt("new_customers");
      totalNew[i] += r.isMissing("new_customers") ? 0 : r.getInt("new_customers");
    }
    int from = Math.max(0, months.size() - WINDOW);
    double growth = spendGrowth(byChannel.values(), months.size());
    if (hasSpend) {
      drivers.add(new Driver("marketing_spend.growth", growth, 0, "ratio",
          "damped growth of spend: the square root of the total spend of the last 12 months over the 12"
              + " before (that ratio clamped to [0.5, 2]; 1 with less than 24 months)"));
    }
    double elasticity = hasSpend ? elasticity(byChannel.values()) : 1;
    if (hasSpend) {
      drivers.add(new Driver("acquisition.elasticity", elasticity, 0, "ratio",
          "% change of new customers per % change of a channel's spend (within-channel log-log slope over"
              + " every month, clamped to [0.2, 1])"));
    }
    List<Acquisition> out = new ArrayList<>();
    for (Map.Entry<String, double[][]> e : byChannel.entrySet()) {
      double spend = 0;
      double n = 0;
      for (int i = from; i < months.size(); i++) {
        spend += e.getValue()[0][i];
        n += e.getValue()[1][i];
      }
      int span = months.size() - from;
      if (spend > 0) {
        double[] plan = spendPlan(e.getValue()[0], months, growth);
        out.add(new Acquisition(e.getKey(), plan, (n + 0.5) / spend, Math.sqrt(n + 0.5) / spend, spend / span,
            elasticity));
      } else {
        out.add(new Acquisition(e.getKey(), null, (n + 0.5) / span, Math.sqrt(n + 0.5) / span, 1, 1));
      }
    }
    return out;
  }

  /** The pooled within-channel slope of log new customers on log spend. */
  private static double elasticity(Iterable<double[][]> channels) {
    double sxy = 0;
    double sxx = 0;
    for (double[][] v : channels) {
      double mx = 0;
      double my = 0;
      int n = 0;
      for (int i = 0; i < v[0].length; i++) {
        if (v[0][i] > 0 && v[1][i] > 0) {
          mx += Math.log(v[0][i]);
          my += Math.log(v[1][i]);
          n++;
        }
      }
      if (n < 3) {
        continue;
      }
      mx /= n;
      my /= n;
      for (int i = 0; i < v[0].length; i++) {
        if (v[0][i] > 0 && v[1][i] > 0) {
          double x = Math.log(v[0][i]) - mx;
          sxy += x * (Math.log(v[1][i]) - my);
          sxx += x * x;
        }
      }
    }
    return sxx > 0 ? Math.max(0.2, Math.min(1, sxy / sxx)) : 1;
  }

  private static double spendGrowth(Iterable<double[][]> channels, int length) {
    if (length < 2 * WINDOW) {
      return 1;
    }
    double recent = 0;
    double before = 0;
    for (double[][] v : channels) {
      for (int i = length - 2 * WINDOW; i < length; i++) {
        if (i < length - WINDOW) {
          before += v[0][i];
        } else {
          recent += v[0][i];
        }
      }
    }
    return before > 0 && recent > 0 ? Math.sqrt(Math.max(0.5, Math.min(2, recent / before))) : 1;
  }

  /** Planned spend per calendar month: last year's spend of that month times growth. */
  private static double[] spendPlan(double[] spend, List<YearMonth> months, double growth) {
    double[] plan = new double[12];
    int n = months.size();
    if (n >= WINDOW) {
      for (int i = n - WINDOW; i < n; i++) {
        plan[months.get(i).getMonthValue() - 1] = spend[i] * growth;
      }
    } else {
      int k = Math.min(3, n);
      double mean = 0;
      for (int i = n - k; i < n; i++) {
        mean += spend[i] / k;
      }
      java.util.Arrays.fill(plan, mean);
    }
    return plan;
  }

  /**
   * Over-dispersion of monthly new customers against the fitted channels: widens each channel's
   * posterior by it and returns the month shock's standard deviation.
   */
  private double[] acquisitionShock(List<Acquisition> channels, Table t, List<YearMonth> months, double[] season) {
    Map<YearMonth, Integer> index = indexOf(months);
    double[] expected = new double[months.size()];
    double[] observed = new double[months.size()];
    Map<String, Acquisition> byName = new HashMap<>();
    channels.forEach(c -> byName.put(c.channel(), c));
    boolean hasSpend = t.containsColumn("spend");
    for (Row r : t) {
      Integer i = index.get(YearMonth.parse(r.getString(0)));
      Acquisition a = byName.get(r.getString("channel"));
      if (i == null || a == null) {
        continue;
      }
      double spend = hasSpend && !r.isMissing("spend") ? r.getDouble("spend") : 0;
      expected[i] += a.spendDriven() ? a.expected(spend, a.mean()) : a.mean() * Math.exp(season[months.get(i).getMonthValue() - 1]);
      observed[i] += r.isMissing("new_customers") ? 0 : r.getInt("new_customers");
    }
    int from = Math.max(0, months.size() - WINDOW);
    double x2 = 0;
    double mu = 0;
    int n = 0;
    for (int i = from; i < months.size(); i++) {
      if (expected[i] > 0) {
        x2 += (observed[i] - expected[i]) * (observed[i] - expected[i]) / expected[i];
        mu += expected[i];
        n++;
      }
    }
    double phi = n > 1 ? Math.max(1, x2 / (n - 1)) : 1;
    double[] residual = new double[months.size()];
    double poisson = 0;
    int counted = 0;
    for (int i = 0; i < months.size(); i++) {
      residual[i] = expected[i] > 0 && observed[i] > 0 ? Math.log(observed[i] / expected[i]) : Double.NaN;
      if (i >= months.size() - DRIFT_MONTHS && expected[i] > 0) {
        poisson += 1 / expected[i];
        counted++;
      }
    }
    double[] level = MonthOfYear.localLevel(residual, DRIFT_MONTHS);
    double sigma = Math.sqrt(Math.max(0, level[1] * level[1] - (counted > 0 ? poisson / counted : 0)));
    for (int k = 0; k < channels.size(); k++) {
      Acquisition a = channels.get(k);
      Acquisition widened = new Acquisition(a.channel(), a.spendPlan(), a.mean(), a.sd() * Math.sqrt(phi),
          a.referenceSpend(), a.elasticity());
      channels.set(k, widened);
      if (a.spendDriven()) {
        double planned = 0;
        for (double s : a.spendPlan()) {
          planned += s / 12;
        }
        drivers.add(new Driver("marketing_spend." + a.channel(), planned, 0, "per month (planned mean)",
            "last 12 months' spend by calendar month times marketing_spend.growth"));
        drivers.add(new Driver("acquisition." + a.channel(), widened.mean() * 1000, widened.sd() * 1000,
            "new customers per 1,000 spent", "1 / CAC at the channel's mean spend over the last " + WINDOW + " months, Gamma posterior"));
      } else {
        drivers.add(new Driver("acquisition." + a.channel(), widened.mean(), widened.sd(),
            "new customers per month", "channel without spend: its monthly rate over the last " + WINDOW + " months, Gamma posterior"));
      }
    }
    return new double[] {sigma, level[0]};
  }

  private DriverModel.Orders orders(Table cohorts, Table revenue, List<YearMonth> months) {
    Map<YearMonth, Integer> index = indexOf(months);
    int t = months.size();
    long[] sizes = new long[t];
    double[] activeSum = new double[t];
    double[] sizeSum = new double[t];
    int[] cohortsAt = new int[t];
    for (Row r : cohorts) {
      Integer c = index.get(YearMonth.parse(r.getString("cohort")));
      if (c == null || r.isMissing("retention")) {
        continue;
      }
      int age = r.getInt("offset");
      if (age == 0) {
        sizes[c] = r.getInt("cohort_size");
      }
      if (age < t) {
        activeSum[age] += r.getInt("active_customers");
        sizeSum[age] += r.getInt("cohort_size");
        cohortsAt[age]++;
      }
    }
    int maxAge = 1;
    while (maxAge + 1 < t && cohortsAt[maxAge + 1] >= 3 && sizeSum[maxAge + 1] > 0) {
      maxAge++;
    }
    double[] retention = new double[maxAge + 1];
    retention[0] = 1;
    for (int a = 1; a <= maxAge; a++) {
      retention[a] = sizeSum[a] > 0 ? activeSum[a] / sizeSum[a] : 0;
    }
    double num = 0;
    double den = 0;
    for (int a = Math.max(2, maxAge - 5); a <= maxAge; a++) {
      num += retention[a];
      den += retention[a - 1];
    }
    double decay = den > 0 ? Math.max(0.5, Math.min(0.999, num / den)) : 0.9;
    DriverModel.Orders curveOnly = new DriverModel.Orders(
        sizes, new int[0], retention, decay, 0, 0, 0, 0, new double[12], 0, 0, 0, 0, new double[12], 0);
    double[] customers = column(revenue, "customers", months);
    double[] revenues = column(revenue, "revenue", months);
    double[] activity = new double[t];
    double[] spendPerActive = new double[t];
    for (int m = 0; m < t; m++) {
      double expected = 0;
      for (int c = 0; c < m; c++) {
        expected += sizes[c] * curveOnly.retentionAt(m - c);
      }
      double returning = customers[m] - sizes[m];
      activity[m] = expected > 0 && returning > 0 ? Math.log(returning / expected) : Double.NaN;
      spendPerActive[m] = customers[m] > 0 && revenues[m] > 0 ? Math.log(revenues[m] / customers[m]) : Double.NaN;
    }
    YearMonth first = months.get(0);
    double[] activitySeason = MonthOfYear.factors(activity, first);
    double[] activityAdjusted = MonthOfYear.adjusted(activity, first, activitySeason);
    double[] act = MonthOfYear.recent(activityAdjusted, LEVEL_MONTHS, WINDOW);
    double[] actLocal = MonthOfYear.localLevel(activityAdjusted, DRIFT_MONTHS);
    double[] spendSeason = MonthOfYear.factors(spendPerActive, first);
    double[] spendAdjusted = MonthOfYear.adjusted(spendPerActive, first, spendSeason);
    double[] spend = MonthOfYear.recent(spendAdjusted, LEVEL_MONTHS, WINDOW);
    double[] spendLocal = MonthOfYear.localLevel(spendAdjusted, DRIFT_MONTHS);
    double unknownSeason = MonthOfYear.unmodelledSd(logs(revenues));
    int[] ages = new int[t];
    for (int c = 0; c < t; c++) {
      ages[c] = t - c;
    }
    double actLevel = Double.isFinite(act[0]) ? act[0] : 0;
    drivers.add(new Driver("retention.month_1", retention[1], se(activeSum[1], sizeSum[1]), "share of a cohort",
        "pooled cohort retention one month after the first order"));
    if (maxAge >= 12) {
      drivers.add(new Driver("retention.month_12", retention[12], se(activeSum[12], sizeSum[12]), "share of a cohort",
          "pooled cohort retention twelve months after the first order"));
    }
    drivers.add(new Driver("retention.tail_decay", decay, 0, "ratio per month",
        "month-on-month ratio of pooled retention over its last six ages, continued past age " + maxAge));
    drivers.add(new Driver("activity.level", Math.exp(actLevel), Math.exp(actLevel) * act[1], "observed / expected",
        "returning customers over what the retention curve expects, mean of the last " + LEVEL_MONTHS + " months (seasonally adjusted)"));
    drivers.add(new Driver("activity.month_noise_sd", actLocal[1], 0, "log scale",
        "month-to-month noise of returning customers (local level model, last " + DRIFT_MONTHS + " months)"));
    drivers.add(new Driver("activity.drift_sd", actLocal[0], 0, "log scale per month",
        "random-walk drift of the activity level (local level model, last " + DRIFT_MONTHS + " months)"));
    seasonDrivers("activity_season", activitySeason, "month-of-year factor of returning customers");
    drivers.add(new Driver("revenue_per_active_customer", Math.exp(spend[0]), Math.exp(spend[0]) * spend[1],
        "currency per month", "revenue / active customers, mean of the last " + LEVEL_MONTHS + " months (seasonally adjusted)"));
    drivers.add(new Driver("revenue_per_active_customer.month_noise_sd", spendLocal[1], 0, "log scale",
        "month-to-month noise of revenue per active customer (local level model, last " + DRIFT_MONTHS + " months)"));
    drivers.add(new Driver("revenue_per_active_customer.drift_sd", spendLocal[0], 0, "log scale per month",
        "random-walk drift of revenue per active customer (local level model, last " + DRIFT_MONTHS + " months)"));
    seasonDrivers("revenue_per_active_customer_season", spendSeason, "month-of-year factor of revenue per active customer");
    if (unknownSeason > 0) {
      drivers.add(new Driver("revenue.unmodelled_season_sd", unknownSeason, 0, "log scale",
          "spread of monthly revenue around its linear trend: with under " + MonthOfYear.MIN_MONTHS
              + " months no month-of-year factor is estimated, so an unknown effect of this size is drawn per path and calendar month"));
    }
    return new DriverModel.Orders(sizes, ages, retention, decay, actLevel, act[1], actLocal[1], actLocal[0],
        activitySeason, spend[0], spend[1], spendLocal[1], spendLocal[0], spendSeason, unknownSeason);
  }

  private DriverModel.Subscriptions subscriptions(Business b, List<YearMonth> months, Table revenue) {
    Table churn = b.logoChurn().table();
    Table mrr = b.mrrMovements().table();
    double[] start = column(churn, "customers_start", months);
    double[] churned = column(churn, "churned", months);
    double[] fresh = column(churn, "new", months);
    double[] reactivated = column(churn, "reactivated", months);
    double[] end = column(churn, "customers_end", months);
    double[] mrrStart = column(mrr, "mrr_start", months);
    double[] mrrNew = column(mrr, "new", months);
    double[] expansion = column(mrr, "expansion", months);
    double[] contraction = column(mrr, "contraction", months);
    double[] mrrChurned = column(mrr, "churned", months);
    double[] mrrReact = column(mrr, "reactivation", months);
    double[] mrrEnd = column(mrr, "mrr_end", months);
    int t = months.size();
    int from = Math.max(0, t - WINDOW);
    double s = 0;
    double c = 0;
    double react = 0;
    double sMrr = 0;
    double cMrr = 0;
    for (int i = from; i < t; i++) {
      s += start[i];
      c += churned[i];
      react += reactivated[i];
      sMrr += mrrStart[i];
      cMrr += mrrChurned[i];
    }
    double p = (c + 0.5) / (s + 1);
    double x2 = 0;
    double mu = 0;
    int n = 0;
    for (int i = from; i < t; i++) {
      if (start[i] > 0) {
        double e = start[i] * p;
        x2 += (churned[i] - e) * (churned[i] - e) / (e * (1 - p));
        mu += e;
        n++;
      }
    }
    double phi = n > 1 ? Math.max(1, x2 / (n - 1)) : 1;
    double churnSd = Math.sqrt(p * (1 - p) / (s / phi + 2));
    double churnShock = n > 0 && mu > 0 ? Math.sqrt(Math.log1p((phi - 1) / (mu / n))) : 0;
    int span = t - from;
    double[] growth = new double[t];
    double[] newMrr = new double[t];
    double newSum = 0;
    double newCount = 0;
    for (int i = 0; i < t; i++) {
      growth[i] = mrrStart[i] > 0 ? (expansion[i] - contraction[i]) / mrrStart[i] : Double.NaN;
      double accounts = fresh[i] + reactivated[i];
      newMrr[i] = accounts > 0 && mrrNew[i] + mrrReact[i] > 0 ? Math.log((mrrNew[i] + mrrReact[i]) / accounts) : Double.NaN;
      if (i >= from) {
        newSum += mrrNew[i] + mrrReact[i];
        newCount += accounts;
      }
    }
    double[] g = MonthOfYear.recent(growth, WINDOW, WINDOW);
    double[] nm = MonthOfYear.recent(newMrr, WINDOW, WINDOW);
    double newMrrMean = newCount > 0 ? newSum / newCount : 0;
    double churnedRatio = c > 0 && cMrr > 0 && sMrr > 0 ? (cMrr / c) / (sMrr / s) : 1;
    double revenuePerMrr = 1;
    if (revenue != null) {
      double[] rev = column(revenue, "revenue", months);
      double r = 0;
      double m = 0;
      for (int i = from; i < t; i++) {
        if (rev[i] != 0 && mrrEnd[i] > 0) {
          r += rev[i];
          m += mrrEnd[i];
        }
      }
      revenuePerMrr = m > 0 && r > 0 ? r / m : 1;
    }
    double gMean = Double.isFinite(g[0]) ? g[0] : 0;
    drivers.add(new Driver("churn_rate", p, churnSd, "per month",
        "logo churn = churned / customers at start over the last " + WINDOW + " months, Beta posterior widened by over-dispersion"));
    drivers.add(new Driver("churn_rate.month_shock_sd", churnShock, 0, "log scale",
        "month-to-month variation of churn beyond binomial noise"));
    drivers.add(new Driver("reactivations", (react + 0.5) / span, Math.sqrt(react + 0.5) / span, "accounts per month",
        "reactivated accounts per month, Gamma posterior"));
    drivers.add(new Driver("net_expansion_rate", gMean, g[1], "per month",
        "(expansion - contraction) / MRR at start, mean of the last " + WINDOW + " months"));
    drivers.add(new Driver("new_mrr_per_account", newMrrMean, newMrrMean * nm[1], "currency per month",
        "MRR of new and reactivated accounts per account, last " + WINDOW + " months"));
    drivers.add(new Driver("churned_mrr_ratio", churnedRatio, 0, "ratio",
        "MRR of a churning account over the average account's MRR"));
    drivers.add(new Driver("revenue_per_mrr", revenuePerMrr, 0, "ratio", "monthly revenue over closing MRR"));
    drivers.add(new Driver("accounts.start", end[t - 1], 0, "accounts", "active accounts at the end of " + months.get(t - 1)));
    drivers.add(new Driver("mrr.start", mrrEnd[t - 1], 0, "currency", "MRR at the end of " + months.get(t - 1)));
    return new DriverModel.Subscriptions(
        Math.round(end[t - 1]), p, churnSd, churnShock, (react + 0.5) / span, Math.sqrt(react + 0.5) / span,
        mrrEnd[t - 1], churnedRatio, gMean, g[1], g[2], newMrrMean, nm[1], nm[2], revenuePerMrr);
  }

  private void seasonDrivers(String prefix, double[] factors, String basis) {
    boolean any = false;
    for (double f : factors) {
      any |= f != 0;
    }
    if (!any) {
      return;
    }
    for (int m = 0; m < 12; m++) {
      drivers.add(new Driver(prefix + "." + MONTHS[m], Math.exp(factors[m]), 0, "multiplier",
          basis + " (needs " + MonthOfYear.MIN_MONTHS + " months; shrunk towards 1)"));
    }
  }

  private static double se(double events, double trials) {
    double p = trials > 0 ? events / trials : 0;
    return trials > 0 ? Math.sqrt(p * (1 - p) / trials) : 0;
  }

  private static double[] logs(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] > 0 ? Math.log(values[i]) : Double.NaN;
    }
    return out;
  }

  private static Map<YearMonth, Integer> indexOf(List<YearMonth> months) {
    Map<YearMonth, Integer> index = new HashMap<>();
    for (int i = 0; i < months.size(); i++) {
      index.put(months.get(i), i);
    }
    return index;
  }

  /** A numeric column by month (0 for months without a row or with a missing value). */
  static double[] column(Table t, String name, List<YearMonth> months) {
    Map<YearMonth, Integer> index = indexOf(months);
    double[] out = new double[months.size()];
    var col = t.numberColumn(name);
    var labels = t.stringColumn(0);
    for (int r = 0; r < t.rowCount(); r++) {
      Integer i = index.get(YearMonth.parse(labels.get(r)));
      if (i != null && !col.isMissing(r)) {
        out[i] += col.getDouble(r);
      }
    }
    return out;
  }

  static String label(YearMonth m) {
    return String.format(Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue());
  }
}
