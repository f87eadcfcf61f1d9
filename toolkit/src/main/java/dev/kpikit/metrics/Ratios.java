package dev.kpikit.metrics;

/**
 * Division that never yields Infinity or NaN from a zero denominator: the result is missing
 * ({@link Double#NaN}, which Tablesaw shows as a missing value, CSV output as an empty field and
 * JSON output as {@code null}), the way SQL's {@code x / NULLIF(y, 0)} does.
 *
 * @since 0.1.0
 */
final class Ratios {
  private Ratios() {}

  /**
   * @param numerator the numerator, possibly missing (NaN)
   * @param denominator the denominator, possibly missing (NaN) or zero
   * @return {@code numerator / denominator}, or NaN (missing) when either is missing or the
   *     denominator is zero
   */
  public static double divide(double numerator, double denominator) {
    if (denominator == 0 || Double.isNaN(denominator) || Double.isNaN(numerator)) {
      return Double.NaN;
    }
    return numerator / denominator;
  }

  /**
   * The balance index {@code (left - right) / (left + right)} in [-1, 1] (DESIGN §4), missing when
   * either side is missing or both are zero.
   *
   * @param left the left measure (non-negative)
   * @param right the right measure (non-negative)
   * @return the index, or NaN (missing)
   */
  public static double balanceIndex(double left, double right) {
    return divide(left - right, left + right);
  }
}
