package dev.kpikit.clv;

/** Small log-space helpers shared by the likelihoods. */
final class LogSpace {
  private LogSpace() {}

  /** {@code log(e^u + e^v)} without overflow; either may be {@code -inf}. */
  static double addExp(double u, double v) {
    double hi = Math.max(u, v);
    if (hi == Double.NEGATIVE_INFINITY) {
      return hi;
    }
    return hi + Math.log1p(Math.exp(-Math.abs(u - v)));
  }

  /** {@code log(e^u - e^v)} for {@code u >= v}; {@code -inf} when equal. */
  static double subExp(double u, double v) {
    if (v == Double.NEGATIVE_INFINITY) {
      return u;
    }
    return u + Math.log(-Math.expm1(v - u));
  }

  /** {@code 1 / (1 + e^e)} without overflow. */
  static double logistic(double e) {
    return e > 0 ? Math.exp(-e) / (1 + Math.exp(-e)) : 1 / (1 + Math.exp(e));
  }
}
