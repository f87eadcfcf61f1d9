package dev.kpikit.load.parse;

/**
 * Reads the plainest shapes of dates and numbers straight from the bytes of an ASCII-compatible
 * file (UTF-8, ISO-8859-1), without creating a {@code String}: the loader's fast path for the
 * values that fill nearly every row of an export.
 *
 * <p>Each method accepts one strict shape and returns a sentinel for anything else, valid or not
 * (blanks, signs other than a leading minus, separators, offsets, invalid dates...). The caller
 * then decodes the text and uses the full parser ({@link DateParser}, {@link MoneyParser}, {@link
 * NumberParser}, {@link IntegerParser}), which reads it or gives the reason it does not. Whenever
 * a method here returns a value, it is exactly the value the full parser returns for the same
 * text.
 *
 * @since 0.1.0
 */
public final class AsciiValues {
  /** Returned by {@link #isoDate} for text that is not a plain, existing {@code yyyy-MM-dd}. */
  public static final int NOT_SIMPLE_DATE = Integer.MIN_VALUE;

  /** Returned by {@link #plainInteger} for text that is not a plain whole number in int range. */
  public static final long NOT_SIMPLE_INTEGER = Long.MIN_VALUE;

  private static final int ISO_DATE_LENGTH = 10;
  private static final int MAX_EXACT_DIGITS = 18;
  private static final long EXACT_LIMIT = 1L << 53;
  private static final int MAX_INT_DIGITS = 10;
  private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private AsciiValues() {}

  /**
   * Reads {@code yyyy-MM-dd} exactly (no blanks, no time) as a date packed the way Tablesaw's
   * {@code PackedLocalDate} packs it.
   *
   * @param b the bytes
   * @param from index of the first byte of the value
   * @param to index after its last byte
   * @return the packed date, or {@link #NOT_SIMPLE_DATE} for any other text, including dates
   *     that do not exist
   */
  public static int isoDate(byte[] b, int from, int to) {
    if (to - from != ISO_DATE_LENGTH || b[from + 4] != '-' || b[from + 7] != '-') {
      return NOT_SIMPLE_DATE;
    }
    int year = digits(b, from, 4);
    int month = digits(b, from + 5, 2);
    int day = digits(b, from + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
      return NOT_SIMPLE_DATE;
    }
    return (year << 16) + (month << 8) + day;
  }

  /**
   * Reads {@code [-]digits[<decimal>digits]} (no blanks, thousands separators, currency or
   * exponent) as {@link MoneyParser} and {@link NumberParser} do: exactly {@code
   * Double.parseDouble} of the text, zero as {@code +0.0}.
   *
   * @param b the bytes
   * @param from index of the first byte of the value
   * @param to index after its last byte
   * @param decimal the decimal separator, {@code .} or {@code ,}
   * @return the value, or NaN for any other text and for values with more than 18 significant
   *     digits (which need the full parser's exact rounding)
   */
  public static double plainDecimal(byte[] b, int from, int to, char decimal) {
    int i = from;
    boolean minus = i < to && b[i] == '-';
    if (minus) {
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int digits = 0;
    int fractionDigits = 0;
    boolean fraction = false;
    for (; i < to; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        digits++;
        if (significant > 0 || c != '0') {
          if (++significant > MAX_EXACT_DIGITS) {
            return Double.NaN;
          }
          mantissa = mantissa * 10 + (c - '0');
        }
        if (fraction) {
          fractionDigits++;
        }
      } else if (c == decimal && !fraction) {
        fraction = true;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0 || mantissa >= EXACT_LIMIT || fractionDigits > MAX_EXACT_DIGITS) {
      return Double.NaN;
    }
    double magnitude = mantissa / DecimalDigits.POWERS_OF_TEN[fractionDigits];
    if (magnitude == 0) {
      return 0.0;
    }
    return minus ? -magnitude : magnitude;
  }

  /**
   * Reads {@code [-]digits} (no blanks, sign plus or fraction) as {@link IntegerParser} does.
   *
   * @param b the bytes
   * @param from index of the first byte of the value
   * @param to index after its last byte
   * @return the value, or {@link #NOT_SIMPLE_INTEGER} for any other text and out-of-range values
   */
  public static long plainInteger(byte[] b, int from, int to) {
    int i = from;
    boolean minus = i < to && b[i] == '-';
    if (minus) {
      i++;
    }
    if (i == to || to - i > MAX_INT_DIGITS) {
      return NOT_SIMPLE_INTEGER;
    }
    long value = 0;
    for (; i < to; i++) {
      int c = b[i];
      if (c < '0' || c > '9') {
        return NOT_SIMPLE_INTEGER;
      }
      value = value * 10 + (c - '0');
    }
    value = minus ? -value : value;
    return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? NOT_SIMPLE_INTEGER : value;
  }

  private static int monthLength(int year, int month) {
    boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && leap ? 29 : MONTH_DAYS[month - 1];
  }

  /** The value of {@code count} ASCII digits at {@code at}, or -1. */
  private static int digits(byte[] b, int at, int count) {
    int value = 0;
    for (int i = at; i < at + count; i++) {
      int c = b[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
