package dev.kpikit.load.parse;

import java.util.Currency;

/**
 * Recognises currency marks next to an amount: any Unicode currency symbol ({@code $ € £ ¥ ₹ ...},
 * one character) or an ISO 4217 code in capitals ({@code USD}, {@code EUR}) not glued to other
 * letters.
 */
final class CurrencyMark {
  private static final int LETTERS = 26;
  private static final boolean[] ISO_CODES = isoCodes();

  private CurrencyMark() {}

  /** Length of the currency mark that starts at {@code i} (before {@code to}), or 0. */
  static int lengthAt(String s, int i, int to) {
    if (Character.getType(s.charAt(i)) == Character.CURRENCY_SYMBOL) {
      return 1;
    }
    boolean code = i + 3 <= to && isCode(s, i) && (i + 3 == to || !isLetter(s.charAt(i + 3)));
    return code ? 3 : 0;
  }

  /** Length of the currency mark that ends just before {@code to} (after {@code from}), or 0. */
  static int lengthBefore(String s, int from, int to) {
    if (Character.getType(s.charAt(to - 1)) == Character.CURRENCY_SYMBOL) {
      return 1;
    }
    int i = to - 3;
    boolean code = i >= from && isCode(s, i) && (i == from || !isLetter(s.charAt(i - 1)));
    return code ? 3 : 0;
  }

  private static boolean isCode(String s, int i) {
    char a = s.charAt(i);
    char b = s.charAt(i + 1);
    char c = s.charAt(i + 2);
    return isCapital(a) && isCapital(b) && isCapital(c) && ISO_CODES[index(a, b, c)];
  }

  private static boolean isLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static int index(char a, char b, char c) {
    return ((a - 'A') * LETTERS + (b - 'A')) * LETTERS + (c - 'A');
  }

  private static boolean[] isoCodes() {
    boolean[] known = new boolean[LETTERS * LETTERS * LETTERS];
    for (Currency currency : Currency.getAvailableCurrencies()) {
      String code = currency.getCurrencyCode();
      if (code.length() == 3 && code.chars().allMatch(ch -> isCapital((char) ch))) {
        known[index(code.charAt(0), code.charAt(1), code.charAt(2))] = true;
      }
    }
    return known;
  }
}
