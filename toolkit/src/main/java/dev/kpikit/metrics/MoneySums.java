package dev.kpikit.metrics;

/**
 * Money totals for many cells at once (one cell per period and segment), added with Neumaier's
 * compensated summation so that long sums agree with an exact decimal sum to about 1e-15 relative.
 *
 * <p>A missing (NaN) value is not added; the cell remembers it, so a caller can choose between the
 * SQL {@code SUM} reading ({@link #sumOfKnown}: missing values are skipped) and the strict one
 * ({@link #total}: one missing value makes the total unknown).
 */
final class MoneySums {
  private final double[] sum;
  private final double[] compensation;
  private final int[] known;
  private final boolean[] hasMissing;

  MoneySums(int cells) {
    sum = new double[cells];
    compensation = new double[cells];
    known = new int[cells];
    hasMissing = new boolean[cells];
  }

  void add(int cell, double value) {
    if (Double.isNaN(value)) {
      hasMissing[cell] = true;
      return;
    }
    double s = sum[cell];
    double t = s + value;
    compensation[cell] += Math.abs(s) >= Math.abs(value) ? (s - t) + value : (value - t) + s;
    sum[cell] = t;
    known[cell]++;
  }

  /** Forgets everything added to the cell. */
  void reset(int cell) {
    sum[cell] = 0;
    compensation[cell] = 0;
    known[cell] = 0;
    hasMissing[cell] = false;
  }

  /** The sum of the known values, or NaN when the cell has none (like SQL {@code SUM}). */
  double sumOfKnown(int cell) {
    return known[cell] == 0 ? Double.NaN : sum[cell] + compensation[cell];
  }

  /** The sum of all values: 0 for an empty cell, NaN when any value added was missing. */
  double total(int cell) {
    return hasMissing[cell] ? Double.NaN : sum[cell] + compensation[cell];
  }
}
