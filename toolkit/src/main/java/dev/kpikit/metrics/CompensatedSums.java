package dev.kpikit.metrics;

/**
 * Money totals for many cells at once (e.g. one cell per period and segment), added with
 * Neumaier's compensated summation so that long sums do not depend on row order beyond the last bit
 * and agree with an exact decimal sum to about 1e-15 relative.
 *
 * <p>A missing (NaN) value is not added, but the cell remembers it, so a caller can choose the SQL
 * {@code SUM} reading ({@link #getOrMissing}: missing values skipped, missing when none is known),
 * the zero-based one ({@link #get}) or the strict one ({@link #total}: one missing value makes the
 * total unknown).
 */
final class CompensatedSums {
  private final double[] sum;
  private final double[] compensation;
  private final int[] known;
  private final boolean[] hasMissing;

  CompensatedSums(int cells) {
    sum = new double[cells];
    compensation = new double[cells];
    known = new int[cells];
    hasMissing = new boolean[cells];
  }

  /** Adds {@code value} to {@code cell}; a missing (NaN) value is only remembered. */
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

  /** @return the sum of the known values of {@code cell}, 0 when none was added */
  double get(int cell) {
    return sum[cell] + compensation[cell];
  }

  /** @return the sum of the known values, or NaN when the cell has none (like SQL {@code SUM}) */
  double getOrMissing(int cell) {
    return known[cell] == 0 ? Double.NaN : get(cell);
  }

  /** @return the sum of all values: 0 for an empty cell, NaN when any value added was missing */
  double total(int cell) {
    return hasMissing[cell] ? Double.NaN : get(cell);
  }
}
