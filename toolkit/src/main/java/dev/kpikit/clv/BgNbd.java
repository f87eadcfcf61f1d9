package dev.kpikit.clv;

import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD model (Fader, Hardie and Lee 2005, "Counting your customers the easy way"): while
 * alive, a customer buys at Poisson rate {@code lambda ~ Gamma(r, alpha)}; after each purchase
 * they drop out with probability {@code p ~ Beta(a, b)}. A customer cannot drop out before their
 * first repeat purchase, so P(alive) is 1 without repeat purchases.
 *
 * <p>Log-likelihood of one customer (paper, eq. 6, in log space):
 * {@code ln G(r+x) - ln G(r) + r ln alpha + ln B(a, b+x) - ln B(a, b) + ln[(alpha+T)^-(r+x) +
 * [x>0] a/(b+x-1) (alpha+t_x)^-(r+x)]}.
 *
 * @since 0.1.0
 */
public final class BgNbd implements CountModel {
  /** The parameter names in order. */
  public static final List<String> NAMES = List.of("r", "alpha", "a", "b");

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final ModelFit fit;

  /**
   * A model with given parameters.
   *
   * @param r shape of the purchase-rate distribution, {@code > 0}
   * @param alpha scale of the purchase-rate distribution (in units), {@code > 0}
   * @param a first shape of the dropout-probability distribution, {@code > 0}
   * @param b second shape of the dropout-probability distribution, {@code > 0}
   */
  public BgNbd(double r, double alpha, double a, double b) {
    this(new double[] {r, alpha, a, b}, null);
  }

  private BgNbd(double[] p, ModelFit fit) {
    Fitting.requirePositive(p, "bg-nbd");
    this.r = p[0];
    this.alpha = p[1];
    this.a = p[2];
    this.b = p[3];
    this.fit = fit;
  }

  /**
   * Fits the model by maximum likelihood from four starting points.
   *
   * @param summary the customers (at least one with a repeat purchase)
   * @return the fitted model; {@link #fit()} has the estimates, standard errors and likelihood
   * @throws ModelFitException when the fit does not converge or a parameter runs away
   */
  public static BgNbd fit(RfmSummary summary) {
    ModelFit f =
        Fitting.fitCountModel(
            summary,
            "bg-nbd",
            NAMES,
            "try --unit week, a longer calibration period, or --model pareto-nbd",
            BgNbd::logLikelihood);
    return new BgNbd(f.params(), f);
  }

  /** The summed log-likelihood of {@code p = (r, alpha, a, b)} over {@code d}. */
  static double logLikelihood(double[] p, RfmArrays d) {
    double r = p[0];
    double alpha = p[1];
    double a = p[2];
    double b = p[3];
    int maxX = d.maxX;
    double[] constant = new double[maxX + 1];
    double[] dropout = new double[maxX + 1];
    double common = -Gamma.logGamma(r) + r * Math.log(alpha) + Gamma.logGamma(a + b)
        - Gamma.logGamma(b);
    for (int x = 0; x <= maxX; x++) {
      constant[x] = common + Gamma.logGamma(r + x) + Gamma.logGamma(b + x)
          - Gamma.logGamma(a + b + x);
      dropout[x] = x == 0 ? 0 : Math.log(a) - Math.log(b + x - 1);
    }
    double[] logAge = logsOfShifted(d.ages, alpha);
    double[] logRecency = logsOfShifted(d.recencies, alpha);
    return d.sum(
        (from, to) -> {
          double s = 0;
          for (int i = from; i < to; i++) {
            int x = d.x[i];
            double u = -(r + x) * logAge[d.ageIndex[i]];
            if (x == 0) {
              s += d.weight[i] * (constant[0] + u);
            } else {
              double v = dropout[x] - (r + x) * logRecency[d.recencyIndex[i]];
              s += d.weight[i] * (constant[x] + LogSpace.addExp(u, v));
            }
          }
          return s;
        });
  }

  static double[] logsOfShifted(double[] values, double shift) {
    double[] out = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      out[k] = Math.log(shift + values[k]);
    }
    return out;
  }

  @Override
  public String name() {
    return "bg-nbd";
  }

  @Override
  public ModelFit fit() {
    return fit;
  }

  /** @return r */
  public double r() {
    return r;
  }

  /** @return alpha */
  public double alpha() {
    return alpha;
  }

  /** @return a */
  public double a() {
    return a;
  }

  /** @return b */
  public double b() {
    return b;
  }

  @Override
  public double logLikelihood(int x, double tx, double age) {
    double base = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha)
        + Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b)
        - Gamma.logGamma(a + b + x);
    double u = -(r + x) * Math.log(alpha + age);
    if (x == 0) {
      return base + u;
    }
    double v = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
    return base + LogSpace.addExp(u, v);
  }

  @Override
  public double pAlive(int x, double tx, double age) {
    if (x == 0) {
      return 1;
    }
    double e = Math.log(a) - Math.log(b + x - 1)
        + (r + x) * (Math.log(alpha + age) - Math.log(alpha + tx));
    return LogSpace.logistic(e);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Paper eq. 10 without its P(alive) factor: {@code (a+b+x-1)/(a-1) [1 -
   * ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; t/(alpha+T+t))]}.
   */
  @Override
  public double expectedPurchasesIfAlive(double t, int x, double age) {
    if (t == 0) {
      return 0;
    }
    double w = alpha + age;
    return (a + b + x - 1) / (a - 1) * oneMinusProduct(r + x, b + x, a + b + x - 1, w, t);
  }

  /**
   * {@code 1 - (w/(w+t))^A 2F1(A, B; C; t/(w+t))}: in log space (and by expm1) when C &gt; 0, by the
   * contiguous relation when a + b &lt; 1 makes C negative (customers without repeat purchases).
   */
  private static double oneMinusProduct(double A, double B, double C, double w, double t) {
    double z = t / (w + t);
    if (C > 0) {
      return -Math.expm1(A * Math.log(w / (w + t)) + Hypergeometric.log2F1(A, B, C, z));
    }
    return 1 - Math.pow(w / (w + t), A) * Hypergeometric.value(A, B, C, z);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Paper eq. 7: {@code (a+b-1)/(a-1) [1 - (alpha/(alpha+t))^r 2F1(r, b; a+b-1; t/(alpha+t))]}.
   */
  @Override
  public double expectedRepeatPurchases(double t) {
    if (t == 0) {
      return 0;
    }
    return (a + b - 1) / (a - 1) * oneMinusProduct(r, b, a + b - 1, alpha, t);
  }

  @Override
  public String toString() {
    return fit != null ? fit.toString()
        : String.format("bg-nbd: r=%.4f alpha=%.4f a=%.4f b=%.4f", r, alpha, a, b);
  }
}
