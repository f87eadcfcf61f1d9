package dev.kpikit.report.html;

/**
 * One cell of a {@link DataTable}: text (escaped when rendered), an optional CSS class and an
 * optional link to a file of the report folder.
 *
 * @param text what the cell shows
 * @param cssClass its class ({@code num} right-aligns numbers), or null
 * @param href a relative link, or null
 * @since 0.1.0
 */
public record Cell(String text, String cssClass, String href) {
  /**
   * @param text what the cell shows
   * @return a plain text cell
   */
  public static Cell text(String text) {
    return new Cell(text, null, null);
  }

  /**
   * @param text a formatted number
   * @return a right-aligned cell
   */
  public static Cell number(String text) {
    return new Cell(text, "num", null);
  }

  /**
   * @param status a status
   * @param words the words to show after its icon (e.g. the table's own status text)
   * @return a cell with the status icon, words and colour class
   */
  public static Cell status(Status status, String words) {
    return new Cell(status.icon() + " " + words, "status " + status.cssClass(), null);
  }

  /**
   * @param text the link text
   * @param href a path relative to the report folder
   * @return a link cell
   */
  public static Cell link(String text, String href) {
    return new Cell(text, null, href);
  }

  void renderTo(StringBuilder out, String tag) {
    out.append('<').append(tag);
    if (cssClass != null) {
      out.append(" class=\"").append(Html.escape(cssClass)).append('"');
    }
    out.append('>');
    if (href != null) {
      out.append("<a href=\"").append(Html.escape(href)).append("\">")
          .append(Html.escape(text)).append("</a>");
    } else {
      out.append(Html.escape(text));
    }
    out.append("</").append(tag).append('>');
  }
}
