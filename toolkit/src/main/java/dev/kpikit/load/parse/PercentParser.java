package dev.kpikit.load.parse;

/**
 * Reads percentages ({@link dev.kpikit.schema.ColumnType#PERCENT}) as fractions: {@code 16%} is
 * 0.16, {@code -3.5 %} is -0.035, {@code (2%)} is -0.02. A number without {@code %} is taken to be
 * a fraction already: {@code 0.16} is 0.16 and {@code 16} is 16 (1600 %). Immutable and
 * thread-safe.
 *
 * <p>Thousands separators, blanks and the decimal separator follow {@link NumberParser}; currency
 * marks and scientific notation are rejected. {@code 16%} gives exactly the double nearest to 0.16
 * (the percent sign shifts the decimal exponent; it does not divide an inexact double by 100).
 *
 * @since 0.1.0
 */
public final class PercentParser {
  private final char decimalSeparator;

  /**
   * Creates a parser.
   *
   * @param decimalSeparator {@code .} or {@code ,} (config {@code decimal_separator})
   * @throws IllegalArgumentException for any other separator
   */
  public PercentParser(char decimalSeparator) {
    this.decimalSeparator = NumericText.checkDecimalSeparator(decimalSeparator);
  }

  /**
   * Reads one percentage.
   *
   * @param s a non-blank text, e.g. {@code 16%} or {@code 0.16}
   * @return the fraction, e.g. 0.16
   * @throws ParseFailure when {@code s} is not a percentage, with the reason
   */
  public double parse(String s) {
    return NumericText.parse(s, NumericKind.PERCENT, decimalSeparator);
  }

  /**
   * Reads one percentage from a typed source (Parquet).
   *
   * @param v a String (read as {@link #parse}), or a Number, taken to be a fraction already
   * @return the fraction
   * @throws ParseFailure for NaN, infinities and values of other types
   */
  public double parseValue(Object v) {
    return NumericText.parseValue(v, NumericKind.PERCENT, decimalSeparator);
  }
}
