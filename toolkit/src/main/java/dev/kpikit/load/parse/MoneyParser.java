package dev.kpikit.load.parse;

/**
 * Reads amounts of money ({@link dev.kpikit.schema.ColumnType#MONEY}) as exported by shops,
 * spreadsheets and accounting tools. Immutable and thread-safe.
 *
 * <p>Accepted, with decimal separator {@code .}: {@code 1234.5}, {@code 1,234.50}, {@code
 * $1,234.50}, {@code -$1,665}, {@code $-1,665}, {@code -12}, {@code +12}, {@code (12.00)} and {@code
 * ($12.00)} (accounting negatives, = -12), {@code USD 12.00}, {@code 12.00 EUR}, {@code £5}. With
 * decimal separator {@code ,}: {@code 1.234,50} and {@code € 12,00} (= 1234.5 and 12).
 *
 * <ul>
 *   <li>Currency marks (any one Unicode currency symbol such as {@code $ € £ ¥}, or one ISO 4217
 *       code in capitals) are accepted before or after the number and ignored: amounts are never
 *       converted.
 *   <li>Blanks around the value and between marks and digits, including no-break spaces, are
 *       ignored; blanks inside the digits are not.
 *   <li>Thousands separators (the other of {@code ,} and {@code .}) must separate groups of three
 *       digits: {@code 1,23.4} is rejected. A value that only reads with the other decimal
 *       separator ({@code 12,50} or {@code 1.234,50} when the separator is {@code .}) is rejected
 *       with a reason that names the {@code decimal_separator} setting; it is never guessed.
 *   <li>Rejected: a trailing sign ({@code 12-}), a sign inside parentheses, two currency marks,
 *       scientific notation ({@code 1e3}: exports do not write amounts that way, so it is more
 *       likely a mangled code than money).
 * </ul>
 *
 * <p>The result is exactly {@code Double.parseDouble} of the plain digits ({@code 0.1} is the
 * double nearest to 0.1); a zero amount is always {@code +0.0}, also for {@code -0} and {@code
 * (0.00)}.
 *
 * @since 0.1.0
 */
public final class MoneyParser {
  private final char decimalSeparator;

  /**
   * Creates a parser.
   *
   * @param decimalSeparator {@code .} or {@code ,} (config {@code decimal_separator})
   * @throws IllegalArgumentException for any other separator
   */
  public MoneyParser(char decimalSeparator) {
    this.decimalSeparator = NumericText.checkDecimalSeparator(decimalSeparator);
  }

  /**
   * Reads one amount.
   *
   * @param s a non-blank text, e.g. {@code -$1,665}
   * @return the amount in the file's currency; negative for refunds and credits
   * @throws ParseFailure when {@code s} is not an amount, with the reason
   */
  public double parse(String s) {
    return NumericText.parse(s, NumericKind.MONEY, decimalSeparator);
  }

  /**
   * Reads one amount from a typed source (Parquet).
   *
   * @param v a String (read as {@link #parse}), or a Number such as Double, Long or BigDecimal
   * @return the amount
   * @throws ParseFailure for NaN, infinities and values of other types
   */
  public double parseValue(Object v) {
    return NumericText.parseValue(v, NumericKind.MONEY, decimalSeparator);
  }
}
