package dev.kpikit.clv;

import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * The Pareto/NBD model (Schmittlein, Morrison and Colombo 1987): while alive, a customer buys at
 * Poisson rate {@code lambda ~ Gamma(r, alpha)}; their lifetime is exponential with rate {@code mu
 * ~ Gamma(s, beta)}, so unlike BG/NBD a customer may drop out at any time, also before a first
 * repeat purchase.
 *
 * <p>Likelihood as in Fader and Hardie (2005), "A note on deriving the Pareto/NBD model and related
 * expressions", eq. 19-22: {@code G(r+x) alpha^r beta^s / G(r) [ (alpha+T)^-(r+x) (beta+T)^-s +
 * s/(r+s+x) A0 ]}, where {@code A0} is a difference of two Gauss hypergeometric terms evaluated at
 * t_x and T, computed here in log space.
 *
 * @since 0.1.0
 */
public final class ParetoNbd implements CountModel {
  /** The parameter names in order. */
  public static final List<String> NAMES = List.of("r", "alpha", "s", "beta");

  private final double r;
  private final double alpha;
  private final double s;
  private final double beta;
  private final ModelFit fit;

  /**
   * A model with given parameters.
   *
   * @param r shape of the purchase-rate distribution, {@code > 0}
   * @param alpha scale of the purchase-rate distribution (in units), {@code > 0}
   * @param s shape of the dropout-rate distribution, {@code > 0}
   * @param beta scale of the dropout-rate distribution (in units), {@code > 0}
   */
  public ParetoNbd(double r, double alpha, double s, double beta) {
    this(new double[] {r, alpha, s, beta}, null);
  }

  private ParetoNbd(double[] p, ModelFit fit) {
    Fitting.requirePositive(p, "pareto-nbd");
    this.r = p[0];
    this.alpha = p[1];
    this.s = p[2];
    this.beta = p[3];
    this.fit = fit;
  }

  /**
   * Fits the model by maximum likelihood from four starting points.
   *
   * @param summary the customers (at least one with a repeat purchase)
   * @return the fitted model; {@link #fit()} has the estimates, standard errors and likelihood
   * @throws ModelFitException when the fit does not converge or a parameter runs away (often
   *     beta, which is weakly identified: then try bg-nbd)
   */
  public static ParetoNbd fit(RfmSummary summary) {
    ModelFit f =
        Fitting.fitCountModel(
            summary,
            "pareto-nbd",
            NAMES,
            "try --model bg-nbd (Pareto/NBD's dropout scale is weakly identified), --unit week or"
                + " a longer calibration period",
            ParetoNbd::logLikelihood);
    return new ParetoNbd(f.params(), f);
  }

  /** The summed log-likelihood of {@code p = (r, alpha, s, beta)} over {@code d}. */
  static double logLikelihood(double[] p, RfmArrays d) {
    ParetoNbd m;
    try {
      m = new ParetoNbd(p, null);
    } catch (IllegalArgumentException outside) {
      return Double.NEGATIVE_INFINITY;
    }
    double[] lgammaRx = new double[d.maxX + 1];
    for (int x = 0; x <= d.maxX; x++) {
      lgammaRx[x] = Gamma.logGamma(m.r + x);
    }
    double constant = -Gamma.logGamma(m.r) + m.r * Math.log(m.alpha) + m.s * Math.log(m.beta);
    try {
      return d.sum(
          (from, to) -> {
            double sum = 0;
            for (int i = from; i < to; i++) {
              int x = d.x[i];
              sum += d.weight[i] * (constant + lgammaRx[x] + m.logBracket(x, d.recency(i), d.age(i)));
            }
            return sum;
          });
    } catch (ArithmeticException beyondReach) {
      return Double.NEGATIVE_INFINITY;
    }
  }

  /** {@code log[(alpha+T)^-(r+x) (beta+T)^-s + s/(r+s+x) A0]}, with its two terms. */
  private double logBracket(int x, double tx, double age) {
    return LogSpace.addExp(logFirst(x, age), logSecond(x, tx, age));
  }

  private double logFirst(int x, double age) {
    return -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
  }

  private double logSecond(int x, double tx, double age) {
    if (tx >= age) {
      return Double.NEGATIVE_INFINITY; // A0 = 0
    }
    double total = r + s + x;
    double lead = Math.max(alpha, beta);
    double diff = Math.abs(alpha - beta);
    double second = alpha >= beta ? s + 1 : r + x;
    double atTx = Hypergeometric.log2F1(total, second, total + 1, diff / (lead + tx))
        - total * Math.log(lead + tx);
    double atAge = Hypergeometric.log2F1(total, second, total + 1, diff / (lead + age))
        - total * Math.log(lead + age);
    return Math.log(s) - Math.log(total) + LogSpace.subExp(atTx, atAge);
  }

  @Override
  public String name() {
    return "pareto-nbd";
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

  /** @return s */
  public double s() {
    return s;
  }

  /** @return beta */
  public double beta() {
    return beta;
  }

  @Override
  public double logLikelihood(int x, double tx, double age) {
    return Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
        + logBracket(x, tx, age);
  }

  /** {@inheritDoc} Note eq. 18: the first term of the likelihood's bracket over the bracket. */
  @Override
  public double pAlive(int x, double tx, double age) {
    double first = logFirst(x, age);
    return Math.exp(first - LogSpace.addExp(first, logSecond(x, tx, age)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Note eq. 24 without its P(alive) factor: {@code (r+x)(beta+T) / ((alpha+T)(s-1)) [1 -
   * ((beta+T)/(beta+T+t))^(s-1)]}, with its limit {@code (r+x)(beta+T)/(alpha+T)
   * ln((beta+T+t)/(beta+T))} at s = 1.
   */
  @Override
  public double expectedPurchasesIfAlive(double t, int x, double age) {
    if (t == 0) {
      return 0;
    }
    return (r + x) / (alpha + age) * (beta + age)
        * lifetimeFactor(Math.log((beta + age) / (beta + age + t)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>{@code r beta / (alpha (s-1)) [1 - (beta/(beta+t))^(s-1)]}.
   */
  @Override
  public double expectedRepeatPurchases(double t) {
    if (t == 0) {
      return 0;
    }
    return r * beta / alpha * lifetimeFactor(Math.log(beta / (beta + t)));
  }

  /** {@code [1 - e^((s-1) logRatio)] / (s-1)}, and its limit {@code -logRatio} at s = 1. */
  private double lifetimeFactor(double logRatio) {
    double k = s - 1;
    return Math.abs(k) < 1e-10 ? -logRatio : -Math.expm1(k * logRatio) / k;
  }

  @Override
  public String toString() {
    return fit != null ? fit.toString()
        : String.format("pareto-nbd: r=%.4f alpha=%.4f s=%.4f beta=%.4f", r, alpha, s, beta);
  }
}
