package dev.kpikit.report.html;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** The "Operations" section: inventory turnover and DIO, employee turnover. */
final class OperationsSection {
  static final String ID = "section-operations";

  private OperationsSection() {}

  static Section build(RunView run) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(run.table("inventory_turnover").<Block>map(t -> inventory(run, t))
        .orElseGet(() -> run.omitted("Inventory turnover", "inventory_turnover")));
    blocks.add(run.table("employee_turnover").<Block>map(t -> employees(run, t))
        .orElseGet(() -> run.omitted("Employee turnover", "employee_turnover")));
    run.table("hire_retention").ifPresent(t -> blocks.add(HireRetentionChart.of(run, t)));
    return new Section(ID, "Operations", blocks);
  }

  private static Chart inventory(RunView run, Table t) {
    String period = run.periodColumn(t);
    List<String> x = Columns.text(t, period);
    Figure f = Figure.of(340)
        .add(Trace.bar("Turnover").x(x).y(Columns.numbers(t, "turnover")).color(Palette.BLUE)
            .customData(Columns.numbers(t, "cogs"), Columns.numbers(t, "avg_inventory_value"))
            .hover("%{x}<br>Turnover %{y:.2f}×<br>= COGS %{customdata[0]:,.0f} / average"
                + " inventory %{customdata[1]:,.0f}"))
        .add(Trace.line("DIO (days)").x(x).y(Columns.numbers(t, "dio")).color(Palette.ORANGE)
            .set("yaxis", "y2").hover("%{x}<br>DIO %{y:,.0f} days"))
        .periodAxis().yAxis("Turnover (times)", ".2f")
        .y2Axis("Days inventory outstanding", ",.0f");
    f.layout("yaxis2").put("rangemode", "tozero");
    Periods.markIncomplete(run, f, x);
    return new Chart("chart-inventory", "Inventory turnover and days of inventory", f.json(),
        HowToRead.of("Bars: how many times the average inventory was sold in the " + period
            + "; line: how many days the inventory would last at that pace (right axis).",
            "inventory_turnover", "dio"));
  }

  private static Chart employees(RunView run, Table t) {
    String period = run.periodColumn(t);
    List<String> x = Columns.text(t, period);
    double[] separations = Columns.numbers(t, "separations");
    double[] headcount = Columns.numbers(t, "avg_headcount");
    Figure f = Figure.of(340)
        .add(Trace.line("Turnover").x(x).y(Columns.numbers(t, "turnover_rate")).color(Palette.BLUE)
            .customData(separations, headcount)
            .hover("%{x}<br>Turnover %{y:.1%}<br>= %{customdata[0]:,} separations / average"
                + " headcount %{customdata[1]:,.1f}"))
        .add(Trace.line("Voluntary").x(x).y(Columns.numbers(t, "voluntary_turnover_rate"))
            .color(Palette.ORANGE).hover("%{x}<br>Voluntary turnover %{y:.1%}"));
    if (t.containsColumn("ttm_turnover_rate")) {
      f.add(Trace.line("Trailing 12 months").x(x).y(Columns.numbers(t, "ttm_turnover_rate"))
          .color(Palette.GREEN).hover("%{x}<br>TTM turnover %{y:.1%}"));
    }
    f.periodAxis().yAxis("Turnover rate", ".0%");
    f.layout("yaxis").put("rangemode", "tozero");
    Periods.markIncomplete(run, f, x);
    return new Chart("chart-employee-turnover", "Employee turnover", f.json(),
        HowToRead.of("Separations over average headcount per " + period + "; the trailing-12-month"
            + " line smooths small teams' one-off departures.",
            "turnover_rate", "ttm_turnover_rate"));
  }
}
