package dev.kpikit.report.html;

import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.Outlook;
import dev.kpikit.forecast.Scenario;
import dev.kpikit.report.OutlookRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tech.tablesaw.api.Table;

/**
 * The "Outlook" section: fan charts of revenue, active customers and MRR (actual months, then the
 * simulated median with its 50 % and 80 % bands), the scenarios' differences to base with their
 * 80 % intervals, the fitted assumptions, and the sentence stating the coverage its intervals had
 * in the backtest on the business's own history.
 */
final class OutlookSection {
  static final String ID = "section-outlook";

  private OutlookSection() {}

  static Section build(RunView run, OutlookRun outlook) {
    List<Block> blocks = new ArrayList<>();
    if (outlook.outlook() == null) {
      String why = outlook.omitted();
      String folder = run.run().dataDir() + ": "; // the page may be shared: no machine path
      blocks.add(Note.omitted("The outlook", why.startsWith(folder) ? why.substring(folder.length()) : why));
      return new Section(ID, "Outlook", blocks);
    }
    Outlook o = outlook.outlook();
    blocks.add(new Note("note", coverageSentence(outlook)));
    Table forecast = o.forecastTable();
    fan(run, o, forecast, "revenue", "Revenue", run.money("Revenue"), ",.0f", history(run, "revenue_monthly", "revenue"))
        .ifPresent(blocks::add);
    Optional<Table> active = o.model().hasMrr()
        ? history(run, "churn_monthly", "customers_end") : history(run, "revenue_monthly", "customers");
    fan(run, o, forecast, "active_customers", "Active customers", "Active customers", ",.0f", active).ifPresent(blocks::add);
    if (o.model().hasMrr()) {
      fan(run, o, forecast, "mrr", "MRR", run.money("MRR"), ",.0f", history(run, "mrr_movements", "mrr_end"))
          .ifPresent(blocks::add);
    }
    if (o.scenarioNames().size() > 1) {
      blocks.add(scenarios(run, o));
    }
    blocks.add(assumptions(o));
    return new Section(ID, "Outlook", blocks);
  }

  /** The month column and one value column of a metric table, if the run has it. */
  private static Optional<Table> history(RunView run, String table, String column) {
    return run.table(table).filter(t -> t.containsColumn(column) && t.containsColumn("month"))
        .map(t -> t.selectColumns("month", column));
  }

  static String coverageSentence(OutlookRun outlook) {
    Backtest b = outlook.backtests().get("monthly_revenue");
    if (b == null) {
      return "Not backtested: the history is too short for a backtest (it needs 24 complete months), so how"
          + " often these intervals contain what happens has not been measured on this business.";
    }
    String mrr = "";
    Backtest m = outlook.backtests().get("monthly_mrr");
    if (m != null) {
      mrr = String.format(Locale.ROOT, " For MRR: %s and %s.", pct(m.coverage80()), pct(m.coverage95()));
    }
    return String.format(Locale.ROOT,
        "Backtested on this business's own history (%d cutoffs, each forecasting the next %d months from"
            + " the months before it): the 80 %% intervals contained %s of the actual monthly revenues and"
            + " the 95 %% intervals %s; the median's error was %.2f times that of repeating last year"
            + " (relative MAE).%s",
        b.cutoffs().size(), b.cutoffs().get(0).steps(), pct(b.coverage80()), pct(b.coverage95()), b.relativeMae(), mrr);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * share);
  }

  private static Optional<Block> fan(RunView run, Outlook o, Table forecast, String metric, String title,
      String axis, String format, Optional<Table> history) {
    Table rows = Columns.rowsWhere(Columns.rowsWhere(forecast, "scenario", Scenario.BASE), "metric", metric);
    if (rows.rowCount() == 0) {
      return Optional.empty();
    }
    List<String> months = Columns.text(rows, "period");
    Figure f = Figure.of(360);
    // the actual months first: the period axis orders its categories by first appearance
    history.ifPresent(h -> f.add(Trace.line("Actual").x(Columns.text(h, "month")).y(Columns.numbers(h, h.column(1).name()))
        .color(Palette.GREY).set("mode", "lines").hover("%{x}<br>Actual %{y:" + format + "}")));
    f.add(band(metric, "80 %", months, Columns.numbers(rows, "p10")));
    f.add(bandFill(metric, "80 % interval", months, Columns.numbers(rows, "p90"), 0.16));
    f.add(band(metric, "50 %", months, Columns.numbers(rows, "p25")));
    f.add(bandFill(metric, "50 % interval", months, Columns.numbers(rows, "p75"), 0.30));
    f.add(Trace.line("Median (P50)").x(months).y(Columns.numbers(rows, "p50")).color(Palette.BLUE)
        .set("mode", "lines+markers")
        .customData(Columns.numbers(rows, "p10"), Columns.numbers(rows, "p90"), Columns.numbers(rows, "mean"))
        .hover("%{x}<br>Median %{y:" + format + "}<br>80 %: %{customdata[0]:" + format + "}–%{customdata[1]:"
            + format + "}<br>Mean %{customdata[2]:" + format + "}"));
    f.periodAxis().yAxis(axis, format);
    f.layout("yaxis").put("rangemode", "tozero");
    String id = "chart-outlook-" + metric.replace('_', '-');
    return Optional.of(new Chart(id, title + ": actual and outlook", f.json(), HowToRead.of(
        "Grey: actual months. Blue: the median of " + String.format(Locale.ROOT, "%,d", o.paths())
            + " simulated futures (base scenario); dark band: half of them lie inside (50 %), light band:"
            + " 8 in 10 (80 %). The bands include uncertainty about the drivers themselves, not only"
            + " month-to-month noise.")));
  }

  /** The lower edge of a band: an invisible line the next trace fills to. */
  private static Trace band(String metric, String name, List<String> x, double[] lower) {
    Trace edge = Trace.line(name + " lower").x(x).y(lower).set("mode", "lines")
        .set("showlegend", false).set("hoverinfo", "skip").set("legendgroup", metric + name);
    edge.object("line").put("width", 0);
    return edge;
  }

  private static Trace bandFill(String metric, String name, List<String> x, double[] upper, double alpha) {
    Trace edge = Trace.line(name).x(x).y(upper).set("mode", "lines").set("fill", "tonexty")
        .set("fillcolor", Colors.translucent(Palette.BLUE, alpha)).set("hoverinfo", "skip")
        .set("legendgroup", metric + name.substring(0, name.indexOf(' ')) + " %");
    edge.object("line").put("width", 0);
    return edge;
  }

  private static Chart scenarios(RunView run, Outlook o) {
    Table t = o.scenarioTable();
    Figure f = Figure.of(320);
    List<String> metrics = List.of("revenue", "new_customers", "active_customers");
    String[] colors = {Palette.BLUE, Palette.ORANGE, Palette.GREEN};
    List<String> names = o.scenarioNames().subList(1, o.scenarioNames().size());
    for (int m = 0; m < metrics.size(); m++) {
      Table rows = Columns.rowsWhere(t, "metric", metrics.get(m));
      double[] mean = new double[names.size()];
      double[] lo = new double[names.size()];
      double[] hi = new double[names.size()];
      double[] baseMean = new double[names.size()];
      double base = Columns.numbers(Columns.rowsWhere(rows, "scenario", Scenario.BASE), "mean")[0];
      for (int i = 0; i < names.size(); i++) {
        Table r = Columns.rowsWhere(rows, "scenario", names.get(i));
        double diff = Columns.numbers(r, "diff_mean")[0];
        mean[i] = base != 0 ? diff / base : 0;
        lo[i] = base != 0 ? (diff - Columns.numbers(r, "diff_p10")[0]) / base : 0;
        hi[i] = base != 0 ? (Columns.numbers(r, "diff_p90")[0] - diff) / base : 0;
        baseMean[i] = diff;
      }
      Trace bar = Trace.bar(label(metrics.get(m))).x(names).y(mean).color(colors[m]).customData(baseMean)
          .hover("%{x}<br>" + label(metrics.get(m)) + " %{y:+.1%} vs base (%{customdata[0]:+,.0f})");
      var err = bar.object("error_y");
      err.put("type", "data").put("symmetric", false).put("color", Palette.GREY);
      var plus = err.putArray("array");
      var minus = err.putArray("arrayminus");
      for (int i = 0; i < names.size(); i++) {
        plus.add(hi[i]);
        minus.add(lo[i]);
      }
      f.add(bar);
    }
    f.categoryAxis("Scenario").yAxis("Difference to base", "+.0%").set("barmode", "group");
    return new Chart("chart-outlook-scenarios", "Scenarios against base", f.json(), HowToRead.of(
        "Each bar is a scenario's mean difference to base over the " + o.horizon() + " months (revenue and new"
            + " customers: totals; active customers: the last month), as a share of base; the whisker is"
            + " the 80 % interval of that difference. Every scenario is simulated with the same random"
            + " numbers as base, so the interval holds only what its levers change."));
  }

  private static String label(String metric) {
    return switch (metric) {
      case "revenue" -> "Revenue";
      case "new_customers" -> "New customers";
      default -> "Active customers";
    };
  }

  /** Grouped whole numbers from 100 up, else three significant digits ({@code 0.0261}). */
  static String significant(double v) {
    if (!Double.isFinite(v)) {
      return ValueFormat.MISSING;
    }
    if (Math.abs(v) >= 100) {
      return ValueFormat.number(v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
  }

  private static DataTable assumptions(Outlook o) {
    List<List<Cell>> rows = new ArrayList<>();
    java.util.Map<String, List<String>> seasons = new java.util.LinkedHashMap<>();
    for (var d : o.model().drivers()) {
      int dot = d.name().lastIndexOf('.');
      if (d.name().contains("season.") && dot > 0) {
        List<String> values = seasons.computeIfAbsent(d.name().substring(0, dot), k -> new ArrayList<>());
        values.add(significant(d.value()));
        if (values.size() == 12) {
          rows.add(List.of(Cell.text(d.name().substring(0, dot)), Cell.text(String.join(" · ", values)),
              Cell.number(ValueFormat.MISSING), Cell.text("multiplier, January to December"), Cell.text(d.basis())));
        }
        continue;
      }
      rows.add(List.of(Cell.text(d.name()), Cell.number(significant(d.value())),
          Cell.number(d.uncertainty() > 0 ? "± " + significant(d.uncertainty()) : ValueFormat.MISSING),
          Cell.text(d.unit()), Cell.text(d.basis())));
    }
    return new DataTable("table-outlook-assumptions", "Assumptions (fitted drivers; forecast/assumptions.json)",
        List.of("Driver", "Value", "Uncertainty (sd)", "Unit", "Basis"), rows, HowToRead.of(
            "Every driver the simulation uses, fitted on the complete months up to the as-of date. Each path"
                + " draws the drivers with an uncertainty from their posterior before simulating its months, so"
                + " the bands above include not knowing them exactly. Seed " + o.seed() + ", "
                + String.format(Locale.ROOT, "%,d", o.paths()) + " paths, " + o.horizon() + " months."));
  }
}
