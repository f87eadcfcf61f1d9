package dev.kpikit.metrics;

/**
 * The Wilson score interval of a proportion (Wilson 1927): for {@code events} out of {@code n},
 * with p = events / n and z the normal quantile of the confidence level,
 *
 * <pre>
 *   centre    = (p + z² / 2n) / (1 + z² / n)
 *   half-width = z · √(p (1 − p) / n + z² / 4n²) / (1 + z² / n)
 * </pre>
 *
 * It stays inside [0, 1] and keeps its coverage near the nominal level for small n and for rates
 * near 0 or 1, where the normal (Wald) interval does not. It equals R's {@code
 * prop.test(events, n, correct = FALSE)$conf.int}. Used for the report's rates by segment
 * (churn, attrition, repeat purchase).
 *
 * @param lower the lower bound, a ratio in [0, 1]; NaN when n is 0
 * @param upper the upper bound, a ratio in [0, 1]; NaN when n is 0
 * @since 0.3.0
 */
public record WilsonInterval(double lower, double upper) {
  /** The normal quantile of a two-sided 95 % interval, Φ⁻¹(0.975). */
  public static final double Z95 = 1.959963984540054;

  /**
   * The 95 % interval.
   *
   * @param events the count with the property (e.g. churned customers), {@code 0 <= events <= n}
   * @param n the count of all (e.g. customers); 0 gives NaN bounds
   * @return the interval
   * @throws IllegalArgumentException when the counts are negative or events exceed n
   */
  public static WilsonInterval of95(long events, long n) {
    return of(events, n, Z95);
  }

  /**
   * The interval at the confidence level of {@code z}.
   *
   * @param events the count with the property, {@code 0 <= events <= n}
   * @param n the count of all; 0 gives NaN bounds
   * @param z the normal quantile, e.g. {@link #Z95}
   * @return the interval
   * @throws IllegalArgumentException when the counts are negative or events exceed n
   */
  public static WilsonInterval of(long events, long n, double z) {
    if (events < 0 || n < 0 || events > n) {
      throw new IllegalArgumentException("expected 0 <= events <= n, got " + events + " of " + n);
    }
    if (n == 0) {
      return new WilsonInterval(Double.NaN, Double.NaN);
    }
    double p = (double) events / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
