package dev.kpikit.forecast;

import java.time.YearMonth;
import java.util.List;

/**
 * The fitted drivers of a business, ready to simulate month by month from {@code firstMonth}: how
 * customers are acquired, how they stay, and what they spend. Exactly one of {@code orders} and
 * {@code subscriptions} is set. Built by {@link dev.kpikit.DriverFit} from a business's metrics, or by hand
 * (e.g. the closed-form check).
 *
 * @param firstMonth the first simulated month
 * @param channels the acquisition channels (may be empty: no acquisition)
 * @param newSeason log month-of-year factors of rate-driven acquisition, index 0 = January
 * @param newShockSd the standard deviation of the month's common log shock on new customers
 * @param newDriftSd the standard deviation per month of the random-walk drift of the common log
 *     acquisition level (how fast CAC and rates wander)
 * @param orders the order-business drivers, or null
 * @param subscriptions the subscription drivers, or null
 * @param drivers every fitted driver as data, for {@code assumptions.json}
 * @since 0.2.0
 */
public record DriverModel(
    YearMonth firstMonth,
    List<Acquisition> channels,
    double[] newSeason,
    double newShockSd,
    double newDriftSd,
    Orders orders,
    Subscriptions subscriptions,
    List<Driver> drivers) {

  /** Checks that exactly one kind of business is set and copies the lists. */
  public DriverModel {
    if ((orders == null) == (subscriptions == null)) {
      throw new IllegalArgumentException("a driver model is either an order business or a subscription business");
    }
    if (newSeason.length != 12) {
      throw new IllegalArgumentException("newSeason needs 12 month-of-year factors");
    }
    channels = List.copyOf(channels);
    drivers = List.copyOf(drivers);
  }

  /** @return true when MRR is simulated (subscription business) */
  public boolean hasMrr() {
    return subscriptions != null;
  }

  /**
   * The drivers of an order business: customers are active in a month when they order; a cohort's
   * share active at age a follows the pooled retention curve, scaled by the recent activity level
   * and the month-of-year factor; revenue is active customers times revenue per active customer.
   *
   * @param cohortSizes the size of each existing cohort, oldest first
   * @param cohortAges each existing cohort's age (months since its first month) in the first
   *     simulated month
   * @param retention the pooled share of a cohort active at age a, {@code retention[a]}, a ≥ 0;
   *     ages past its end continue with {@code tailDecay} per month
   * @param tailDecay the month-on-month ratio of retention at old ages
   * @param activityLevel the log mean of the recent observed / expected activity (parameter)
   * @param activityLevelSe its standard error
   * @param activityNoiseSd the standard deviation of a month's log activity shock
   * @param activityDriftSd the standard deviation per month of the random-walk drift of the log
   *     activity level
   * @param activitySeason log month-of-year factors of activity, index 0 = January
   * @param spendLevel the log mean of recent revenue per active customer (deseasonalised)
   * @param spendLevelSe its standard error
   * @param spendNoiseSd the standard deviation of a month's log revenue-per-customer shock
   * @param spendDriftSd the standard deviation per month of the random-walk drift of the log
   *     revenue per active customer
   * @param spendSeason log month-of-year factors of revenue per active customer
   * @param unmodelledSeasonSd the standard deviation of an unmodelled log month-of-year effect on
   *     revenue (applied through revenue per active customer), drawn once per path and calendar
   *     month; 0 once the history is long enough for month-of-year factors (see
   *     {@link MonthOfYear#unmodelledSd})
   */
  public record Orders(
      long[] cohortSizes,
      int[] cohortAges,
      double[] retention,
      double tailDecay,
      double activityLevel,
      double activityLevelSe,
      double activityNoiseSd,
      double activityDriftSd,
      double[] activitySeason,
      double spendLevel,
      double spendLevelSe,
      double spendNoiseSd,
      double spendDriftSd,
      double[] spendSeason,
      double unmodelledSeasonSd) {
    /**
     * @param age months since the cohort's first month, at least 0
     * @return the pooled retention at that age, extrapolated geometrically past the curve's end
     */
    public double retentionAt(int age) {
      if (age < retention.length) {
        return retention[age];
      }
      return retention[retention.length - 1] * Math.pow(tailDecay, age - retention.length + 1);
    }

    /** @return the monthly churn implied by the retention curve's tail, 1 - tailDecay */
    public double impliedChurn() {
      return 1 - tailDecay;
    }
  }

  /**
   * The drivers of a subscription business: each month every account churns with the logo churn
   * rate (Beta posterior), new accounts arrive by channel, churned ones reactivate at a monthly
   * rate; MRR follows the surviving accounts, net expansion of the rest, and new accounts' MRR.
   *
   * @param accounts the active accounts at the start of the first simulated month
   * @param churnRate the posterior mean of the monthly logo churn rate (Beta posterior)
   * @param churnRateSd its posterior standard deviation (0: fixed)
   * @param churnShockSd the standard deviation of a month's log shock on the churn rate
   * @param reactivations the posterior mean of reactivated accounts per month (Gamma posterior)
   * @param reactivationsSd its posterior standard deviation
   * @param mrr the MRR at the start of the first simulated month
   * @param churnedMrrRatio MRR of a churning account over the average account's MRR
   * @param expansion the mean monthly net expansion rate of retained MRR (parameter)
   * @param expansionSe its standard error
   * @param expansionNoiseSd the standard deviation of a month's net expansion
   * @param newMrr the mean MRR of a new or reactivated account
   * @param newMrrSe its standard error (log scale)
   * @param newMrrNoiseSd the standard deviation of a month's log mean new MRR
   * @param revenuePerMrr the month's revenue over its closing MRR (1 when there are no orders)
   */
  public record Subscriptions(
      long accounts,
      double churnRate,
      double churnRateSd,
      double churnShockSd,
      double reactivations,
      double reactivationsSd,
      double mrr,
      double churnedMrrRatio,
      double expansion,
      double expansionSe,
      double expansionNoiseSd,
      double newMrr,
      double newMrrSe,
      double newMrrNoiseSd,
      double revenuePerMrr) {
    /**
     * A subscription business with a fixed churn rate and nothing else: no reactivation, expansion
     * or MRR (the closed-form check).
     *
     * @param accounts the active accounts at the start
     * @param churnRate the monthly churn rate
     * @return the drivers
     */
    public static Subscriptions fixedChurn(long accounts, double churnRate) {
      return new Subscriptions(accounts, churnRate, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1);
    }
  }
}
