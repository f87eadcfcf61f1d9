package dev.kpikit.load.parse;

/**
 * The blanks that surround values in exports and are ignored around them: space, tab, CR, LF and
 * the Unicode no-break spaces (U+00A0, which Superstore uses, U+2007 and U+202F).
 */
final class Blank {
  private Blank() {}

  static boolean is(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\r'
        || c == '\n';
  }

  /** Index of the first non-blank character of {@code s}, or its length when all blank. */
  static int start(String s) {
    int i = 0;
    while (i < s.length() && is(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index just after the last non-blank character of {@code s}, not below {@code start}. */
  static int end(String s, int start) {
    int e = s.length();
    while (e > start && is(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
