package dev.kpikit.forecast;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The Monte Carlo simulation of a {@link DriverModel}, month by month.
 *
 * <p>Each path first draws its parameters from their posteriors (acquisition per unit of spend,
 * churn, activity and spend levels, expansion), then simulates every month with period noise: new
 * customers per channel are Poisson around spend × λ (or the channel's rate) times the month's
 * common acquisition shock; in a subscription business every account survives the month with the
 * path's churn rate (binomial), reactivations are Poisson and MRR follows survivors, net expansion
 * and new accounts; in an order business each cohort's active customers follow the retention curve
 * scaled by the path's activity level, the month-of-year factor and the month's shock, and revenue
 * is active customers times revenue per active customer.
 *
 * <p>Reproducible: path p's driver d draws from {@link RandomDraws#stream}(seed, p, d), so results
 * are identical however the paths are spread over threads; and scenarios use the same numbers
 * (common random numbers), so their differences to base are the effect of the levers.
 *
 * @since 0.2.0
 */
public final class DriverSimulation {
  /** The simulated metrics, in output order. */
  public static final List<String> METRICS = List.of("revenue", "new_customers", "active_customers", "mrr");

  private static final int PARAMETERS = 0;
  private static final int SHOCKS = 1;
  private static final int RETENTION = 2;
  private static final int SPEND = 3;
  private static final int REACTIVATION = 4;
  private static final int SEASON = 5;
  private static final int CHANNELS = 16;

  private final DriverModel model;
  private final int paths;
  private final long seed;

  /**
   * @param model the drivers
   * @param paths the number of simulated paths, at least 1
   * @param seed the seed
   */
  public DriverSimulation(DriverModel model, int paths, long seed) {
    if (paths < 1) {
      throw new IllegalArgumentException("at least one path is needed, got " + paths);
    }
    this.model = model;
    this.paths = paths;
    this.seed = seed;
  }

  /** @return the drivers */
  public DriverModel model() {
    return model;
  }

  /** @return the number of paths */
  public int paths() {
    return paths;
  }

  /** @return the seed */
  public long seed() {
    return seed;
  }

  /**
   * Simulates every path of a scenario.
   *
   * @param scenario the levers (validated against the model's channels)
   * @param horizon months to simulate, at least 1
   * @return the paths of each metric
   * @throws ScenarioException when the scenario scales a channel the model does not have
   */
  public SimulatedPaths run(Scenario scenario, int horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException("the horizon must be at least 1 month, got " + horizon);
    }
    check(scenario);
    double[][][] out = new double[METRICS.size()][paths][horizon];
    double[] retention = model.orders() == null ? null : retentionCurve(model.orders(), scenario, horizon);
    CohortSums existing = model.orders() == null ? null : CohortSums.of(model.orders(), retention, horizon);
    IntStream.range(0, paths)
        .parallel()
        .forEach(p -> {
          double[][] rows = {out[0][p], out[1][p], out[2][p], out[3][p]};
          if (model.orders() != null) {
            orderPath(p, scenario, retention, existing, rows);
          } else {
            subscriptionPath(p, scenario, rows);
          }
        });
    return new SimulatedPaths(scenario, model.firstMonth(), model.hasMrr(), out);
  }

  /**
   * @param scenario a scenario
   * @throws ScenarioException when it scales a channel the model does not have, or one without
   *     spend
   */
  void check(Scenario scenario) {
    for (String ch : scenario.spend().keySet()) {
      if (ch.equals("*")) {
        continue;
      }
      Acquisition a = model.channels().stream().filter(c -> c.channel().equals(ch)).findFirst().orElse(null);
      String key = "marketing_spend." + ch;
      if (a == null) {
        throw new ScenarioException(scenario.name(), key, "no channel '" + ch + "' in the data; channels are "
            + model.channels().stream().map(Acquisition::channel).toList());
      }
      if (!a.spendDriven()) {
        throw new ScenarioException(scenario.name(), key, "channel '" + ch + "' has no marketing spend in the data to scale");
      }
    }
  }

  /** Retention by age with the scenario's churn shift applied to the monthly decay after month 1. */
  private static double[] retentionCurve(DriverModel.Orders o, Scenario s, int horizon) {
    int maxAge = 0;
    for (int a : o.cohortAges()) {
      maxAge = Math.max(maxAge, a);
    }
    maxAge += horizon;
    double[] r = new double[maxAge + 1];
    double churn = o.impliedChurn();
    double step = churn < 1 ? Math.max(0, 1 - churn - s.churnShift()) / (1 - churn) : 1;
    for (int a = 0; a <= maxAge; a++) {
      r[a] = o.retentionAt(a) * (a <= 1 ? 1 : Math.pow(step, a - 1));
    }
    return r;
  }

  private double[] channelLambdas(SplittableRandom params) {
    double[] lambda = new double[model.channels().size()];
    for (int c = 0; c < lambda.length; c++) {
      Acquisition a = model.channels().get(c);
      lambda[c] = RandomDraws.gammaWithMoments(params, a.mean(), a.sd());
    }
    return lambda;
  }

  /** New customers of one month over every channel, drawing one uniform per channel. */
  private long newCustomers(
      int month, Scenario s, double[] lambda, double drift, SplittableRandom shocks, SplittableRandom[] channels) {
    int moy = model.firstMonth().plusMonths(month).getMonthValue() - 1;
    double sd = model.newShockSd();
    double shock = Math.exp(drift + sd * RandomDraws.normal(shocks) - sd * sd / 2);
    long total = 0;
    List<Acquisition> acquisitions = model.channels();
    for (int c = 0; c < lambda.length; c++) {
      Acquisition a = acquisitions.get(c);
      double expected = a.spendDriven()
          ? a.expected(a.spendPlan()[moy] * s.spendMultiplier(a.channel()), lambda[c])
          : lambda[c] * Math.exp(model.newSeason()[moy]);
      total += RandomDraws.poisson(RandomDraws.uniform(channels[c]), expected * shock * s.newCustomers());
    }
    return total;
  }

  private SplittableRandom[] channelStreams(int path) {
    SplittableRandom[] r = new SplittableRandom[model.channels().size()];
    for (int c = 0; c < r.length; c++) {
      r[c] = RandomDraws.stream(seed, path, CHANNELS + c);
    }
    return r;
  }

  /**
   * Per month, over the existing cohorts: Σ n·r, Σ n·r² and max r at their ages, so that a path's
   * expected returning customers need no loop while no probability reaches 1.
   */
  private record CohortSums(double[] sum, double[] sumOfSquares, double[] maxRetention) {
    static CohortSums of(DriverModel.Orders o, double[] retention, int horizon) {
      double[] sum = new double[horizon];
      double[] squares = new double[horizon];
      double[] max = new double[horizon];
      for (int t = 0; t < horizon; t++) {
        for (int c = 0; c < o.cohortSizes().length; c++) {
          double r = retention[o.cohortAges()[c] + t];
          sum[t] += o.cohortSizes()[c] * r;
          squares[t] += o.cohortSizes()[c] * r * r;
          max[t] = Math.max(max[t], r);
        }
      }
      return new CohortSums(sum, squares, max);
    }
  }

  private void orderPath(int path, Scenario s, double[] retention, CohortSums existing, double[][] rows) {
    DriverModel.Orders o = model.orders();
    SplittableRandom params = RandomDraws.stream(seed, path, PARAMETERS);
    SplittableRandom shocks = RandomDraws.stream(seed, path, SHOCKS);
    SplittableRandom activity = RandomDraws.stream(seed, path, RETENTION);
    SplittableRandom spending = RandomDraws.stream(seed, path, SPEND);
    SplittableRandom[] channels = channelStreams(path);
    double[] lambda = channelLambdas(params);
    double actLevel = o.activityLevel() + o.activityLevelSe() * RandomDraws.normal(params);
    double spendLevel = o.spendLevel() + o.spendLevelSe() * RandomDraws.normal(params);
    double[] spendSeason = drawnSeason(path, o.spendSeason(), o.unmodelledSeasonSd());
    int horizon = rows[0].length;
    long[] future = new long[horizon];
    double newDrift = 0;
    for (int t = 0; t < horizon; t++) {
      int moy = model.firstMonth().plusMonths(t).getMonthValue() - 1;
      newDrift += model.newDriftSd() * RandomDraws.normal(shocks);
      long fresh = newCustomers(t, s, lambda, newDrift, shocks, channels);
      future[t] = fresh;
      actLevel += o.activityDriftSd() * RandomDraws.normal(activity);
      spendLevel += o.spendDriftSd() * RandomDraws.normal(spending);
      double factor = Math.exp(actLevel + o.activitySeason()[moy] + o.activityNoiseSd() * RandomDraws.normal(activity));
      double mean;
      double var;
      if (existing.maxRetention()[t] * factor <= 1) {
        mean = existing.sum()[t] * factor;
        var = mean - existing.sumOfSquares()[t] * factor * factor;
      } else {
        mean = 0;
        var = 0;
        long[] sizes = o.cohortSizes();
        int[] ages = o.cohortAges();
        for (int c = 0; c < sizes.length; c++) {
          double p = Math.min(1, retention[ages[c] + t] * factor);
          mean += sizes[c] * p;
          var += sizes[c] * p * (1 - p);
        }
      }
      for (int c = 0; c < t; c++) {
        double p = Math.min(1, retention[t - c] * factor);
        mean += future[c] * p;
        var += future[c] * p * (1 - p);
      }
      long returning = countNear(RandomDraws.uniform(activity), mean, var);
      long active = fresh + returning;
      double perCustomer = Math.exp(spendLevel + spendSeason[moy] + o.spendNoiseSd() * RandomDraws.normal(spending));
      rows[0][t] = active * perCustomer * s.price();
      rows[1][t] = fresh;
      rows[2][t] = active;
      rows[3][t] = 0;
    }
  }

  /**
   * The path's log month-of-year factors: the fitted ones plus, when the history was too short to
   * estimate them, an unknown effect drawn per calendar month with the given spread (so a month
   * and the same month a year later share it).
   */
  private double[] drawnSeason(int path, double[] fitted, double sd) {
    if (sd <= 0) {
      return fitted;
    }
    SplittableRandom season = RandomDraws.stream(seed, path, SEASON);
    double[] out = new double[12];
    for (int m = 0; m < 12; m++) {
      out[m] = fitted[m] + sd * RandomDraws.normal(season);
    }
    return out;
  }

  /** A sum of binomial counts with this mean and variance: Poisson when small, else normal. */
  private static long countNear(double u, double mean, double var) {
    if (mean < RandomDraws.EXACT_BELOW) {
      return RandomDraws.poisson(u, mean);
    }
    return Math.max(0, Math.round(mean + RandomDraws.normalQuantile(u) * Math.sqrt(var)));
  }

  private void subscriptionPath(int path, Scenario s, double[][] rows) {
    DriverModel.Subscriptions sub = model.subscriptions();
    SplittableRandom params = RandomDraws.stream(seed, path, PARAMETERS);
    SplittableRandom shocks = RandomDraws.stream(seed, path, SHOCKS);
    SplittableRandom churning = RandomDraws.stream(seed, path, RETENTION);
    SplittableRandom mrrNoise = RandomDraws.stream(seed, path, SPEND);
    SplittableRandom reactivating = RandomDraws.stream(seed, path, REACTIVATION);
    SplittableRandom[] channels = channelStreams(path);
    double[] lambda = channelLambdas(params);
    double churn = RandomDraws.betaWithMoments(params, sub.churnRate(), sub.churnRateSd());
    double reactivation = RandomDraws.gammaWithMoments(params, sub.reactivations(), sub.reactivationsSd());
    double expansion = sub.expansion() + sub.expansionSe() * RandomDraws.normal(params);
    double newMrrLog = Math.log(Math.max(sub.newMrr(), Double.MIN_NORMAL)) + sub.newMrrSe() * RandomDraws.normal(params);
    long accounts = sub.accounts();
    double mrr = sub.mrr() * s.price();
    double shockSd = sub.churnShockSd();
    double newDrift = 0;
    for (int t = 0; t < rows[0].length; t++) {
      newDrift += model.newDriftSd() * RandomDraws.normal(shocks);
      double monthChurn = shockSd > 0
          ? churn * Math.exp(shockSd * RandomDraws.normal(churning) - shockSd * shockSd / 2)
          : churn;
      double rate = Math.min(1, Math.max(0, monthChurn + s.churnShift()));
      long survivors = RandomDraws.binomial(RandomDraws.uniform(churning), accounts, 1 - rate);
      long fresh = newCustomers(t, s, lambda, newDrift, shocks, channels);
      long back = RandomDraws.poisson(RandomDraws.uniform(reactivating), reactivation);
      double retained = accounts > 0
          ? mrr * Math.max(0, 1 - sub.churnedMrrRatio() * (accounts - survivors) / (double) accounts)
          : 0;
      retained *= 1 + expansion + sub.expansionNoiseSd() * RandomDraws.normal(mrrNoise);
      double perNew = Math.exp(newMrrLog + sub.newMrrNoiseSd() * RandomDraws.normal(mrrNoise)) * s.price();
      mrr = Math.max(0, retained + (fresh + back) * (sub.newMrr() > 0 ? perNew : 0));
      accounts = survivors + fresh + back;
      rows[0][t] = mrr * sub.revenuePerMrr();
      rows[1][t] = fresh;
      rows[2][t] = accounts;
      rows[3][t] = mrr;
    }
  }
}
