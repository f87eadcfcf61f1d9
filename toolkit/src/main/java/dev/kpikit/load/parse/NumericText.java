package dev.kpikit.load.parse;

import java.math.BigDecimal;

/**
 * Reads money, numbers and percentages: the marks around the digits (blanks, one sign, accounting
 * parentheses, one currency mark, a percent sign) in a single pass from each end, then the digits
 * with {@link DecimalDigits}.
 *
 * <p>The marks before the digits may come in any order ({@code -$1,665}, {@code $-1,665}, {@code
 * ($12.00)}, {@code USD 12.00}); after the digits only blanks, a currency mark, {@code %} and the
 * closing parenthesis are allowed ({@code 12.00 EUR}, {@code (12.00)}, {@code 16 %}). A trailing
 * minus ({@code 12-}) is rejected rather than guessed.
 */
final class NumericText {
  private static final char UNICODE_MINUS = '\u2212';

  private NumericText() {}

  static double parse(String s, NumericKind kind, char decimal) {
    int from = Blank.start(s);
    int to = Blank.end(s, from);
    boolean signed = false;
    boolean minus = false;
    boolean openParen = false;
    boolean currency = false;
    while (from < to) {
      char c = s.charAt(from);
      int mark;
      if (Blank.is(c)) {
        from++;
      } else if (isSign(c)) {
        if (signed) {
          throw kind.reject(s, "more than one sign");
        }
        signed = true;
        minus = c != '+';
        from++;
      } else if (c == '(' && !openParen) {
        openParen = true;
        from++;
      } else if ((mark = CurrencyMark.lengthAt(s, from, to)) > 0) {
        currency = checkCurrency(s, kind, currency);
        from += mark;
      } else {
        break;
      }
    }
    boolean closeParen = false;
    boolean percent = false;
    while (to > from) {
      char c = s.charAt(to - 1);
      int mark;
      if (Blank.is(c)) {
        to--;
      } else if (c == ')' && !closeParen) {
        closeParen = true;
        to--;
      } else if (c == '%' && kind.acceptsPercentSign && !percent) {
        percent = true;
        to--;
      } else if (isSign(c)) {
        throw kind.reject(s, "the sign must come before the number");
      } else if ((mark = CurrencyMark.lengthBefore(s, from, to)) > 0) {
        currency = checkCurrency(s, kind, currency);
        to -= mark;
      } else {
        break;
      }
    }
    if (openParen != closeParen) {
      throw kind.reject(s, "unbalanced parentheses");
    }
    if (openParen && signed) {
      throw kind.reject(s, "both parentheses and a sign");
    }
    double magnitude = digits(s, from, to, kind, decimal, percent ? 2 : 0);
    if (magnitude == 0) {
      return 0.0;
    }
    return minus || openParen ? -magnitude : magnitude;
  }

  /**
   * Reads a typed value: a String as {@link #parse}, a finite Number as its double value.
   *
   * @throws ParseFailure for NaN, infinities and other types
   */
  static double parseValue(Object v, NumericKind kind, char decimal) {
    if (v instanceof String) {
      return parse((String) v, kind, decimal);
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).doubleValue();
    }
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        throw kind.reject(String.valueOf(v), "not a finite value");
      }
      return d;
    }
    throw Quote.unsupportedType(v, kind.noun);
  }

  static char checkDecimalSeparator(char decimal) {
    if (decimal != '.' && decimal != ',') {
      throw new IllegalArgumentException(
          "decimal separator '" + decimal + "' is not supported, expected . or ,");
    }
    return decimal;
  }

  /** The digits; when they would read with the other decimal separator, the reason says so. */
  private static double digits(String s, int from, int to, NumericKind kind, char decimal, int shift) {
    try {
      return DecimalDigits.value(s, from, to, kind, decimal, shift);
    } catch (ParseFailure failure) {
      char other = decimal == '.' ? ',' : '.';
      if (!readsWith(s, from, to, kind, other)) {
        throw failure;
      }
      String example = other == ',' ? "1.234,50" : "1,234.50";
      throw kind.reject(
          s,
          "decimal separator is '"
              + decimal
              + "'; set decimal_separator: \""
              + other
              + "\" for "
              + example
              + " style");
    }
  }

  private static boolean readsWith(String s, int from, int to, NumericKind kind, char decimal) {
    try {
      DecimalDigits.value(s, from, to, kind, decimal, 0);
      return true;
    } catch (ParseFailure otherFailure) {
      return false;
    }
  }

  private static boolean checkCurrency(String s, NumericKind kind, boolean seen) {
    if (!kind.acceptsCurrency) {
      throw kind.reject(s, "currency marks are only accepted in money columns");
    }
    if (seen) {
      throw kind.reject(s, "more than one currency mark");
    }
    return true;
  }

  private static boolean isSign(char c) {
    return c == '-' || c == '+' || c == UNICODE_MINUS;
  }
}
