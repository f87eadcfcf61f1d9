package dev.kpikit.load.parse;

/**
 * Reads the digits of a decimal value (no sign, no currency, no percent sign): digits with
 * thousands separators in groups of three, one decimal separator, and for numbers an exponent.
 *
 * <p>The result is exactly {@code Double.parseDouble} of the plain text (separators removed, the
 * decimal separator written as {@code .}), shifted by {@code 10^-shift}. Values with at most 18
 * significant digits, below 2^53 and a scale of at most 22 take the exact fast path (one correctly
 * rounded multiplication or division of two exact doubles, as in Clinger's algorithm) without
 * allocating; the rest build the plain text and call {@code Double.parseDouble}.
 */
final class DecimalDigits {
  /** 10^0 to 10^22, each exact in a double. */
  static final double[] POWERS_OF_TEN = powersOfTen(22);
  private static final long EXACT_LIMIT = 1L << 53;
  private static final int MAX_EXACT_DIGITS = 18;
  private static final int MAX_EXPONENT_DIGITS = 4;

  private DecimalDigits() {}

  /**
   * The value of {@code s[from, to)} divided by {@code 10^shift}.
   *
   * @param s the whole value, quoted in the reason of a failure
   * @throws ParseFailure when the text is not a well-formed decimal
   */
  static double value(String s, int from, int to, NumericKind kind, char decimal, int shift) {
    char group = decimal == '.' ? ',' : '.';
    long mantissa = 0;
    int significant = 0;
    int digits = 0;
    int fractionDigits = 0;
    int leadingDigits = 0;
    int groupDigits = -1;
    boolean fraction = false;
    int i = from;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        if (significant > 0 || c != '0') {
          significant++;
          mantissa = significant <= MAX_EXACT_DIGITS ? mantissa * 10 + (c - '0') : mantissa;
        }
        if (fraction) {
          fractionDigits++;
        } else if (groupDigits >= 0) {
          groupDigits++;
        } else {
          leadingDigits++;
        }
      } else if (c == group && !fraction) {
        if (groupDigits < 0 ? leadingDigits == 0 || leadingDigits > 3 : groupDigits != 3) {
          throw misplacedGroup(s, kind);
        }
        groupDigits = 0;
      } else if (c == decimal && !fraction) {
        if (groupDigits >= 0 && groupDigits != 3) {
          throw misplacedGroup(s, kind);
        }
        fraction = true;
      } else if ((c == 'e' || c == 'E') && kind.acceptsExponent && digits > 0) {
        break;
      } else {
        throw unexpected(s, i, to, kind);
      }
    }
    if (!fraction && groupDigits >= 0 && groupDigits != 3) {
      throw misplacedGroup(s, kind);
    }
    if (digits == 0) {
      throw kind.reject(s, "no digits");
    }
    int exponent = i < to ? exponent(s, i + 1, to, kind) : 0;
    int scale = fractionDigits + shift - exponent;
    double result;
    if (significant <= MAX_EXACT_DIGITS && mantissa < EXACT_LIMIT && Math.abs(scale) <= 22) {
      result = scale >= 0 ? mantissa / POWERS_OF_TEN[scale] : mantissa * POWERS_OF_TEN[-scale];
    } else {
      result = Double.parseDouble(plainText(s, from, to, group, decimal, shift));
    }
    if (Double.isInfinite(result)) {
      throw kind.reject(s, "too large");
    }
    return result;
  }

  private static int exponent(String s, int from, int to, NumericKind kind) {
    int i = from;
    boolean negative = i < to && s.charAt(i) == '-';
    if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
      i++;
    }
    if (i == to || to - i > MAX_EXPONENT_DIGITS) {
      throw kind.reject(s, "malformed exponent");
    }
    int value = 0;
    for (; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        throw kind.reject(s, "malformed exponent");
      }
      value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
  }

  /** The text Double.parseDouble reads: separators dropped, decimal point '.', shift as exponent. */
  private static String plainText(String s, int from, int to, char group, char decimal, int shift) {
    StringBuilder plain = new StringBuilder(to - from + 4);
    boolean exponent = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      exponent |= c == 'e' || c == 'E';
      if (c == decimal && !exponent) {
        plain.append('.');
      } else if (c != group || exponent) {
        plain.append(c);
      }
    }
    return shift == 0 ? plain.toString() : plain.append("E-").append(shift).toString();
  }

  private static ParseFailure misplacedGroup(String s, NumericKind kind) {
    return kind.reject(s, "misplaced thousands separator");
  }

  /** The failure for the character at {@code i}; a blank is reported by what follows it. */
  private static ParseFailure unexpected(String s, int i, int to, NumericKind kind) {
    char c = s.charAt(i);
    if (Blank.is(c)) {
      int next = i;
      while (next < to && Blank.is(s.charAt(next))) {
        next++;
      }
      char after = s.charAt(next);
      return after >= '0' && after <= '9'
          ? kind.reject(s, "a blank inside the digits")
          : unexpected(s, next, to, kind);
    }
    if ((c == 'e' || c == 'E') && !kind.acceptsExponent) {
      return kind.reject(s, "scientific notation is only accepted in number columns");
    }
    return kind.reject(s, "unexpected '" + c + "'");
  }

  private static double[] powersOfTen(int max) {
    double[] powers = new double[max + 1];
    powers[0] = 1;
    for (int k = 1; k <= max; k++) {
      powers[k] = powers[k - 1] * 10;
    }
    return powers;
  }
}
