package dev.kpikit.load.parse;

/**
 * Reads plain decimal numbers ({@link dev.kpikit.schema.ColumnType#NUMBER}), e.g. quantities,
 * units on hand, monthly charges. Immutable and thread-safe.
 *
 * <p>Accepted: {@code 12}, {@code -3.25}, {@code +7}, {@code .5}, {@code 1,234.5} (thousands
 * separators in groups of three), {@code 1.5e3} and {@code 2E-4} (scientific notation, as written
 * by Excel and databases), {@code (12)} (accounting negative). With decimal separator {@code ,}:
 * {@code 1.234,5} and {@code 1,5e3}. Blanks around the value are ignored.
 *
 * <p>Rejected: currency marks ({@code $12}: map the column as money), misplaced thousands
 * separators, a value that only reads with the other decimal separator (the reason names the
 * {@code decimal_separator} setting), a trailing sign, {@code NaN} and {@code Infinity}.
 *
 * <p>The result is exactly {@code Double.parseDouble} of the plain digits; zero is {@code +0.0}.
 *
 * @since 0.1.0
 */
public final class NumberParser {
  private final char decimalSeparator;

  /**
   * Creates a parser.
   *
   * @param decimalSeparator {@code .} or {@code ,} (config {@code decimal_separator})
   * @throws IllegalArgumentException for any other separator
   */
  public NumberParser(char decimalSeparator) {
    this.decimalSeparator = NumericText.checkDecimalSeparator(decimalSeparator);
  }

  /**
   * Reads one number.
   *
   * @param s a non-blank text, e.g. {@code 1,234.5}
   * @return the number
   * @throws ParseFailure when {@code s} is not a number, with the reason
   */
  public double parse(String s) {
    return NumericText.parse(s, NumericKind.NUMBER, decimalSeparator);
  }

  /**
   * Reads one number from a typed source (Parquet).
   *
   * @param v a String (read as {@link #parse}), or a Number such as Double, Long or BigDecimal
   * @return the number
   * @throws ParseFailure for NaN, infinities and values of other types
   */
  public double parseValue(Object v) {
    return NumericText.parseValue(v, NumericKind.NUMBER, decimalSeparator);
  }
}
