package dev.kpikit.spark;

import java.io.Serializable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;

/**
 * A money sum on the cluster with the local engine's accuracy: Neumaier's compensated summation, as
 * the toolkit's {@code CompensatedSums} adds, with partial sums merged by adding their sum and
 * compensation. Spark's plain {@code sum} of doubles depends on the row order in the last bits, so a
 * cohort whose refunds cancel its purchases could give 1e-14 where the local engine gives 0, and a
 * ratio over it would be a number in one engine and missing in the other.
 *
 * <p>Like SQL {@code SUM}: null and NaN values are skipped, and a group without a value gives null.
 */
final class CompensatedSum extends Aggregator<Double, CompensatedSum.Partial, Double> {
  private static final long serialVersionUID = 1L;

  /** A partial sum: the running sum, its compensation and the number of values added. */
  public static final class Partial implements Serializable {
    private static final long serialVersionUID = 1L;
    private double sum;
    private double compensation;
    private long known;

    /** @return the running sum */
    public double getSum() {
      return sum;
    }

    /** @param sum the running sum */
    public void setSum(double sum) {
      this.sum = sum;
    }

    /** @return the accumulated rounding errors */
    public double getCompensation() {
      return compensation;
    }

    /** @param compensation the accumulated rounding errors */
    public void setCompensation(double compensation) {
      this.compensation = compensation;
    }

    /** @return the number of values added */
    public long getKnown() {
      return known;
    }

    /** @param known the number of values added */
    public void setKnown(long known) {
      this.known = known;
    }

    void add(double value) {
      double t = sum + value;
      compensation += Math.abs(sum) >= Math.abs(value) ? (sum - t) + value : (value - t) + sum;
      sum = t;
    }
  }

  /**
   * @param values a double column
   * @return the compensated sum of its values, null when none (an aggregate expression)
   */
  static Column of(Column values) {
    return functions.udaf(new CompensatedSum(), Encoders.DOUBLE()).apply(values);
  }

  @Override
  public Partial zero() {
    return new Partial();
  }

  @Override
  public Partial reduce(Partial partial, Double value) {
    if (value != null && !value.isNaN()) {
      partial.add(value);
      partial.known++;
    }
    return partial;
  }

  @Override
  public Partial merge(Partial a, Partial b) {
    a.add(b.sum);
    a.add(b.compensation);
    a.known += b.known;
    return a;
  }

  @Override
  public Double finish(Partial partial) {
    return partial.known == 0 ? null : partial.sum + partial.compensation;
  }

  @Override
  public Encoder<Partial> bufferEncoder() {
    return Encoders.bean(Partial.class);
  }

  @Override
  public Encoder<Double> outputEncoder() {
    return Encoders.DOUBLE();
  }
}
