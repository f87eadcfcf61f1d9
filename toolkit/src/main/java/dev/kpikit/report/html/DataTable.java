package dev.kpikit.report.html;

import java.util.List;

/**
 * An HTML table with a caption, a header row and rows of {@link Cell}s, optionally followed by its
 * "how to read this" note.
 *
 * @param id the table's element id (fixed, e.g. {@code table-scorecard})
 * @param caption the caption
 * @param header the column headings
 * @param rows the rows; each as long as {@code header}
 * @param howToRead the note under the table, or null
 * @since 0.1.0
 */
public record DataTable(
    String id, String caption, List<String> header, List<List<Cell>> rows, HowToRead howToRead)
    implements Block {

  /** Copies the lists and checks row lengths. */
  public DataTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<Cell> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "table " + id + ": a row has " + row.size() + " cells for " + header.size() + " columns");
      }
    }
  }

  @Override
  public void renderTo(StringBuilder out) {
    out.append("<div class=\"table-card\"><table id=\"").append(Html.escape(id))
        .append("\"><caption>").append(Html.escape(caption)).append("</caption>\n<thead><tr>");
    for (String h : header) {
      out.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : rows) {
      out.append("<tr>");
      for (Cell c : row) {
        c.renderTo(out, "td");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
    if (howToRead != null) {
      howToRead.renderTo(out);
    }
    out.append("</div>\n");
  }
}
