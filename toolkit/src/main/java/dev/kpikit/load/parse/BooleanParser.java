package dev.kpikit.load.parse;

/**
 * Reads yes/no flags ({@link dev.kpikit.schema.ColumnType#BOOLEAN}), e.g. Telco's {@code Churn} or
 * IBM HR's {@code Attrition}.
 *
 * <p>True: {@code yes}, {@code true}, {@code y}, {@code 1}; false: {@code no}, {@code false},
 * {@code n}, {@code 0}; in any letter case and with blanks around. Anything else is rejected.
 *
 * @since 0.1.0
 */
public final class BooleanParser {
  private static final String[] TRUE_WORDS = {"yes", "true", "y", "1"};
  private static final String[] FALSE_WORDS = {"no", "false", "n", "0"};

  private BooleanParser() {}

  /**
   * Reads one flag.
   *
   * @param s a non-blank text
   * @return the flag
   * @throws ParseFailure when {@code s} is not one of the accepted words
   */
  public static boolean parse(String s) {
    int from = Blank.start(s);
    int length = Blank.end(s, from) - from;
    if (matchesAny(s, from, length, TRUE_WORDS)) {
      return true;
    }
    if (matchesAny(s, from, length, FALSE_WORDS)) {
      return false;
    }
    throw reject(s);
  }

  /**
   * Reads one flag from a typed source (Parquet).
   *
   * @param v a Boolean, a String (read as {@link #parse}) or a Number equal to 0 or 1
   * @return the flag
   * @throws ParseFailure for other numbers and values of other types
   */
  public static boolean parseValue(Object v) {
    if (v instanceof Boolean) {
      return (Boolean) v;
    }
    if (v instanceof String) {
      return parse((String) v);
    }
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      if (d == 0 || d == 1) {
        return d == 1;
      }
      throw reject(String.valueOf(v));
    }
    throw Quote.unsupportedType(v, "a yes/no value");
  }

  private static boolean matchesAny(String s, int from, int length, String[] words) {
    for (String word : words) {
      if (word.length() == length && s.regionMatches(true, from, word, 0, length)) {
        return true;
      }
    }
    return false;
  }

  private static ParseFailure reject(String s) {
    return new ParseFailure(
        Quote.of(s) + " is not a yes/no value (expected yes/no, true/false, y/n, 1/0)");
  }
}
