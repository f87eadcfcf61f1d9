package dev.kpikit.report.html;

/**
 * Makes data text display literally in Plotly. Plotly renders trace names, tick labels and hover
 * text as "HTML-like" text (it interprets {@code <b>}, {@code <br>}, {@code <a href>} and decodes
 * entities), so {@code & < >} become entities, which Plotly decodes back to the same characters
 * for display. This is display fidelity, not the script-context safety, which {@link ScriptJson}
 * provides.
 *
 * @since 0.1.0
 */
public final class PlotlyText {
  private PlotlyText() {}

  /**
   * @param text a label from the data, or null
   * @return the label with {@code &}, {@code <}, {@code >} as entities (null stays null)
   */
  public static String label(String text) {
    if (text == null || (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
