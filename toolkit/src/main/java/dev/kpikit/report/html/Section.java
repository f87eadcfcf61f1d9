package dev.kpikit.report.html;

import java.util.List;

/**
 * A titled part of the report (e.g. "Sales", "Retention") holding charts, tables and notes in
 * order. A section whose data is absent holds only an omitted-note saying which file would enable
 * it.
 *
 * @param id the element id, e.g. {@code section-sales}
 * @param title the heading
 * @param blocks the content, in order
 * @since 0.1.0
 */
public record Section(String id, String title, List<Block> blocks) {
  /** Copies the list. */
  public Section {
    blocks = List.copyOf(blocks);
  }

  /**
   * @return the charts of the section, in order
   */
  public List<Chart> charts() {
    return blocks.stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
  }

  void renderTo(StringBuilder out) {
    out.append("<section id=\"").append(Html.escape(id)).append("\">\n<h2>")
        .append(Html.escape(title)).append("</h2>\n");
    for (Block b : blocks) {
      b.renderTo(out);
    }
    out.append("</section>\n");
  }
}
