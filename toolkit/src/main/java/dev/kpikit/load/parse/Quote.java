package dev.kpikit.load.parse;

/** Quotes a rejected value for a reason, shortening very long values so a ledger line stays short. */
final class Quote {
  private static final int MAX_SHOWN = 60;

  private Quote() {}

  static String of(Object value) {
    String text = String.valueOf(value);
    if (text.length() > MAX_SHOWN) {
      text = text.substring(0, MAX_SHOWN - 1) + '\u2026';
    }
    return "'" + text + "'";
  }

  /** A failure for a value of a type the parser does not read, e.g. a Boolean in a date column. */
  static ParseFailure unsupportedType(Object value, String noun) {
    return new ParseFailure(
        of(value) + " is not " + noun + " (a " + value.getClass().getSimpleName() + " value)");
  }
}
