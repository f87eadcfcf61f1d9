package dev.kpikit.report.html;

import java.util.List;

/**
 * The whole dashboard as a value: header, sections in order, and the single line that differs
 * between two runs on the same data (when it was generated). {@link #render()} produces the HTML
 * document; writing it is {@link HtmlReport}'s job.
 *
 * @param header the header
 * @param sections the sections, in reading order
 * @param generatedAt when the page was generated, shown in the footer
 * @param footer the rest of the footer line (version, as-of, options)
 * @since 0.1.0
 */
public record ReportPage(
    ReportHeader header, List<Section> sections, String generatedAt, String footer) {

  /** Where the page expects its assets, relative to {@code index.html}. */
  public static final String STYLESHEET = "assets/kpikit.css";

  /** The script that draws the charts from their JSON specs. */
  public static final String SCRIPT = "assets/kpikit.js";

  /** Copies the list. */
  public ReportPage {
    sections = List.copyOf(sections);
  }

  /** @return every chart of the page, in order */
  public List<Chart> charts() {
    return sections.stream().flatMap(s -> s.charts().stream()).toList();
  }

  /**
   * Renders the page.
   *
   * @return a complete HTML document that loads only files under {@code assets/}
   */
  public String render() {
    StringBuilder out = new StringBuilder(1 << 16);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"kpikit\">\n")
        .append("<title>").append(Html.escape(header.businessName() + " — kpikit report"))
        .append("</title>\n<link rel=\"stylesheet\" href=\"").append(STYLESHEET).append("\">\n")
        .append("</head>\n<body>\n");
    header.renderTo(out);
    out.append("<nav class=\"toc\" aria-label=\"Sections\"><ul>");
    for (Section s : sections) {
      out.append("<li><a href=\"#").append(Html.escape(s.id())).append("\">")
          .append(Html.escape(s.title())).append("</a></li>");
    }
    out.append("</ul></nav>\n<main>\n");
    sections.forEach(s -> s.renderTo(out));
    out.append("</main>\n<footer>\n<p>").append(Html.escape(footer)).append("</p>\n")
        .append("<p class=\"generated\">Generated ").append(Html.escape(generatedAt))
        .append("</p>\n</footer>\n");
    out.append("<script src=\"").append(Assets.PLOTLY_FILE).append("\"></script>\n")
        .append("<script src=\"").append(SCRIPT).append("\"></script>\n")
        .append("</body>\n</html>\n");
    return out.toString();
  }
}
