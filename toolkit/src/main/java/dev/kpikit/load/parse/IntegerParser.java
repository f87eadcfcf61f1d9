package dev.kpikit.load.parse;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads whole numbers ({@link dev.kpikit.schema.ColumnType#INTEGER}), e.g. tenure in months.
 *
 * <p>Accepted: {@code 12}, {@code +12}, {@code -3}, {@code " 12 "} (blanks around), {@code 12.0}
 * and {@code 12.00} (a zero fraction, as databases and pandas write whole numbers). Rejected, with
 * the reason: {@code 12.5} (a fractional part), {@code 1e3}, {@code 1,234} (no thousands
 * separators: the column has no decimal-separator setting to tell them apart), and values outside
 * {@code -2147483648..2147483647}.
 *
 * @since 0.1.0
 */
public final class IntegerParser {
  private static final String NOUN = "a whole number";
  private static final long LIMIT = 1L << 31;
  private static final String OUT_OF_RANGE =
      "out of range " + Integer.MIN_VALUE + ".." + Integer.MAX_VALUE;

  private IntegerParser() {}

  /**
   * Reads one whole number.
   *
   * @param s a non-blank text
   * @return the value
   * @throws ParseFailure when {@code s} is not a whole number in the int range, with the reason
   */
  public static int parse(String s) {
    int i = Blank.start(s);
    int to = Blank.end(s, i);
    boolean negative = i < to && s.charAt(i) == '-';
    if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    int digitsStart = i;
    long magnitude = 0;
    for (; i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
      magnitude = magnitude * 10 + (s.charAt(i) - '0');
      if (magnitude > LIMIT) {
        throw reject(s, OUT_OF_RANGE);
      }
    }
    if (i == digitsStart) {
      throw reject(s, "no digits");
    }
    if (i < to && s.charAt(i) == '.') {
      i = checkZeroFraction(s, i + 1, to);
    }
    if (i < to) {
      throw reject(s, "unexpected '" + s.charAt(i) + "'");
    }
    long value = negative ? -magnitude : magnitude;
    if (value > Integer.MAX_VALUE) {
      throw reject(s, OUT_OF_RANGE);
    }
    return (int) value;
  }

  /**
   * Reads one whole number from a typed source (Parquet).
   *
   * @param v a String (read as {@link #parse}); an Integer, Long, Short or Byte, BigInteger; or a
   *     Double, Float or BigDecimal without fractional part
   * @return the value
   * @throws ParseFailure for a fractional or out-of-range number, or a value of another type
   */
  public static int parseValue(Object v) {
    if (v instanceof String) {
      return parse((String) v);
    }
    BigDecimal exact = exactValue(v);
    if (exact == null) {
      throw Quote.unsupportedType(v, NOUN);
    }
    try {
      return exact.intValueExact();
    } catch (ArithmeticException notWholeOrTooLarge) {
      boolean whole = exact.stripTrailingZeros().scale() <= 0;
      throw reject(
          String.valueOf(v),
          whole ? OUT_OF_RANGE : "has a fractional part");
    }
  }

  private static BigDecimal exactValue(Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return BigDecimal.valueOf(((Number) v).longValue());
    }
    if (v instanceof BigInteger) {
      return new BigDecimal((BigInteger) v);
    }
    if (v instanceof BigDecimal) {
      return (BigDecimal) v;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(d) : null;
    }
    return null;
  }

  /** Skips the zeros after the decimal point; returns the index after them. */
  private static int checkZeroFraction(String s, int i, int to) {
    int start = i;
    for (; i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
      if (s.charAt(i) != '0') {
        throw reject(s, "has a fractional part");
      }
    }
    if (i == start) {
      throw reject(s, "no digits after the decimal point");
    }
    return i;
  }

  private static ParseFailure reject(String s, String why) {
    return new ParseFailure(Quote.of(s) + " is not " + NOUN + " (" + why + ")");
  }
}
