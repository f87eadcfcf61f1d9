package dev.kpikit.report.html;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** LTV:CAC and CAC payback by channel, and the table of their inputs, from {@code unit_economics}. */
final class UnitEconomics {
  private UnitEconomics() {}

  static List<Block> blocks(RunView run, Table t) {
    List<String> channels = Columns.text(t, "channel");
    double[] ltvCac = Columns.numbers(t, "ltv_cac");
    double[] payback = Columns.numbers(t, "cac_payback_months");
    double[] ltv = Columns.numbers(t, "ltv");
    double[] cac = Columns.numbers(t, "cac");
    double[] arpa = Columns.numbers(t, "arpa");
    double[] margin = Columns.numbers(t, "gross_margin_pct");
    Figure ratio = Figure.of(320)
        .add(Trace.bar("LTV:CAC").x(channels).y(ltvCac).color(Palette.BLUE).customData(ltv, cac)
            .hover("%{x}<br>LTV:CAC %{y:.2f}<br>= LTV %{customdata[0]:,.0f} / CAC %{customdata[1]:,.0f}"))
        .categoryAxis("Acquisition channel").yAxis("LTV:CAC", ".1f");
    Targets.line(run, ratio, "ltv_cac", "y");
    Figure months = Figure.of(320)
        .add(Trace.bar("CAC payback").x(channels).y(payback).color(Palette.ORANGE)
            .customData(cac, arpa, margin)
            .hover("%{x}<br>Payback %{y:.1f} months<br>= CAC %{customdata[0]:,.0f} / (ARPA"
                + " %{customdata[1]:,.0f} × margin %{customdata[2]:.0%})"))
        .categoryAxis("Acquisition channel").yAxis("Months", ".1f");
    Targets.line(run, months, "cac_payback_months", "y");
    List<Block> blocks = new ArrayList<>();
    blocks.add(anyValue(ltvCac)
        ? new Chart("chart-ltv-cac", "LTV:CAC by channel", ratio.json(),
            HowToRead.of("Each bar is lifetime value over acquisition cost; the dashed line is the"
                + " target when kpikit.yaml sets one.", "ltv_cac", "ltv", "cac"))
        : Note.omitted("LTV:CAC by channel", ltvCacReason(run, cac)));
    blocks.add(anyValue(payback)
        ? new Chart("chart-payback", "CAC payback by channel", months.json(),
            HowToRead.of("Months of gross margin from one customer needed to earn back its"
                + " acquisition cost; shorter is better.", "cac_payback_months"))
        : Note.omitted("CAC payback by channel", !anyValue(cac) ? MissingReasons.cac(run)
            : java.util.Objects.requireNonNullElse(MissingReasons.margin(run),
                "no gross margin per customer in the trailing twelve months")));
    blocks.add(inputs(run, t));
    List<String> unknown = new ArrayList<>();
    if (!anyValue(cac)) {
      unknown.add("CAC: " + MissingReasons.cac(run));
    }
    if (!anyValue(margin) && MissingReasons.margin(run) != null) {
      unknown.add("gross margin %: " + MissingReasons.margin(run));
    }
    if (!anyValue(Columns.numbers(t, "churn_rate"))) {
      unknown.add("monthly churn: " + MissingReasons.churn(run));
    }
    if (!unknown.isEmpty()) {
      blocks.add(new Note("omitted", "Dashes in the table are unknown, not 0. "
          + String.join("; ", unknown) + "."));
    }
    return blocks;
  }

  /** @return true when some value is a number */
  static boolean anyValue(double[] values) {
    for (double v : values) {
      if (Double.isFinite(v)) {
        return true;
      }
    }
    return false;
  }

  private static String ltvCacReason(RunView run, double[] cac) {
    if (!anyValue(cac)) {
      return MissingReasons.cac(run);
    }
    String margin = MissingReasons.margin(run);
    return margin != null ? margin : "LTV is unknown: " + MissingReasons.churn(run);
  }

  private static DataTable inputs(RunView run, Table t) {
    String currency = run.currency();
    List<String> channels = Columns.text(t, "channel");
    String[] cols = {"cac", "arpa", "gross_margin_pct", "churn_rate", "ltv", "ltv_cac", "cac_payback_months"};
    String[] units = {"currency", "currency", "ratio", "ratio", "currency", "times", "months"};
    List<List<Cell>> rows = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (String c : cols) {
      values.add(Columns.numbers(t, c));
    }
    for (int i = 0; i < t.rowCount(); i++) {
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(channels.get(i)));
      for (int c = 0; c < cols.length; c++) {
        double v = values.get(c)[i];
        row.add(Cell.number(ValueFormat.format(v, units[c], currency)));
      }
      rows.add(row);
    }
    return new DataTable("table-unit-economics", "Unit economics by acquisition channel",
        List.of("Channel", "CAC", "ARPA", "Gross margin %", "Monthly churn", "LTV", "LTV:CAC", "Payback"),
        rows, HowToRead.of("The inputs of the two charts above, per channel.",
            "ltv", "cac_payback_months"));
  }
}
