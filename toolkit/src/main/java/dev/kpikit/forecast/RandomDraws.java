package dev.kpikit.forecast;

import java.util.SplittableRandom;

/**
 * The random draws of the driver simulation, built so that scenarios share their random numbers.
 *
 * <p>Every count (binomial, Poisson) and every period shock consumes exactly one uniform number,
 * whatever its parameters, and maps it through the distribution's quantile function: a scenario
 * that changes a rate changes the draw monotonically and never shifts the stream. Counts are exact
 * (inversion of the probability mass function) while their expected count is below {@link
 * #EXACT_BELOW} (binomial) or {@link #POISSON_EXACT_BELOW} (Poisson); above it they use the normal
 * quantile with the Cornish–Fisher terms for skewness (and, for Poisson, kurtosis), rounded, whose
 * error is far below one count's sampling noise at those sizes.
 *
 * <p>Streams: {@link #stream(long, int, int)} gives each (seed, path, driver) its own {@link
 * SplittableRandom}, so a path's draws do not depend on which thread simulates it, nor on how many
 * paths run, and adding a driver does not move the others.
 *
 * @since 0.2.0
 */
public final class RandomDraws {
  /**
   * Expected count (for a binomial, n·min(p, 1-p)) below which counts are drawn exactly by
   * inversion; at or above it, by the skewness-corrected normal approximation.
   */
  public static final double EXACT_BELOW = 50;

  /** Expected count below which Poisson counts are drawn exactly by inversion. */
  public static final double POISSON_EXACT_BELOW = 20;

  /** 1 / (k + 1) for the inversion loops, which stay below 4 × {@link #EXACT_BELOW} steps mostly. */
  private static final double[] RECIPROCAL = new double[256];

  static {
    for (int k = 0; k < RECIPROCAL.length; k++) {
      RECIPROCAL[k] = 1.0 / (k + 1);
    }
  }

  private RandomDraws() {}

  private static double reciprocal(long k) {
    return k < RECIPROCAL.length ? RECIPROCAL[(int) k] : 1.0 / (k + 1);
  }

  /**
   * @param seed the simulation's seed
   * @param path the path index
   * @param driver the driver's stream number
   * @return an independent stream for that path and driver
   */
  public static SplittableRandom stream(long seed, int path, int driver) {
    long s = mix(seed ^ 0x9E3779B97F4A7C15L);
    s = mix(s + path * 0xBF58476D1CE4E5B9L);
    s = mix(s + driver * 0x94D049BB133111EBL);
    return new SplittableRandom(s);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * @param rng the stream
   * @return a uniform number in the open interval (0, 1)
   */
  public static double uniform(SplittableRandom rng) {
    return ((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }

  /**
   * A binomial count by its quantile function at {@code u}.
   *
   * @param u a uniform number in (0, 1)
   * @param n the number of trials, at least 0
   * @param p the success probability (clamped to [0, 1])
   * @return the count, in [0, n]; non-decreasing in {@code u}, {@code n} and {@code p}
   */
  public static long binomial(double u, long n, double p) {
    if (n <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    if (p > 0.5) {
      return n - binomial(1 - u, n, 1 - p);
    }
    double mean = n * p;
    if (mean < EXACT_BELOW) {
      double q = 1 - p;
      double f = Math.exp(n * Math.log1p(-p));
      double cdf = f;
      long k = 0;
      double ratio = p / q;
      while (cdf < u && k < n) {
        f *= (n - k) * ratio * reciprocal(k);
        k++;
        cdf += f;
      }
      return k;
    }
    double sd = Math.sqrt(mean * (1 - p));
    double z = normalQuantile(u);
    double x = mean + z * sd + (z * z - 1) * (1 - 2 * p) / 6;
    return Math.max(0, Math.min(n, Math.round(x)));
  }

  /**
   * A Poisson count by its quantile function at {@code u}.
   *
   * @param u a uniform number in (0, 1)
   * @param mean the expected count, at least 0
   * @return the count; non-decreasing in {@code u} and {@code mean}
   */
  public static long poisson(double u, double mean) {
    if (!(mean > 0)) {
      return 0;
    }
    if (mean < POISSON_EXACT_BELOW) {
      double f = Math.exp(-mean);
      double cdf = f;
      long k = 0;
      while (cdf < u && k < 10_000) {
        f *= mean * reciprocal(k);
        k++;
        cdf += f;
      }
      return k;
    }
    double z = normalQuantile(u);
    double root = Math.sqrt(mean);
    double z3 = z * z * z;
    double x = mean + root * z + (z * z - 1) / 6 + ((z3 - 3 * z) / 24 - (2 * z3 - 5 * z) / 36) / root;
    return Math.max(0, Math.round(x));
  }

  /**
   * A Gamma variate (Marsaglia and Tsang 2000; shape below 1 by the boost u^(1/shape)).
   *
   * @param rng the stream
   * @param shape the shape, above 0
   * @param rate the rate (1 / scale), above 0
   * @return the variate, mean shape / rate
   */
  public static double gamma(SplittableRandom rng, double shape, double rate) {
    if (shape < 1) {
      double boost = Math.pow(uniform(rng), 1 / shape);
      return gamma(rng, shape + 1, rate) * boost;
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = normalQuantile(uniform(rng));
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = uniform(rng);
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v / rate;
      }
    }
  }

  /**
   * @param rng the stream
   * @param a the first shape (successes + prior), above 0
   * @param b the second shape (failures + prior), above 0
   * @return a Beta(a, b) variate
   */
  public static double beta(SplittableRandom rng, double a, double b) {
    double x = gamma(rng, a, 1);
    double y = gamma(rng, b, 1);
    return x / (x + y);
  }

  /**
   * A Gamma variate with a given mean and standard deviation (shape (m/sd)², rate m/sd²).
   *
   * @param rng the stream
   * @param mean the mean, at least 0
   * @param sd the standard deviation; 0 returns the mean without drawing
   * @return the variate
   */
  public static double gammaWithMoments(SplittableRandom rng, double mean, double sd) {
    if (!(sd > 0) || !(mean > 0)) {
      return Math.max(0, mean);
    }
    double shape = (mean / sd) * (mean / sd);
    return gamma(rng, shape, shape / mean);
  }

  /**
   * A Beta variate with a given mean and standard deviation (moment matching; the standard
   * deviation is capped below the largest a Beta with that mean can have).
   *
   * @param rng the stream
   * @param mean the mean, in [0, 1]
   * @param sd the standard deviation; 0 returns the mean without drawing
   * @return the variate, in [0, 1]
   */
  public static double betaWithMoments(SplittableRandom rng, double mean, double sd) {
    if (!(sd > 0) || !(mean > 0) || !(mean < 1)) {
      return Math.min(1, Math.max(0, mean));
    }
    double n = Math.max(mean * (1 - mean) / (sd * sd) - 1, 1e-3);
    return beta(rng, mean * n, (1 - mean) * n);
  }

  /**
   * @param rng the stream
   * @return a standard normal variate (one uniform through {@link #normalQuantile})
   */
  public static double normal(SplittableRandom rng) {
    return normalQuantile(uniform(rng));
  }

  /**
   * The standard normal quantile function (Acklam's rational approximation, relative error below
   * 1.2e-9).
   *
   * @param p a probability in (0, 1)
   * @return z with Φ(z) = p
   */
  public static double normalQuantile(double p) {
    if (p <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p >= 1) {
      return Double.POSITIVE_INFINITY;
    }
    double q;
    double x;
    if (p < 0.02425) {
      q = Math.sqrt(-2 * Math.log(p));
      x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else if (p <= 1 - 0.02425) {
      q = p - 0.5;
      double r = q * q;
      x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
          / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    } else {
      q = Math.sqrt(-2 * Math.log(1 - p));
      x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    return x;
  }

  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
    6.680131188771972e+01, -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549671058791818e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };
}
