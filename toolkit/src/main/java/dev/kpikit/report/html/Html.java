package dev.kpikit.report.html;

/**
 * Escapes text for the two HTML contexts the report writes data into: element text and
 * double-quoted attribute values. Script contexts use {@link ScriptJson} instead.
 *
 * @since 0.1.0
 */
public final class Html {
  private Html() {}

  /**
   * Escapes text for an element's content or a double-quoted attribute value: {@code & < > " '}
   * become character references, so the browser shows the text and never parses it as markup. A
   * null becomes the empty string.
   *
   * @param text any text, e.g. a channel name from the data
   * @return the escaped text
   */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      String replacement = replacement(text.charAt(i));
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(text.charAt(i));
      }
    }
    return out == null ? text : out.toString();
  }

  private static String replacement(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }
}
