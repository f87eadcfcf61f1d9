package dev.kpikit.metrics;

/**
 * The two measured sides of one balance, before its index, band and status are applied (see
 * {@link Balances}).
 *
 * @param name the balance, e.g. {@code growth_vs_churn}
 * @param leftLabel what the left value measures
 * @param left the left value, NaN when it cannot be computed from the data given
 * @param rightLabel what the right value measures
 * @param right the right value, NaN when it cannot be computed
 * @param indexed false for a balance whose sides have different units (no index)
 */
record BalanceSides(
    String name, String leftLabel, double left, String rightLabel, double right, boolean indexed) {

  /** @return sides of the same unit, compared by the index */
  static BalanceSides of(String name, String leftLabel, double left, String rightLabel, double right) {
    return new BalanceSides(name, leftLabel, left, rightLabel, right, true);
  }

  /** @return both sides missing: the data they need was not given */
  static BalanceSides missing(String name, String leftLabel, String rightLabel) {
    return of(name, leftLabel, Double.NaN, rightLabel, Double.NaN);
  }
}
