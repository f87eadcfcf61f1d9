package dev.kpikit.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Plotly figure (traces, layout, config) with kpikit's look: system fonts (nothing fetched), the
 * legend below the plot so it never covers data, light grid lines, no Plotly logo. Axis titles are
 * written by kpikit; data text only reaches the figure through {@link Trace}.
 *
 * @since 0.1.0
 */
public final class Figure {
  private static final String FONT =
      "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif";

  private final ObjectNode root = ScriptJson.object();
  private final ArrayNode data = root.putArray("data");
  private final ObjectNode layout = root.putObject("layout");

  private Figure(int height) {
    layout.put("height", height);
    layout.putObject("font").put("family", FONT).put("size", 12).put("color", "#1f2933");
    layout.putObject("margin").put("l", 64).put("r", 64).put("t", 36).put("b", 40);
    layout.put("paper_bgcolor", "rgba(0,0,0,0)").put("plot_bgcolor", "rgba(0,0,0,0)");
    layout.putObject("legend").put("orientation", "h").put("x", 0).put("xanchor", "left")
        .put("y", 1.0).put("yanchor", "bottom");
    layout.put("hovermode", "closest");
    layout.putArray("colorway").addAll(Palette.SERIES.stream().map(
        com.fasterxml.jackson.databind.node.TextNode::valueOf).toList());
    root.putObject("config").put("displaylogo", false).put("responsive", true)
        .putArray("modeBarButtonsToRemove").add("lasso2d").add("select2d");
  }

  /**
   * @param height the plot height in CSS pixels
   * @return an empty figure
   */
  public static Figure of(int height) {
    return new Figure(height);
  }

  /**
   * @param trace a trace
   * @return this figure with it
   */
  public Figure add(Trace trace) {
    data.add(trace.json());
    return this;
  }

  /**
   * @param title the axis title (kpikit text)
   * @param tickFormat a d3 format such as {@code ,.0f} or {@code .0%}, or null
   * @return this figure
   */
  public Figure xAxis(String title, String tickFormat) {
    axis("xaxis", title, tickFormat);
    return this;
  }

  /**
   * An x axis of period labels ({@code 2025-01}, ...) in order, with about a dozen horizontal tick
   * labels whatever the number of periods.
   *
   * @return this figure
   */
  public Figure periodAxis() {
    axis("xaxis", "", null).put("type", "category").put("nticks", 13).put("tickangle", 0);
    return this;
  }

  /**
   * An x axis of categories in the order given (e.g. channels).
   *
   * @param title the axis title (kpikit text)
   * @return this figure
   */
  public Figure categoryAxis(String title) {
    axis("xaxis", title, null).put("type", "category");
    return this;
  }

  /**
   * @param title the axis title (kpikit text)
   * @param tickFormat a d3 format, or null
   * @return this figure
   */
  public Figure yAxis(String title, String tickFormat) {
    axis("yaxis", title, tickFormat);
    return this;
  }

  /**
   * A second y axis on the right, for traces with {@code yaxis: "y2"}.
   *
   * @param title the axis title
   * @param tickFormat a d3 format, or null
   * @return this figure
   */
  public Figure y2Axis(String title, String tickFormat) {
    ObjectNode a = axis("yaxis2", title, tickFormat);
    a.put("overlaying", "y").put("side", "right").put("showgrid", false);
    return this;
  }

  /**
   * @param key a layout attribute holding an object (e.g. {@code xaxis})
   * @return that object, created if absent
   */
  public ObjectNode layout(String key) {
    return layout.has(key) ? (ObjectNode) layout.get(key) : layout.putObject(key);
  }

  /**
   * @param key a layout attribute
   * @param value its value
   * @return this figure
   */
  public Figure set(String key, String value) {
    layout.put(key, value);
    return this;
  }

  /**
   * @param key a layout attribute
   * @param value its value
   * @return this figure
   */
  public Figure set(String key, boolean value) {
    layout.put(key, value);
    return this;
  }

  /**
   * A horizontal reference line across the plot, e.g. a target.
   *
   * @param y the value
   * @param axis {@code y} or {@code y2}
   * @param label the line's label (kpikit text)
   * @return this figure
   */
  public Figure referenceLine(double y, String axis, String label) {
    ObjectNode s = shapes().addObject();
    s.put("type", "line").put("xref", "paper").put("x0", 0).put("x1", 1)
        .put("yref", axis).put("y0", y).put("y1", y);
    s.putObject("line").put("color", Palette.GREY).put("width", 1.5).put("dash", "dash");
    ObjectNode a = annotations().addObject();
    a.put("xref", "paper").put("x", 1).put("xanchor", "right").put("yref", axis).put("y", y)
        .put("yanchor", "bottom").put("showarrow", false).put("text", PlotlyText.label(label));
    a.putObject("font").put("size", 11).put("color", Palette.GREY);
    return this;
  }

  /**
   * Shades the last category of the x axis and labels it "incomplete", so a partial period is never
   * read as a drop.
   *
   * @param lastIndex the position of the last category (0-based)
   * @return this figure
   */
  public Figure markIncomplete(int lastIndex) {
    ObjectNode s = shapes().addObject();
    s.put("type", "rect").put("xref", "x").put("x0", lastIndex - 0.5).put("x1", lastIndex + 0.5)
        .put("yref", "paper").put("y0", 0).put("y1", 1).put("fillcolor", "rgba(118,118,118,0.12)")
        .put("layer", "below");
    s.putObject("line").put("width", 0);
    ObjectNode a = annotations().addObject();
    a.put("xref", "x").put("x", lastIndex).put("yref", "paper").put("y", 1).put("yanchor", "top")
        .put("showarrow", false).put("text", "incomplete");
    a.putObject("font").put("size", 10).put("color", Palette.GREY);
    return this;
  }

  /** @return the layout's shapes, created if absent */
  public ArrayNode shapes() {
    return layout.has("shapes") ? (ArrayNode) layout.get("shapes") : layout.putArray("shapes");
  }

  /** @return the layout's annotations, created if absent */
  public ArrayNode annotations() {
    return layout.has("annotations")
        ? (ArrayNode) layout.get("annotations")
        : layout.putArray("annotations");
  }

  /** @return the figure's JSON tree: {@code data}, {@code layout}, {@code config} */
  public ObjectNode json() {
    return root;
  }

  private ObjectNode axis(String key, String title, String tickFormat) {
    ObjectNode a = layout(key);
    a.putObject("title").put("text", title);
    a.put("gridcolor", "#e4e7eb").put("zerolinecolor", "#9aa5b1").put("automargin", true);
    if (tickFormat != null) {
      a.put("tickformat", tickFormat);
    }
    return a;
  }
}
