package dev.kpikit.metrics;

import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Exact binomial control limits of a funnel plot: where a unit's rate would fall, for its size,
 * if the unit were no different from the whole business.
 *
 * <p>For a unit with denominator {@code n} (customers, customer-months, employee-months) and the
 * whole business's rate {@code p}, the limits at coverage {@code c} (0.95 or 0.998) are
 *
 * <pre>
 *   low  = qbinom((1 − c) / 2, n, p) / n
 *   high = qbinom((1 + c) / 2, n, p) / n
 * </pre>
 *
 * where {@code qbinom(q, n, p)} is the smallest count {@code k} with {@code P(X ≤ k) ≥ q} for
 * {@code X ~ Binomial(n, p)} (R's {@code qbinom}, computed from the regularized incomplete beta
 * function, no normal approximation). A unit is <em>above</em> the limits when its count {@code x}
 * exceeds the high quantile, <em>below</em> when it is under the low one: outside the 99.8 %
 * limits, a unit no different from the business would land there about once in 500 units. The
 * limits are discrete, so they step as {@code n} grows; with {@code n = 0} there are none.
 *
 * @since 0.3.0
 */
public final class FunnelLimits {
  /** The inner limits' coverage. */
  public static final double INNER = 0.95;

  /** The outer limits' coverage. */
  public static final double OUTER = 0.998;

  private FunnelLimits() {}

  /**
   * @param q a probability in (0, 1)
   * @param n the number of trials, at least 1
   * @param p the success probability in [0, 1]
   * @return the smallest {@code k} with {@code P(X ≤ k) ≥ q} for {@code X ~ Binomial(n, p)}
   */
  public static int quantile(double q, int n, double p) {
    if (n < 1 || !(q > 0 && q < 1) || !(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("quantile needs 0 < q < 1, n >= 1, 0 <= p <= 1; got q=" + q + ", n=" + n + ", p=" + p);
    }
    return new BinomialDistribution(n, p).inverseCumulativeProbability(q);
  }

  /**
   * @param coverage e.g. {@link #INNER} or {@link #OUTER}
   * @param n the unit's denominator, at least 1
   * @param p the whole business's rate
   * @return {@code {low, high}}, as rates (counts / n)
   */
  public static double[] limits(double coverage, int n, double p) {
    double tail = (1 - coverage) / 2;
    return new double[] {quantile(tail, n, p) / (double) n, quantile(1 - tail, n, p) / (double) n};
  }

  /**
   * @param x the unit's count
   * @param n the unit's denominator, at least 1
   * @param p the whole business's rate
   * @param coverage the limits' coverage
   * @return +1 when {@code x} is above the high limit, −1 when below the low one, else 0
   */
  public static int side(long x, int n, double p, double coverage) {
    double tail = (1 - coverage) / 2;
    if (x > quantile(1 - tail, n, p)) {
      return 1;
    }
    return x < quantile(tail, n, p) ? -1 : 0;
  }
}
