package dev.kpikit.metrics;

/**
 * An array of money sums with Neumaier (improved Kahan) compensation, so totals over millions of
 * rows do not depend on row order beyond the last bit and match a reference engine to 1e-12. Missing
 * (NaN) values are skipped; a cell to which only missing values were added stays missing.
 */
final class CompensatedSums {
  private final double[] sum;
  private final double[] compensation;
  private final boolean[] seen;

  CompensatedSums(int cells) {
    sum = new double[cells];
    compensation = new double[cells];
    seen = new boolean[cells];
  }

  /** Adds {@code value} to {@code cell}, ignoring a missing (NaN) value. */
  void add(int cell, double value) {
    if (Double.isNaN(value)) {
      return;
    }
    double s = sum[cell];
    double t = s + value;
    if (Math.abs(s) >= Math.abs(value)) {
      compensation[cell] += (s - t) + value;
    } else {
      compensation[cell] += (value - t) + s;
    }
    sum[cell] = t;
    seen[cell] = true;
  }

  /** @return the compensated sum of {@code cell}, 0 when nothing was added */
  double get(int cell) {
    return sum[cell] + compensation[cell];
  }

  /** @return the sum of {@code cell}, or NaN (missing) when no value was added to it */
  double getOrMissing(int cell) {
    return seen[cell] ? get(cell) : Double.NaN;
  }
}
