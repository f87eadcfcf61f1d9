package dev.kpikit.report.html;

/**
 * A short paragraph of plain text (escaped), e.g. why a chart is not shown.
 *
 * @param cssClass the paragraph's class ({@code note}, {@code omitted}, ...)
 * @param text the text, shown as is
 * @since 0.1.0
 */
public record Note(String cssClass, String text) implements Block {
  /**
   * @param text what to say
   * @return a note styled as an ordinary remark
   */
  public static Note of(String text) {
    return new Note("note", text);
  }

  /**
   * @param what the chart or table left out, e.g. {@code Subscription churn}
   * @param reason why, e.g. {@code no customers file (customers.csv)}
   * @return a one-line note saying what is not shown and what would enable it
   */
  public static Note omitted(String what, String reason) {
    return new Note("omitted", what + " not shown: " + reason + ".");
  }

  @Override
  public void renderTo(StringBuilder out) {
    out.append("<p class=\"").append(Html.escape(cssClass)).append("\">")
        .append(Html.escape(text)).append("</p>\n");
  }
}
