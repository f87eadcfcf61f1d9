package dev.kpikit.report.html;

import dev.kpikit.metrics.MetricCatalog;
import dev.kpikit.metrics.MetricDef;
import java.util.List;
import java.util.Optional;

/**
 * The "how to read this" note under a chart or table: one sentence about the picture, then the
 * definition and unit of each metric it shows, from {@link MetricCatalog}.
 *
 * @param reading what the marks mean, e.g. {@code Bars: revenue per month; line: gross margin %}
 * @param metrics catalog metric names shown, in order; names not in the catalog are skipped
 * @since 0.1.0
 */
public record HowToRead(String reading, List<String> metrics) implements Block {
  /**
   * Copies the list.
   *
   * @throws IllegalArgumentException when a name is not a metric of the catalog (a note must not
   *     lose a definition silently when a metric is renamed)
   */
  public HowToRead {
    metrics = List.copyOf(metrics);
    for (String m : metrics) {
      if (MetricCatalog.get(m).isEmpty()) {
        throw new IllegalArgumentException("how-to-read note names " + m + ", which is no metric of the catalog");
      }
    }
  }

  /**
   * @param reading what the marks mean
   * @param metrics catalog metric names shown
   * @return the note
   */
  public static HowToRead of(String reading, String... metrics) {
    return new HowToRead(reading, List.of(metrics));
  }

  @Override
  public void renderTo(StringBuilder out) {
    out.append("<div class=\"how\"><p><strong>How to read this.</strong> ")
        .append(Html.escape(reading))
        .append("</p>");
    List<MetricDef> defs =
        metrics.stream().map(MetricCatalog::get).flatMap(Optional::stream).toList();
    if (!defs.isEmpty()) {
      out.append("<dl>");
      for (MetricDef d : defs) {
        out.append("<dt>").append(Html.escape(d.name())).append(" <span class=\"unit\">(")
            .append(Html.escape(d.unit())).append(")</span></dt><dd>")
            .append(Html.escape(d.definition())).append("</dd>");
      }
      out.append("</dl>");
    }
    out.append("</div>\n");
  }
}
