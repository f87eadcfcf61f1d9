package dev.kpikit.spark;

import java.io.Serializable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;

/**
 * A Spark aggregate that sums money as the toolkit does: Neumaier's compensated summation (the
 * local engine's {@code CompensatedSums}), so that a cluster total agrees with the local one to
 * about 1e-15 relative whatever the order Spark adds the rows in, and a period whose refunds cancel
 * its sales is 0 on both engines rather than 0 on one and 1e-14 on the other (Spark's {@code sum} of
 * doubles is the naive one). A missing value ({@code null} or NaN) is not added; the result is
 * {@code null} when no value was known (SQL {@code SUM}).
 */
final class CompensatedSum extends Aggregator<Double, CompensatedSum.Buffer, Double> {
  private static final long serialVersionUID = 1L;

  /** The running sum of one group: a Java bean, so Spark can encode it. */
  public static final class Buffer implements Serializable {
    private static final long serialVersionUID = 1L;
    private double sum;
    private double compensation;
    private long known;

    /** An empty sum. */
    public Buffer() {}

    /** @return the sum so far, without its compensation */
    public double getSum() {
      return sum;
    }

    /** @param sum the sum so far */
    public void setSum(double sum) {
      this.sum = sum;
    }

    /** @return the lost low-order part of the sum */
    public double getCompensation() {
      return compensation;
    }

    /** @param compensation the lost low-order part of the sum */
    public void setCompensation(double compensation) {
      this.compensation = compensation;
    }

    /** @return how many known values were added */
    public long getKnown() {
      return known;
    }

    /** @param known how many known values were added */
    public void setKnown(long known) {
      this.known = known;
    }

    void add(double value, double carried) {
      double t = sum + value;
      compensation += (Math.abs(sum) >= Math.abs(value) ? (sum - t) + value : (value - t) + sum) + carried;
      sum = t;
    }
  }

  private static final org.apache.spark.sql.expressions.UserDefinedFunction UDAF =
      functions.udaf(new CompensatedSum(), Encoders.DOUBLE());

  /**
   * @param values a double column
   * @return its compensated sum per group; {@code null} when the group has no known value
   */
  static Column of(Column values) {
    return UDAF.apply(values);
  }

  @Override
  public Buffer zero() {
    return new Buffer();
  }

  @Override
  public Buffer reduce(Buffer b, Double value) {
    if (value != null && !value.isNaN()) {
      b.add(value, 0);
      b.known++;
    }
    return b;
  }

  @Override
  public Buffer merge(Buffer a, Buffer b) {
    a.add(b.sum, b.compensation);
    a.known += b.known;
    return a;
  }

  @Override
  public Double finish(Buffer b) {
    return b.known == 0 ? null : b.sum + b.compensation;
  }

  @Override
  public Encoder<Buffer> bufferEncoder() {
    return Encoders.bean(Buffer.class);
  }

  @Override
  public Encoder<Double> outputEncoder() {
    return Encoders.DOUBLE();
  }
}
