package dev.kpikit.report.html;

/**
 * One piece of a report section (a chart, a table, a note, KPI tiles) that renders itself as HTML
 * with every data string escaped for its context.
 *
 * @since 0.1.0
 */
public interface Block {
  /**
   * Appends this block's HTML.
   *
   * @param out the page being built
   */
  void renderTo(StringBuilder out);
}
