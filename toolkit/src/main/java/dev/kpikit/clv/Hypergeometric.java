package dev.kpikit.clv;

import org.hipparchus.special.Gamma;
import org.hipparchus.util.FastMath;

/**
 * The Gauss hypergeometric function {@code 2F1(a, b; c; z)} in log space, for the region the
 * buy-till-you-die models need: {@code a, b, c > 0} and {@code 0 <= z < 1}, where every term of
 * the series is positive and so is the value. Neither Hipparchus nor Apache Commons offers it.
 *
 * <p>Up to {@code z = 0.95} the power series is summed directly, rescaled as it grows so that
 * values beyond {@code 1e308} (customers with hundreds of purchases) stay finite in log space.
 * Closer to 1 the series converges slowly and the connection formula to {@code 1 - z} (Abramowitz
 * and Stegun 15.3.6) is used, with signed log-gamma factors; when {@code c - a - b} is within
 * {@code 1e-6} of an integer (where that formula's gamma factors have poles) the value is
 * extrapolated from the formula at {@code c +- 1e-4} and {@code c +- 2e-4} (Richardson), and when its two terms cancel too much the direct series is
 * summed to convergence instead.
 */
final class Hypergeometric {
  private static final double SERIES_LIMIT_Z = 0.95;
  private static final int MAX_TERMS = 2_000_000;
  private static final double RESCALE = 1e200;
  private static final double LOG_RESCALE = Math.log(RESCALE);
  private static final double NEAR_INTEGER = 1e-6;
  private static final double NUDGE = 1e-4;

  private Hypergeometric() {}

  /**
   * The natural log of {@code 2F1(a, b; c; z)}.
   *
   * @param a first numerator parameter, positive
   * @param b second numerator parameter, positive
   * @param c denominator parameter, positive
   * @param z argument in {@code [0, 1)}
   * @return {@code log 2F1(a, b; c; z)}, finite
   * @throws ArithmeticException when the arguments are outside that region or the value cannot be
   *     computed to double precision
   */
  static double log2F1(double a, double b, double c, double z) {
    if (!(a > 0 && b > 0 && c > 0 && z >= 0 && z < 1)) {
      throw new ArithmeticException(
          "2F1(" + a + ", " + b + "; " + c + "; " + z + ") is outside a, b, c > 0, 0 <= z < 1");
    }
    if (z == 0) {
      return 0;
    }
    if (z <= SERIES_LIMIT_Z) {
      return logSeries(a, b, c, z, MAX_TERMS);
    }
    double viaConnection = logConnection(a, b, c, z);
    if (!Double.isNaN(viaConnection)) {
      return viaConnection;
    }
    return logSeries(a, b, c, z, 50 * MAX_TERMS);
  }

  /**
   * The value {@code 2F1(a, b; c; z)} for {@code a, b > 0}, {@code 0 <= z < 1} and {@code c > -1},
   * {@code c != 0}: for {@code c > 0} {@code exp(log2F1)}; for {@code -1 < c < 0} (BG/NBD with
   * {@code a + b < 1}) Gauss's contiguous relation {@code C(C-1)(z-1) F(C-1) + C[C-1-(2C-A-B-1)z]
   * F(C) + (C-A)(C-B) z F(C+1) = 0} at {@code C = c + 1}, from the positive {@code c + 1} and
   * {@code c + 2}; the value may then be negative.
   *
   * @throws ArithmeticException outside that region, or when the value overflows a double
   */
  static double value(double a, double b, double c, double z) {
    if (c > 0) {
      return Math.exp(log2F1(a, b, c, z));
    }
    if (!(c > -1) || c == 0 || z == 0) {
      if (z == 0 && c > -1) {
        return 1;
      }
      throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + "): c outside (-1, 0) u (0, inf)");
    }
    double up = c + 1;
    double f1 = Math.exp(log2F1(a, b, up, z));
    double f2 = Math.exp(log2F1(a, b, up + 1, z));
    return -(up * (up - 1 - (2 * up - a - b - 1) * z) * f1 + (up - a) * (up - b) * z * f2)
        / (up * (up - 1) * (z - 1));
  }

  /** Sum of the positive power series, rescaled by {@code 1e200} whenever it passes that. */
  static double logSeries(double a, double b, double c, double z, int maxTerms) {
    double term = 1;
    double sum = 1;
    double logScale = 0;
    for (int n = 0; n < maxTerms; n++) {
      double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
      term *= ratio;
      sum += term;
      if (sum > RESCALE) {
        sum /= RESCALE;
        term /= RESCALE;
        logScale += LOG_RESCALE;
      }
      // The ratio of successive terms tends to z; once below 1 the tail is at most
      // term * q / (1 - q) with q the larger of the ratio and z.
      double next = (a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2)) * z;
      double q = Math.max(next, z);
      if (q < 1 && term * q / (1 - q) < sum * 1e-17) {
        return logScale + Math.log(sum);
      }
    }
    throw new ArithmeticException(
        "2F1(" + a + ", " + b + "; " + c + "; " + z + ") did not converge in " + maxTerms
            + " terms");
  }

  /**
   * Connection formula to {@code 1 - z}, or NaN when its terms cancel to less than 8 digits.
   * Near-integer {@code c - a - b} is handled by averaging at {@code c +- NUDGE}.
   */
  private static double logConnection(double a, double b, double c, double z) {
    double m = c - a - b;
    if (Math.abs(m - Math.rint(m)) >= NEAR_INTEGER) {
      return connection(a, b, c, z);
    }
    // Richardson extrapolation of the symmetric means at c +- NUDGE and c +- 2 NUDGE: O(NUDGE^4).
    double[] logs = {
      connection(a, b, c + NUDGE, z),
      connection(a, b, c - NUDGE, z),
      connection(a, b, c + 2 * NUDGE, z),
      connection(a, b, c - 2 * NUDGE, z)
    };
    for (double l : logs) {
      if (Double.isNaN(l)) {
        return Double.NaN;
      }
    }
    double ref = logs[0];
    double near = (Math.exp(logs[0] - ref) + Math.exp(logs[1] - ref)) / 2;
    double far = (Math.exp(logs[2] - ref) + Math.exp(logs[3] - ref)) / 2;
    double value = (4 * near - far) / 3;
    return value > 0 ? ref + Math.log(value) : Double.NaN;
  }

  private static double connection(double a, double b, double c, double z) {
    double w = 1 - z;
    double m = c - a - b;
    // term 1: G(c) G(m) / (G(c-a) G(c-b)) F(a, b; 1-m; w)
    SignedLog t1 = SignedLog.of(1, Gamma.logGamma(c))
        .times(signedLogGamma(m))
        .over(signedLogGamma(c - a))
        .over(signedLogGamma(c - b))
        .times(signedLogSeries(a, b, 1 - m, w));
    // term 2: w^m G(c) G(-m) / (G(a) G(b)) F(c-a, c-b; 1+m; w)
    SignedLog t2 = SignedLog.of(1, m * Math.log(w) + Gamma.logGamma(c) - Gamma.logGamma(a)
            - Gamma.logGamma(b))
        .times(signedLogGamma(-m))
        .times(signedLogSeries(c - a, c - b, 1 + m, w));
    SignedLog sum = t1.plus(t2);
    double largest = Math.max(t1.log, t2.log);
    if (sum.sign <= 0 || !Double.isFinite(sum.log) || sum.log < largest - 8 * Math.log(10)) {
      return Double.NaN;
    }
    return sum.log;
  }

  /** log|Gamma(x)| with its sign, by reflection for negative x; sign 0 at the poles. */
  static SignedLog signedLogGamma(double x) {
    if (x > 0) {
      return SignedLog.of(1, Gamma.logGamma(x));
    }
    if (x == Math.rint(x)) {
      return SignedLog.of(0, Double.POSITIVE_INFINITY); // pole: 1/Gamma = 0
    }
    // Gamma(x) = pi / (sin(pi x) Gamma(1 - x))
    double s = FastMath.sin(Math.PI * x);
    return SignedLog.of(
        (int) Math.signum(s), Math.log(Math.PI) - Math.log(Math.abs(s)) - Gamma.logGamma(1 - x));
  }

  /** The series with parameters of any sign (w < 0.05 here), as a signed log. */
  private static SignedLog signedLogSeries(double a, double b, double c, double w) {
    double term = 1;
    double sum = 1;
    double logScale = 0;
    double largest = 1;
    for (int n = 0; n < MAX_TERMS; n++) {
      term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * w;
      sum += term;
      largest = Math.max(largest, Math.abs(sum));
      if (Math.abs(sum) > RESCALE) {
        sum /= RESCALE;
        term /= RESCALE;
        largest /= RESCALE;
        logScale += LOG_RESCALE;
      }
      if (term == 0 || (Math.abs(term) < Math.abs(sum) * 1e-17 && n > Math.abs(a) + Math.abs(b))) {
        if (Math.abs(sum) < largest * 1e-8) {
          return SignedLog.of(1, Double.NaN); // cancelled inside the series
        }
        return SignedLog.of((int) Math.signum(sum), logScale + Math.log(Math.abs(sum)));
      }
    }
    return SignedLog.of(1, Double.NaN);
  }

  /** A real number as sign and log of its magnitude; sign 0 is zero. */
  record SignedLog(int sign, double log) {
    static SignedLog of(int sign, double log) {
      return new SignedLog(sign, log);
    }

    SignedLog times(SignedLog o) {
      if (sign == 0 || o.sign == 0) {
        return new SignedLog(0, Double.NEGATIVE_INFINITY);
      }
      return new SignedLog(sign * o.sign, log + o.log);
    }

    SignedLog over(SignedLog o) {
      if (o.sign == 0) { // 1 / Gamma(pole) = 0
        return new SignedLog(0, Double.NEGATIVE_INFINITY);
      }
      if (sign == 0) {
        return this;
      }
      return new SignedLog(sign * o.sign, log - o.log);
    }

    SignedLog plus(SignedLog o) {
      if (sign == 0) {
        return o;
      }
      if (o.sign == 0) {
        return this;
      }
      double hi = Math.max(log, o.log);
      double v = sign * Math.exp(log - hi) + o.sign * Math.exp(o.log - hi);
      return new SignedLog((int) Math.signum(v), hi + Math.log(Math.abs(v)));
    }
  }
}
