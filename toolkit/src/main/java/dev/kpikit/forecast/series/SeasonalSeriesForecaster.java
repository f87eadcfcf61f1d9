package dev.kpikit.forecast.series;

import dev.kpikit.forecast.PredictiveQuantiles;
import dev.kpikit.forecast.SeriesForecaster;
import dev.kpikit.forecast.series.HoltWinters.Form;
import dev.kpikit.forecast.series.HoltWinters.Params;
import dev.kpikit.forecast.series.HoltWinters.Run;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seasonal exponential-smoothing forecaster for a series without drivers (daily revenue of a
 * shop), with intervals calibrated on its own out-of-sample errors. At each cutoff, using only the
 * observations before it:
 *
 * <ol>
 *   <li>The {@linkplain #describe trading calendar} is learned: season phases that never trade
 *       (Saturdays), closures (a 0 on a trading weekday), shutdowns (five or more consecutive
 *       closures, e.g. Christmas) and the daily holiday-closure rate.
 *   <li>Four Holt-Winters models (additive or multiplicative season × damped or no trend, additive
 *       errors) are fitted by minimising the one-step squared error over the trading days (closed
 *       days carry the state forward, they are not observations); the one with the lowest AIC,
 *       n·ln(SSE/n) + 2k, is kept.
 *   <li>From every earlier origin of the history (from the eighth cycle on, over the last 26
 *       cycles of complete horizons), a model forecasts the whole horizon; each error on a trading day, divided by its point forecast, is kept with
 *       its origin and step (multiplicative errors: the spread grows with the level). That model
 *       was chosen and fitted as above on the observations before the origin (refitted every four
 *       cycles), so the errors are out of sample and carry the uncertainty of the model's choice
 *       and parameters as well as the noise.
 *   <li>Sample paths: each path takes the relative-error trajectory of one random past origin (steps
 *       that trajectory lacks come from another random origin having that step), so the errors keep
 *       their correlation across steps; a forecast day is the point forecast × (1 + error), or 0 on
 *       a phase that never trades, on the calendar days of a past shutdown a year earlier, or with
 *       the holiday-closure probability.
 * </ol>
 *
 * <p>The intervals are thus the empirical quantiles of what the model's own forecasts missed by in
 * the past, at the same distance ahead (Williams and Goodman 1971; Hyndman and Athanasopoulos,
 * <i>FPP</i> §5.5 on bootstrapped intervals). They are not truncated at 0: returns can make a day's
 * revenue negative, and if past errors did so the lower bounds do too. The same seed, series and
 * cutoff give the same quantiles; paths are seeded per cutoff, so results do not depend on the order
 * cutoffs are run in.
 *
 * @since 0.2.0
 */
public final class SeasonalSeriesForecaster implements SeriesForecaster {
  /** Sample paths per forecast unless {@link #withPaths} says otherwise. */
  public static final int DEFAULT_PATHS = 4000;
  /** Fewest past errors at a step for its quantiles to be estimated. */
  public static final int MIN_ERRORS = 30;
  /** Cycles of the window whose mean absolute value floors the error scale. */
  private static final int WARM_UP_CYCLES = 4;
  /** Cycles of history before the first origin whose errors are kept. */
  private static final int FIRST_REFIT_CYCLES = 8;
  /** Cycles between refits of the model whose past errors are kept. */
  private static final int REFIT_CYCLES = 4;
  /** Cycles of complete past error trajectories kept: the most recent half year of a weekly season. */
  private static final int ERROR_WINDOW_CYCLES = 26;
  private static final int MAX_EVALUATIONS = 600;

  private final double[] series;
  private final int season;
  private final LocalDate first;
  private final int paths;
  private final long seed;

  private SeasonalSeriesForecaster(double[] series, int season, LocalDate first, int paths, long seed) {
    this.series = series;
    this.season = season;
    this.first = first;
    this.paths = paths;
    this.seed = seed;
  }

  /**
   * @param series the observations, oldest first (copied)
   * @param season the season length in observations, at least 2 (7 for days of the week)
   * @return a forecaster without dates (no shutdown recurs), {@link #DEFAULT_PATHS} paths, seed 0
   * @throws IllegalArgumentException when the season is below 2 or a value is not finite
   */
  public static SeasonalSeriesForecaster of(double[] series, int season) {
    if (season < 2) {
      throw new IllegalArgumentException("season length must be at least 2, got " + season);
    }
    for (int t = 0; t < series.length; t++) {
      if (!Double.isFinite(series[t])) {
        throw new IllegalArgumentException("observation " + t + " is not a finite number: " + series[t]);
      }
    }
    return new SeasonalSeriesForecaster(series.clone(), season, null, DEFAULT_PATHS, 0);
  }

  /**
   * @param daily a daily series
   * @return a forecaster of it with a weekly season that knows its dates (shutdowns recur yearly)
   */
  public static SeasonalSeriesForecaster weekly(DailySeries daily) {
    return of(daily.values(), 7).startingOn(daily.first());
  }

  /**
   * @param date the date of the first observation of a daily series; null for none
   * @return this forecaster with dates, so that shutdowns recur on the same calendar days a year on
   */
  public SeasonalSeriesForecaster startingOn(LocalDate date) {
    return new SeasonalSeriesForecaster(series, season, date, paths, seed);
  }

  /**
   * @param n sample paths per forecast, at least 100
   * @return this forecaster with that many paths
   */
  public SeasonalSeriesForecaster withPaths(int n) {
    if (n < 100) {
      throw new IllegalArgumentException("at least 100 paths are needed for the 2.5 % quantile, got " + n);
    }
    return new SeasonalSeriesForecaster(series, season, first, n, seed);
  }

  /**
   * @param s the random seed
   * @return this forecaster with that seed
   */
  public SeasonalSeriesForecaster withSeed(long s) {
    return new SeasonalSeriesForecaster(series, season, first, paths, s);
  }

  /**
   * The shortest history a forecast of {@code horizon} steps needs: eight cycles before the first
   * past origin, then the horizon plus {@link #MIN_ERRORS} origins, so every step has that many
   * past errors. Closures (a 0 on a trading phase) have no errors, so a history with closures
   * needs more.
   *
   * @param horizon steps ahead
   * @return the number of observations needed before the cutoff at least
   */
  public int minimumHistory(int horizon) {
    return FIRST_REFIT_CYCLES * season + horizon + MIN_ERRORS - 1;
  }

  /**
   * Forecasts the {@code horizon} observations after the first {@code cutoff}, from those alone:
   * the mean and quantiles of the sample paths described above.
   *
   * @throws IllegalArgumentException when {@code cutoff} is outside the series or leaves too little
   *     history for the horizon ({@link #minimumHistory}), too few trading days, or the horizon is
   *     below 1
   */
  @Override
  public PredictiveQuantiles forecast(int cutoff, int horizon) {
    if (horizon < 1) {
      throw new IllegalArgumentException("the horizon must be at least 1 step, got " + horizon);
    }
    Model model = fit(cutoff);
    ErrorBank bank = errors(model, cutoff, horizon);
    SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (cutoff + 1L)));
    double[] point = new double[horizon];
    double[] scale = new double[horizon];
    for (int h = 1; h <= horizon; h++) {
      point[h - 1] = model.hw.forecast(model.run, model.params, cutoff, h);
      scale[h - 1] = scale(point[h - 1], model.calendar, cutoff);
    }
    double[][] out = new double[paths][horizon];
    double closure = model.calendar.holidayRate();
    for (int p = 0; p < paths; p++) {
      int origin = bank.full.isEmpty() ? -1 : bank.full.get(random.nextInt(bank.full.size()));
      for (int h = 1; h <= horizon; h++) {
        int t = cutoff + h - 1;
        if (model.calendar.isSurelyClosed(t)) {
          continue;
        }
        boolean holiday = random.nextDouble() < closure;
        double e = origin >= 0 ? bank.error[origin][h - 1] : Double.NaN;
        if (Double.isNaN(e)) {
          List<Integer> at = bank.byStep.get(h - 1);
          e = bank.error[at.get(random.nextInt(at.size()))][h - 1];
        }
        out[p][h - 1] = holiday ? 0 : point[h - 1] + scale[h - 1] * e;
      }
    }
    return PredictiveQuantiles.fromPaths(out);
  }

  /**
   * What the forecaster learned at a cutoff, for an assumptions table.
   *
   * @param cutoff the number of observations used
   * @return the kept model, its parameters and the learned calendar
   * @throws IllegalArgumentException when {@code cutoff} is outside the series or has no trading day
   */
  public SeriesFit describe(int cutoff) {
    Model m = fit(cutoff);
    List<String> shutdowns = new ArrayList<>();
    for (LocalDate[] s : m.calendar.shutdowns()) {
      shutdowns.add(s[0] + "/" + s[1]);
    }
    return new SeriesFit(
        m.hw.name(m.trend),
        m.params.alpha(),
        m.params.beta(),
        m.params.gamma(),
        m.params.phi(),
        m.calendar.closedPhases(),
        m.calendar.holidayRate(),
        shutdowns);
  }

  /** A fitted model at a cutoff: its recursions, parameters, states and calendar. */
  private record Model(HoltWinters hw, boolean trend, Params params, Run run, TradingCalendar calendar) {}

  /**
   * Past relative errors: {@code error[origin][step - 1]} (NaN where the target was not a trading
   * day or lies at or after the cutoff), the origins with a complete horizon, and per step the
   * origins that have it.
   */
  private record ErrorBank(double[][] error, List<Integer> full, List<List<Integer>> byStep) {}

  private Model fit(int cutoff) {
    if (cutoff < 1 || cutoff > series.length) {
      throw new IllegalArgumentException("cutoff " + cutoff + " is outside the series of " + series.length);
    }
    TradingCalendar calendar = TradingCalendar.learn(series, cutoff, season, first);
    boolean[] trading = new boolean[cutoff];
    int tradingDays = 0;
    for (int t = 0; t < cutoff; t++) {
      trading[t] = calendar.isTrading(t);
      tradingDays += trading[t] ? 1 : 0;
    }
    if (tradingDays < 2 * season) {
      throw new IllegalArgumentException(
          "the history before cutoff " + cutoff + " has " + tradingDays + " trading days; at least "
              + 2 * season + " are needed");
    }
    return choose(calendar, trading, cutoff);
  }

  /**
   * Fits the four candidate models to the first {@code upTo} observations and keeps the one with
   * the lowest AIC; its states are run over the whole mask (states at t use observations before t
   * only, with parameters from before {@code upTo}).
   */
  private Model choose(TradingCalendar calendar, boolean[] trading, int upTo) {
    Model best = null;
    double bestAic = Double.POSITIVE_INFINITY;
    for (Form form : Form.values()) {
      for (boolean trend : new boolean[] {false, true}) {
        HoltWinters hw = new HoltWinters(series, trading, season, form);
        Params p = fitParams(hw, trend, upTo);
        Run fitted = hw.run(p, upTo);
        int k = trend ? 4 : 2;
        double aic = fitted.observed() * Math.log(fitted.sse() / fitted.observed()) + 2 * k;
        if (aic < bestAic) {
          bestAic = aic;
          best = new Model(hw, trend, p, hw.run(p, trading.length), calendar);
        }
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no smoothing model fits the history before observation " + upTo);
    }
    return best;
  }

  /**
   * Minimises the one-step SSE over α ∈ (0, 1), γ ∈ (0, 1 - α) and, with a trend, β ∈ (0, α) and φ
   * ∈ (0.8, 0.98), each a logistic function of an unconstrained variable.
   */
  private static Params fitParams(HoltWinters hw, boolean trend, int cutoff) {
    double[] start = trend ? new double[] {-1.4, -2, -2, 1} : new double[] {-1.4, -2};
    double[] x = NelderMead.minimise(v -> hw.run(params(v, trend), cutoff).sse(), start, 1.0, MAX_EVALUATIONS);
    return params(x, trend);
  }

  private static Params params(double[] v, boolean trend) {
    double alpha = logistic(v[0]);
    double gamma = (1 - alpha) * logistic(v[1]);
    if (!trend) {
      return new Params(alpha, 0, gamma, 1);
    }
    return new Params(alpha, alpha * logistic(v[2]), gamma, 0.8 + 0.18 * logistic(v[3]));
  }

  private static double logistic(double v) {
    return 1 / (1 + Math.exp(-v));
  }

  /**
   * The past errors, out of sample: origins from {@link #FIRST_REFIT_CYCLES} cycles on, and no
   * earlier than needed for the last {@link #ERROR_WINDOW_CYCLES} cycles of complete trajectories
   * (a growing business's relative noise shrinks: the recent past is the relevant one). The model
   * forecasting from an origin was chosen and fitted on the observations before the last refit
   * point (the first origin, then every {@link #REFIT_CYCLES} cycles) at or before that origin, so
   * the errors carry the uncertainty of the model's choice and parameters as well as the noise.
   */
  private ErrorBank errors(Model model, int cutoff, int horizon) {
    int firstOrigin = Math.max(FIRST_REFIT_CYCLES * season, cutoff - horizon - ERROR_WINDOW_CYCLES * season);
    double[][] error = new double[Math.max(cutoff, 0)][];
    List<Integer> full = new ArrayList<>();
    List<List<Integer>> byStep = new ArrayList<>();
    for (int h = 0; h < horizon; h++) {
      byStep.add(new ArrayList<>());
    }
    boolean[] trading = new boolean[cutoff];
    for (int t = 0; t < cutoff; t++) {
      trading[t] = model.calendar.isTrading(t);
    }
    Model past = null;
    for (int o = firstOrigin; o < cutoff; o++) {
      if ((o - firstOrigin) % (REFIT_CYCLES * season) == 0) {
        past = choose(model.calendar, trading, o);
      }
      error[o] = new double[horizon];
      boolean complete = o + horizon <= cutoff;
      for (int h = 1; h <= horizon; h++) {
        int t = o + h - 1;
        if (t >= cutoff || !model.calendar.isTrading(t)) {
          error[o][h - 1] = Double.NaN;
          continue;
        }
        double point = past.hw.forecast(past.run, past.params, o, h);
        error[o][h - 1] = (series[t] - point) / scale(point, model.calendar, o);
        byStep.get(h - 1).add(o);
      }
      if (complete) {
        full.add(o);
      }
    }
    for (int h = 0; h < horizon; h++) {
      if (byStep.get(h).size() < MIN_ERRORS) {
        throw new IllegalArgumentException(
            "a forecast " + horizon + " steps ahead needs at least " + minimumHistory(horizon)
                + " observations with trading days before the cutoff; cutoff " + cutoff + " leaves "
                + byStep.get(h).size() + " past errors at step " + (h + 1));
      }
    }
    return new ErrorBank(error, full, byStep);
  }

  /**
   * The unit of a relative error: the point forecast, but at least 5 % of the mean absolute value
   * of the trading days in the four cycles before the origin (a forecast near 0 would blow errors
   * up), and 1 when both are 0.
   */
  private double scale(double point, TradingCalendar calendar, int origin) {
    double sum = 0;
    int n = 0;
    for (int t = Math.max(0, origin - WARM_UP_CYCLES * season); t < origin; t++) {
      if (calendar.isTrading(t)) {
        sum += Math.abs(series[t]);
        n++;
      }
    }
    double floor = n == 0 ? 0 : 0.05 * sum / n;
    double s = Math.max(point, floor);
    return s > 0 ? s : 1;
  }
}
