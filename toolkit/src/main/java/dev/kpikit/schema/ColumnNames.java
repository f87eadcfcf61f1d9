package dev.kpikit.schema;

import java.util.Locale;

/**
 * Column-name conventions: the normal form used to match headers to canonical names, and the
 * snake_case form under which unknown extra columns are kept.
 *
 * @since 0.1.0
 */
public final class ColumnNames {
  private ColumnNames() {}

  /**
   * The matching key of a header: lower case, with everything but letters and digits removed, so
   * that {@code "Order Date"}, {@code "order_date"}, {@code "ORDER-DATE"} and {@code "orderDate"}
   * all give {@code "orderdate"}. A leading BOM is dropped.
   *
   * @param header a header as written in a file
   * @return the matching key (may be empty for a header of only punctuation)
   */
  public static String normalize(String header) {
    StringBuilder sb = new StringBuilder(header.length());
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /**
   * The snake_case name under which an extra (non-canonical) column is kept: {@code "Payment
   * Method"} → {@code payment_method}, {@code "customerID"} → {@code customer_id}, {@code
   * "SeniorCitizen"} → {@code senior_citizen}. Runs of other characters become one underscore.
   *
   * @param header a header as written in a file
   * @return the snake_case name, or {@code column} when nothing is left
   */
  public static String snakeCase(String header) {
    StringBuilder sb = new StringBuilder(header.length() + 4);
    boolean pendingUnderscore = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        pendingUnderscore = sb.length() > 0;
        continue;
      }
      boolean wordBreak =
          Character.isUpperCase(c)
              && i > 0
              && (Character.isLowerCase(header.charAt(i - 1))
                  || (i + 1 < header.length()
                      && Character.isLowerCase(header.charAt(i + 1))
                      && Character.isUpperCase(header.charAt(i - 1))));
      if (sb.length() > 0 && (pendingUnderscore || wordBreak)) {
        sb.append('_');
      }
      pendingUnderscore = false;
      sb.append(Character.toLowerCase(c));
    }
    return sb.length() == 0 ? "column" : sb.toString().toLowerCase(Locale.ROOT);
  }
}
