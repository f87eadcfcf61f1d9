package dev.kpikit.forecast.series;

/**
 * The smoothing recursions of Holt-Winters exponential smoothing in error-correction form
 * (Hyndman and Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §8.3 and §8.6):
 * additive or multiplicative season of length m, damped or no trend, additive errors. With state
 * level ℓ, trend b, seasonals s and one-step forecast ŷ_t = (ℓ + φb) + s_{t-m} (additive) or (ℓ +
 * φb) · s_{t-m} (multiplicative), an observed y_t updates, with e = y_t - ŷ_t:
 *
 * <pre>
 *   additive:        ℓ' = ℓ + φb + α e        b' = φb + β e        s_t = s_{t-m} + γ e
 *   multiplicative:  ℓ' = ℓ + φb + α e/s_{t-m}  b' = φb + β e/s_{t-m}  s_t = s_{t-m} + γ e/(ℓ + φb)
 * </pre>
 *
 * A day that is not observed (a closed day) carries the state forward: ℓ' = ℓ + φb, b' = φb, s_t =
 * s_{t-m}. Without a trend, b = 0. The initial state comes from the first (at most four) cycles:
 * the mean a_j of the observed values of each phase j, ℓ_0 = the mean of the a_j, s_j = a_j - ℓ_0
 * (or a_j / ℓ_0), b_0 = 0; a phase never observed there gets s_j = 0 (or 1).
 */
final class HoltWinters {
  /** How the seasonal pattern combines with the level. */
  enum Form {
    ADDITIVE,
    MULTIPLICATIVE
  }

  /**
   * Smoothing parameters.
   *
   * @param alpha level, in (0, 1)
   * @param beta trend, 0 without a trend
   * @param gamma season
   * @param phi trend damping, 1 without a trend
   */
  record Params(double alpha, double beta, double gamma, double phi) {}

  /**
   * The states after each observation: {@code level[t]} and {@code trend[t]} after the first t
   * observations (t = 0 is the initial state), {@code seasonal[t + m]} the seasonal of time t
   * ({@code seasonal[0..m-1]} the initial ones), and the sum of squared one-step errors.
   */
  record Run(double[] level, double[] trend, double[] seasonal, double sse, int observed) {}

  private static final int INIT_CYCLES = 4;

  private final double[] y;
  private final boolean[] observed;
  private final int m;
  private final Form form;

  /**
   * @param y the series
   * @param observed true where y is an observation to learn from (false: a closed day)
   * @param m the season length
   * @param form additive or multiplicative season
   */
  HoltWinters(double[] y, boolean[] observed, int m, Form form) {
    this.y = y;
    this.observed = observed;
    this.m = m;
    this.form = form;
  }

  /**
   * Runs the recursions over the first n observations.
   *
   * @param p the parameters
   * @param n how many observations to run over
   * @return the states, or a run whose sse is +∞ when the recursions break down (a multiplicative
   *     season or level reaching 0 or below, or a non-finite state)
   */
  Run run(Params p, int n) {
    double[] level = new double[n + 1];
    double[] trend = new double[n + 1];
    double[] seasonal = new double[n + m];
    if (!initialise(n, level, seasonal)) {
      return new Run(level, trend, seasonal, Double.POSITIVE_INFINITY, 0);
    }
    boolean additive = form == Form.ADDITIVE;
    double sse = 0;
    int count = 0;
    for (int t = 0; t < n; t++) {
      double base = level[t] + p.phi() * trend[t];
      double s = seasonal[t];
      if (!observed[t]) {
        level[t + 1] = base;
        trend[t + 1] = p.phi() * trend[t];
        seasonal[t + m] = s;
        continue;
      }
      if (!additive && (base <= 0 || s <= 0)) {
        return new Run(level, trend, seasonal, Double.POSITIVE_INFINITY, count);
      }
      double e = y[t] - (additive ? base + s : base * s);
      double scaled = additive ? e : e / s;
      level[t + 1] = base + p.alpha() * scaled;
      trend[t + 1] = p.phi() * trend[t] + p.beta() * scaled;
      seasonal[t + m] = s + p.gamma() * (additive ? e : e / base);
      sse += e * e;
      count++;
    }
    if (!Double.isFinite(sse) || !Double.isFinite(level[n])) {
      sse = Double.POSITIVE_INFINITY;
    }
    return new Run(level, trend, seasonal, sse, count);
  }

  /**
   * The point forecast h steps after origin o (o observations used) from a run's states.
   *
   * @param r a run over at least o observations
   * @param p the parameters of that run
   * @param o the origin
   * @param h steps ahead, from 1
   * @return the forecast of observation o + h - 1
   */
  double forecast(Run r, Params p, int o, int h) {
    double damped = 0;
    double power = 1;
    for (int k = 1; k <= h; k++) {
      power *= p.phi();
      damped += power;
    }
    int target = o + h - 1;
    int cycles = (h - 1) / m + 1;
    double s = r.seasonal()[target - m * cycles + m];
    double base = r.level()[o] + damped * r.trend()[o];
    return form == Form.ADDITIVE ? base + s : base * s;
  }

  /**
   * @param trend whether the model has a damped trend
   * @return the model in ETS notation: {@code ETS(A,Ad,M)} for additive errors, damped trend and a
   *     multiplicative season
   */
  String name(boolean trend) {
    return "ETS(A," + (trend ? "Ad" : "N") + "," + (form == Form.ADDITIVE ? "A" : "M") + ")";
  }

  private boolean initialise(int n, double[] level, double[] seasonal) {
    int cycles = Math.max(1, Math.min(INIT_CYCLES, n / m));
    double[] phaseMean = new double[m];
    boolean[] seen = new boolean[m];
    double sumOfMeans = 0;
    int phasesSeen = 0;
    for (int j = 0; j < m; j++) {
      double sum = 0;
      int k = 0;
      for (int c = 0; c < cycles; c++) {
        int t = c * m + j;
        if (t < n && observed[t]) {
          sum += y[t];
          k++;
        }
      }
      if (k > 0) {
        phaseMean[j] = sum / k;
        seen[j] = true;
        sumOfMeans += phaseMean[j];
        phasesSeen++;
      }
    }
    if (phasesSeen == 0) {
      return false;
    }
    double l0 = sumOfMeans / phasesSeen;
    if (form == Form.MULTIPLICATIVE && l0 <= 0) {
      return false;
    }
    level[0] = l0;
    for (int j = 0; j < m; j++) {
      if (form == Form.ADDITIVE) {
        seasonal[j] = seen[j] ? phaseMean[j] - l0 : 0;
      } else {
        seasonal[j] = seen[j] ? phaseMean[j] / l0 : 1;
      }
    }
    return true;
  }
}
