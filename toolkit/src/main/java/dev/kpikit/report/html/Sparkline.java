package dev.kpikit.report.html;

import java.util.Locale;

/**
 * A small trend line as inline SVG (no script, no Plotly): the values scaled into a 100 × 24 box,
 * gaps where a value is missing. Only numbers and an escaped label reach the markup.
 *
 * @since 0.3.0
 */
final class Sparkline {
  private static final double WIDTH = 100;
  private static final double HEIGHT = 24;

  private Sparkline() {}

  /**
   * @param values the series, oldest first; NaN where missing
   * @param label what it shows, for screen readers (escaped here)
   * @return an {@code <svg>} element, or the en dash when fewer than two values are present
   */
  static String svg(double[] values, String label) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int present = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        min = Math.min(min, v);
        max = Math.max(max, v);
        present++;
      }
    }
    if (present < 2) {
      return ValueFormat.MISSING;
    }
    double span = max - min == 0 ? 1 : max - min;
    StringBuilder out = new StringBuilder("<svg class=\"spark\" viewBox=\"0 0 100 24\" width=\"100\" height=\"24\""
        + " role=\"img\" aria-label=\"").append(Html.escape(label)).append("\"><path d=\"");
    boolean pen = false;
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        pen = false;
        continue;
      }
      double x = values.length == 1 ? 0 : i * WIDTH / (values.length - 1);
      double y = HEIGHT - 2 - (values[i] - min) / span * (HEIGHT - 4);
      out.append(pen ? "L" : "M").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
      pen = true;
    }
    return out.append("\"/></svg>").toString();
  }
}
