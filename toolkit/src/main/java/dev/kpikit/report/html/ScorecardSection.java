package dev.kpikit.report.html;

import dev.kpikit.metrics.MetricCatalog;
import dev.kpikit.metrics.MetricDef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;

/**
 * The "Balanced Scorecard" section: KPIs grouped by perspective with value, target, status (icon and
 * words) and trend arrow.
 */
final class ScorecardSection {
  static final String ID = "section-scorecard";

  private ScorecardSection() {}

  static Section build(RunView run) {
    Block content = run.table("scorecard").<Block>map(t -> table(run, t))
        .orElseGet(() -> run.omitted("Balanced Scorecard", "scorecard"));
    return new Section(ID, "Balanced Scorecard", List.of(content));
  }

  private static DataTable table(RunView run, Table t) {
    List<String> perspective = Columns.text(t, "perspective");
    List<String> kpi = Columns.text(t, "kpi");
    List<String> status = Columns.text(t, "status");
    List<List<Cell>> rows = new ArrayList<>();
    String previous = null;
    for (int i = 0; i < t.rowCount(); i++) {
      String unit = MetricCatalog.get(kpi.get(i)).map(MetricDef::unit).orElse("");
      boolean first = !Objects.equals(previous, perspective.get(i));
      previous = perspective.get(i);
      Status s = Status.of(status.get(i));
      rows.add(List.of(
          new Cell(first ? Labels.metric(perspective.get(i)) : "", first ? "perspective" : null, null),
          Cell.text(Labels.metric(kpi.get(i))),
          Cell.number(value(run, t, "value", i, unit)),
          Cell.number(value(run, t, "target", i, unit)),
          Cell.status(s, status.get(i) == null ? s.label() : status.get(i).replace('_', ' ')),
          trend(t, i)));
    }
    return new DataTable("table-scorecard", "Balanced Scorecard", List.of("Perspective", "KPI",
        "Value", "Target", "Status", "Trend (last 3 periods)"), rows,
        HowToRead.of("Targets come from kpikit.yaml; ✓ meets the target, ✗ misses it, • has no"
            + " target. ▲ rising, ▼ falling, ▶ flat over the last three periods (rising is not"
            + " always good: read it with the KPI)."));
  }

  /** A numeric cell formatted by the KPI's unit; a text cell (e.g. a target "≥ 3") as is. */
  private static String value(RunView run, Table t, String column, int row, String unit) {
    if (!t.containsColumn(column) || t.column(column).isMissing(row)) {
      return ValueFormat.MISSING;
    }
    if (t.column(column) instanceof NumericColumn<?> n) {
      return ValueFormat.format(n.getDouble(row), unit, run.currency());
    }
    return t.column(column).getString(row);
  }

  /** A trend as an arrow and its words: numbers by sign, words such as up / down / flat. */
  private static Cell trend(Table t, int row) {
    if (!t.containsColumn("trend") || t.column("trend").isMissing(row)) {
      return Cell.text(ValueFormat.MISSING);
    }
    String text = t.column("trend").getString(row);
    if (t.column("trend") instanceof NumericColumn<?> n) {
      double v = n.getDouble(row);
      return new Cell(arrow(v > 0 ? "up" : v < 0 ? "down" : "flat") + " " + ValueFormat.number(v), "trend", null);
    }
    return new Cell(arrow(text) + " " + text.replace('_', ' '), "trend", null);
  }

  private static String arrow(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.contains("up") || w.contains("ris") || w.contains("increas") || w.contains("improv")) {
      return "▲";
    }
    if (w.contains("down") || w.contains("fall") || w.contains("decreas") || w.contains("wors")) {
      return "▼";
    }
    return w.contains("flat") || w.contains("stable") ? "▶" : "";
  }
}
