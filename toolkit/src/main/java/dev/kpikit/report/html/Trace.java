package dev.kpikit.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A Plotly trace built as a JSON tree. Text from the data (names, categories) goes through {@link
 * PlotlyText#label}; numbers that are missing become {@code null} (a gap), never NaN.
 *
 * @since 0.1.0
 */
public final class Trace {
  private final ObjectNode node = ScriptJson.object();

  private Trace(String type, String name) {
    node.put("type", type);
    if (name != null) {
      node.put("name", PlotlyText.label(name));
    }
  }

  /**
   * @param name the legend name (from the data: escaped for display)
   * @return a bar trace
   */
  public static Trace bar(String name) {
    return new Trace("bar", name);
  }

  /**
   * @param name the legend name
   * @return a line trace with markers
   */
  public static Trace line(String name) {
    Trace t = new Trace("scatter", name);
    t.node.put("mode", "lines+markers");
    t.node.putObject("marker").put("size", 5);
    return t;
  }

  /** @return a heatmap trace */
  public static Trace heatmap() {
    return new Trace("heatmap", null);
  }

  /**
   * @param values category labels from the data
   * @return this trace with them as x
   */
  public Trace x(List<String> values) {
    return strings("x", values);
  }

  /**
   * @param values numbers for x
   * @return this trace
   */
  public Trace x(double[] values) {
    return numbers("x", values);
  }

  /**
   * @param values category labels from the data
   * @return this trace with them as y
   */
  public Trace y(List<String> values) {
    return strings("y", values);
  }

  /**
   * @param values numbers for y, NaN for a gap
   * @return this trace
   */
  public Trace y(double[] values) {
    return numbers("y", values);
  }

  /**
   * @param rows the heatmap values, row by row, NaN for an empty cell
   * @return this trace with them as z
   */
  public Trace z(double[][] rows) {
    return grid("z", rows);
  }

  /**
   * @param rows per heatmap cell, the value shown by {@code %{customdata}} in hover templates
   * @return this trace
   */
  public Trace customGrid(double[][] rows) {
    return grid("customdata", rows);
  }

  private Trace grid(String key, double[][] rows) {
    ArrayNode z = node.putArray(key);
    for (double[] row : rows) {
      ArrayNode r = z.addArray();
      for (double v : row) {
        add(r, v);
      }
    }
    return this;
  }

  /**
   * @param values per point, text from the data shown by {@code %{text}} in hover templates
   * @return this trace
   */
  public Trace text(List<String> values) {
    return strings("text", values);
  }

  /**
   * @param columns per point, the values shown by {@code %{customdata[i]}} in hover templates
   * @return this trace
   */
  public Trace customData(double[]... columns) {
    ArrayNode data = node.putArray("customdata");
    int n = columns.length == 0 ? 0 : columns[0].length;
    for (int i = 0; i < n; i++) {
      ArrayNode point = data.addArray();
      for (double[] c : columns) {
        add(point, c[i]);
      }
    }
    return this;
  }

  /**
   * @param template a Plotly hover template written by kpikit (never data)
   * @return this trace
   */
  public Trace hover(String template) {
    node.put("hovertemplate", template + "<extra></extra>");
    return this;
  }

  /**
   * @param color a CSS colour
   * @return this trace drawn in it
   */
  public Trace color(String color) {
    node.putObject("marker").put("color", color);
    if (node.has("mode")) {
      ((ObjectNode) node.get("marker")).put("size", 5);
      node.putObject("line").put("color", color).put("width", 2);
    }
    return this;
  }

  /**
   * @param key a Plotly attribute
   * @param value its value
   * @return this trace
   */
  public Trace set(String key, String value) {
    node.put(key, value);
    return this;
  }

  /**
   * @param key a Plotly attribute
   * @param value its value
   * @return this trace
   */
  public Trace set(String key, double value) {
    node.put(key, value);
    return this;
  }

  /**
   * @param key a Plotly attribute
   * @param value its value
   * @return this trace
   */
  public Trace set(String key, boolean value) {
    node.put(key, value);
    return this;
  }

  /**
   * @param key a Plotly attribute holding an object (e.g. {@code line})
   * @return that object, created if absent, to set nested attributes on
   */
  public ObjectNode object(String key) {
    return node.has(key) ? (ObjectNode) node.get(key) : node.putObject(key);
  }

  /** @return the trace's JSON tree */
  public ObjectNode json() {
    return node;
  }

  private Trace strings(String key, List<String> values) {
    ArrayNode a = node.putArray(key);
    values.forEach(v -> a.add(PlotlyText.label(v)));
    return this;
  }

  private Trace numbers(String key, double[] values) {
    ArrayNode a = node.putArray(key);
    for (double v : values) {
      add(a, v);
    }
    return this;
  }

  /** JSON has no NaN: a missing value is null. */
  static void add(ArrayNode a, double v) {
    if (Double.isFinite(v)) {
      a.add(v);
    } else {
      a.addNull();
    }
  }
}
