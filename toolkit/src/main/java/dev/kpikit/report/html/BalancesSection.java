package dev.kpikit.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The "Balances" section: each balance's index (L − R) / (L + R) as a diverging bar from −1 to 1
 * over its band, and a table with both sides' values (so the index is never read alone).
 */
final class BalancesSection {
  static final String ID = "section-balances";

  private BalancesSection() {}

  static Section build(RunView run) {
    List<Block> blocks = new ArrayList<>();
    run.table("balances").ifPresentOrElse(t -> {
      Rows rows = Rows.of(t);
      if (rows.charted().isEmpty()) {
        blocks.add(Note.omitted("Balances", AnalystReasons.NO_BALANCE));
      } else {
        blocks.add(chart(rows));
        blocks.add(table(rows));
      }
    }, () -> blocks.add(run.omitted("Balances", "balances")));
    return new Section(ID, "Balances", blocks);
  }

  private static Chart chart(Rows rows) {
    List<Integer> shown = rows.charted();
    int n = shown.size();
    double[] y = new double[n];
    double[] index = new double[n];
    List<String> hover = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    Figure f = Figure.of(Math.max(220, 70 * n + 80));
    for (int k = 0; k < n; k++) {
      int i = shown.get(k);
      y[k] = k;
      index[k] = -rows.index[i]; // a positive index (left dominates) points left
      Status s = Status.of(rows.status.get(i));
      colors.add(s == Status.GOOD ? Palette.BLUE : s == Status.ATTENTION ? Palette.VERMILLION : Palette.GREY);
      hover.add(rows.left.get(i) + ": " + ValueFormat.number(rows.leftValue[i]) + " vs "
          + rows.right.get(i) + ": " + ValueFormat.number(rows.rightValue[i]) + " — " + s.icon() + " "
          + rows.status.get(i));
      band(f, k, -rows.bandHigh[i], -rows.bandLow[i]);
      side(f, k, rows.left.get(i), -1, "left");
      side(f, k, rows.right.get(i), 1, "right");
    }
    double[] actual = new double[n];
    for (int k = 0; k < n; k++) {
      actual[k] = -index[k];
    }
    Trace bars = Trace.bar("Index").x(index).y(y).text(hover).customData(actual)
        .set("orientation", "h").set("width", 0.35).set("textposition", "none")
        .hover("%{text}<br>index %{customdata[0]:.2f}");
    ArrayNode barColors = bars.object("marker").putArray("color");
    colors.forEach(barColors::add);
    f.add(bars).xAxis("Which side dominates (the bar points to it)", null).yAxis("", null);
    ObjectNode xAxis = f.layout("xaxis");
    xAxis.putArray("range").add(-1.05).add(1.05);
    xAxis.putArray("tickvals").add(-1).add(-0.5).add(0).add(0.5).add(1);
    xAxis.putArray("ticktext").add("left only").add("left 3:1").add("even").add("right 3:1").add("right only");
    ObjectNode yAxis = f.layout("yaxis");
    yAxis.put("autorange", "reversed").put("showgrid", false).put("zeroline", false);
    ArrayNode ticks = yAxis.putArray("tickvals");
    ArrayNode labels = yAxis.putArray("ticktext");
    for (int k = 0; k < n; k++) {
      ticks.add(k);
      labels.add(PlotlyText.label(Labels.metric(rows.balance.get(shown.get(k)))));
    }
    f.set("showlegend", false);
    return new Chart("chart-balances", "Balances", f.json(),
        HowToRead.of("Each bar points to the side that dominates, by the index (left − right) /"
            + " (left + right): 3:1 means one side is three times the other. The shaded band is"
            + " where the business counts as in balance; a bar past it leans to that side (✗ in the"
            + " table). The side names are at the ends of each row."));
  }

  private static void band(Figure f, int row, double low, double high) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      return;
    }
    ObjectNode s = f.shapes().addObject();
    s.put("type", "rect").put("xref", "x").put("yref", "y").put("x0", low).put("x1", high)
        .put("y0", row - 0.38).put("y1", row + 0.38).put("fillcolor", "rgba(0,114,178,0.12)")
        .put("layer", "below");
    s.putObject("line").put("color", "rgba(0,114,178,0.45)").put("width", 1).put("dash", "dot");
  }

  private static void side(Figure f, int row, String label, double x, String anchor) {
    ObjectNode a = f.annotations().addObject();
    a.put("xref", "x").put("yref", "y").put("x", x).put("y", row + 0.3).put("xanchor", anchor)
        .put("yanchor", "top").put("showarrow", false)
        .put("text", PlotlyText.label(label == null ? "" : label));
    a.putObject("font").put("size", 10).put("color", Palette.GREY);
  }

  private static DataTable table(Rows rows) {
    List<List<Cell>> cells = new ArrayList<>();
    for (int i = 0; i < rows.balance.size(); i++) {
      Status s = Status.of(rows.status.get(i));
      cells.add(List.of(
          Cell.text(Labels.metric(rows.balance.get(i))),
          Cell.text(rows.left.get(i) + ": " + ValueFormat.number(rows.leftValue[i])),
          Cell.text(rows.right.get(i) + ": " + ValueFormat.number(rows.rightValue[i])),
          Cell.number(Double.isFinite(rows.index[i]) ? String.format(java.util.Locale.ROOT, "%+.2f", rows.index[i]) : ValueFormat.MISSING),
          Cell.number(Double.isFinite(rows.bandLow[i]) && Double.isFinite(rows.bandHigh[i])
              ? ValueFormat.number(rows.bandLow[i]) + " to " + ValueFormat.number(rows.bandHigh[i])
              : ValueFormat.MISSING),
          Cell.status(s, rows.status.get(i) == null ? s.label() : rows.status.get(i).replace('_', ' '))));
    }
    return new DataTable("table-balances", "Balances: both sides, index and band",
        List.of("Balance", "Left side", "Right side", "Index", "Band", "Status"), cells, null);
  }

  /** The balances table's columns. */
  private record Rows(
      List<String> balance, List<String> left, double[] leftValue, List<String> right,
      double[] rightValue, double[] index, double[] bandLow, double[] bandHigh, List<String> status) {
    static Rows of(Table t) {
      return new Rows(Columns.text(t, "balance"), Columns.text(t, "left_label"),
          Columns.numbers(t, "left_value"), Columns.text(t, "right_label"),
          Columns.numbers(t, "right_value"), Columns.numbers(t, "index"),
          Columns.numbers(t, "band_low"), Columns.numbers(t, "band_high"), Columns.text(t, "status"));
    }

    /** @return the rows with an index, in table order */
    List<Integer> charted() {
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < index.length; i++) {
        if (Double.isFinite(index[i])) {
          out.add(i);
        }
      }
      return out;
    }
  }
}
