package dev.kpikit.report.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Plotly chart: a fixed element id, a title, its "how to read this" note and the figure (Plotly
 * {@code data}, {@code layout} and {@code config}). It renders as an empty {@code div} plus the
 * figure as JSON in a {@code <script type="application/json">} element, which {@code
 * assets/kpikit.js} hands to {@code Plotly.newPlot}; no data ever becomes JavaScript code.
 *
 * @param id the element id, e.g. {@code chart-revenue}: lower-case letters, digits and hyphens
 * @param title the chart's heading
 * @param figure an object with {@code data} (traces), {@code layout} and {@code config}
 * @param howToRead the note under the chart
 * @since 0.1.0
 */
public record Chart(String id, String title, ObjectNode figure, HowToRead howToRead)
    implements Block {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  /** Checks the id, so that it is safe and stable in HTML, CSS and JavaScript. */
  public Chart {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("chart id '" + id + "' must match " + ID.pattern());
    }
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(howToRead, "howToRead");
  }

  @Override
  public void renderTo(StringBuilder out) {
    out.append("<figure class=\"chart-card\">\n<figcaption>")
        .append(Html.escape(title))
        .append("</figcaption>\n<div class=\"chart\" id=\"")
        .append(id)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(title))
        .append("\"></div>\n<script type=\"application/json\" class=\"chart-spec\" data-chart=\"")
        .append(id)
        .append("\">")
        .append(ScriptJson.write(figure))
        .append("</script>\n");
    howToRead.renderTo(out);
    out.append("</figure>\n");
  }
}
