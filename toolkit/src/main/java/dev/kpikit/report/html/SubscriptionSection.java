package dev.kpikit.report.html;

import dev.kpikit.load.LoadResult;
import dev.kpikit.schema.Dataset;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The "Subscriptions" section: survival curves with their 95 % bands by segment, the MRR bridge,
 * NRR and GRR, logo churn, and trial-to-paid conversion.
 */
final class SubscriptionSection {
  static final String ID = "section-subscriptions";

  private SubscriptionSection() {}

  static Section build(RunView run) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(run.table("survival").<Block>map(t -> survival(run, t))
        .orElseGet(() -> run.omitted("Customer survival", "survival")));
    blocks.add(run.table("mrr_movements").<Block>map(t -> MrrCharts.movements(run, t))
        .orElseGet(() -> run.omitted("MRR movements", "mrr_movements")));
    run.table("mrr_movements").ifPresent(t -> blocks.add(MrrCharts.retention(run, t)));
    blocks.add(run.table("churn_monthly").<Block>map(t -> churn(run, t))
        .orElseGet(() -> run.omitted("Logo churn", "churn_monthly")));
    blocks.add(run.table("trial_conversion").<Block>map(t -> trials(run, t))
        .orElseGet(() -> run.omitted("Trial conversion", "trial_conversion")));
    return new Section(ID, "Subscriptions", blocks);
  }

  private static Chart survival(RunView run, Table t) {
    return survival(run, t, "chart-survival", "Customer survival (Kaplan–Meier)");
  }

  /**
   * Survival curves with their 95 % bands, one per segment of a {@code survival} table.
   *
   * @param run the run
   * @param t a {@code survival} table, overall or by a column
   * @param id the chart id
   * @param title the chart title
   * @return the chart
   */
  static Chart survival(RunView run, Table t, String id, String title) {
    String unit = timeUnit(run);
    Figure f = Figure.of(380);
    List<String> segments = Columns.distinct(t, "segment");
    for (int i = 0; i < segments.size(); i++) {
      Table s = Columns.rowsWhere(t, "segment", segments.get(i));
      String color = Palette.series(i);
      String group = "segment-" + i;
      double[] time = Columns.numbers(s, "time");
      f.add(bandEdge(segments.get(i), time, Columns.numbers(s, "ci_upper"), group));
      f.add(bandEdge(segments.get(i), time, Columns.numbers(s, "ci_lower"), group)
          .set("fill", "tonexty").set("fillcolor", Colors.translucent(color, 0.18)));
      Trace curve = Trace.line(segments.get(i)).x(time).y(Columns.numbers(s, "survival")).color(color)
          .set("mode", "lines").set("legendgroup", group)
          .customData(Columns.numbers(s, "at_risk"), Columns.numbers(s, "events"),
              Columns.numbers(s, "ci_lower"), Columns.numbers(s, "ci_upper"))
          .hover("%{fullData.name} · " + unit + " %{x}<br>Survival %{y:.1%} (95 %: %{customdata[2]:.1%}"
              + "–%{customdata[3]:.1%})<br>%{customdata[0]:,} at risk, %{customdata[1]:,} ended");
      curve.object("line").put("shape", "hv");
      f.add(curve);
    }
    f.xAxis(Labels.metric(unit) + " since start", ",d").yAxis("Still active", ".0%");
    f.layout("yaxis").putArray("range").add(0).add(1.02);
    f.referenceLine(0.5, "y", "median lifetime where a curve crosses");
    return new Chart(id, title, f.json(),
        HowToRead.of("Each line is the share of customers still subscribed after a given number of "
            + unit + ", by segment; the shaded band is its 95 % confidence interval (wider = fewer"
            + " customers at risk). Hover for the customers at risk, the denominator.",
            "median_lifetime_months"));
  }

  /** One edge of a confidence band: an invisible step line, filled to by the next trace. */
  private static Trace bandEdge(String segment, double[] time, double[] y, String group) {
    Trace edge = Trace.line(segment + " 95 % band").x(time).y(y).set("mode", "lines")
        .set("showlegend", false).set("hoverinfo", "skip").set("legendgroup", group);
    edge.object("line").put("width", 0).put("shape", "hv");
    return edge;
  }

  /** Survival time is in days for subscription spells, months for the tenure shape. */
  private static String timeUnit(RunView run) {
    LoadResult customers = run.run().loads().get(Dataset.CUSTOMERS);
    return customers != null && "tenure".equals(customers.shape().name()) ? "months" : "days";
  }

  private static Chart churn(RunView run, Table t) {
    String period = run.periodColumn(t);
    List<String> x = Columns.text(t, period);
    Figure f = Figure.of(340)
        .add(Trace.line("Logo churn rate").x(x).y(Columns.numbers(t, "logo_churn_rate"))
            .color(Palette.VERMILLION)
            .customData(Columns.numbers(t, "churned"), Columns.numbers(t, "customers_start"))
            .hover("%{x}<br>Logo churn %{y:.2%}<br>= %{customdata[0]:,} churned / %{customdata[1]:,}"
                + " customers at start"))
        .periodAxis().yAxis("Logo churn rate", ".1%");
    f.layout("yaxis").put("rangemode", "tozero");
    Targets.line(run, f, "logo_churn_rate", "y");
    Periods.markIncomplete(run, f, x);
    return new Chart("chart-logo-churn", "Logo churn", f.json(),
        HowToRead.of("Share of the customers active at the start of each " + period + " whose"
            + " subscription ended in it. A gap means no customers at the start.",
            "logo_churn_rate"));
  }

  /** Trials by start period as stacked bars by outcome, and the conversion rate on the right. */
  private static Chart trials(RunView run, Table t) {
    String period = run.periodColumn(t);
    List<String> x = Columns.text(t, period);
    double[] converted = Columns.numbers(t, "converted");
    double[] lapsed = Columns.numbers(t, "lapsed");
    double[] decided = new double[converted.length];
    for (int i = 0; i < decided.length; i++) {
      decided[i] = converted[i] + lapsed[i];
    }
    Figure f = Figure.of(340)
        .add(Trace.bar("Converted").x(x).y(converted).color(Palette.BLUE)
            .customData(Columns.numbers(t, "median_days_to_convert"))
            .hover("%{x}<br>%{y:,} trials converted<br>median %{customdata[0]:.1f} days to convert"))
        .add(Trace.bar("Lapsed").x(x).y(lapsed).color(Palette.VERMILLION)
            .hover("%{x}<br>%{y:,} trials lapsed"))
        .add(Trace.bar("Still in trial").x(x).y(Columns.numbers(t, "in_trial")).color(Palette.GREY)
            .hover("%{x}<br>%{y:,} trials still running (not in the rate)"))
        .add(Trace.line("Conversion rate").x(x).y(Columns.numbers(t, "trial_conversion_rate"))
            .color(Palette.ORANGE).customData(converted, decided).set("yaxis", "y2")
            .hover("%{x}<br>Conversion %{y:.1%}<br>= %{customdata[0]:,} converted / %{customdata[1]:,}"
                + " decided trials"))
        .periodAxis()
        .yAxis("Trials started", ",d")
        .y2Axis("Conversion rate", ".0%")
        .set("barmode", "stack");
    f.layout("yaxis2").putArray("range").add(0).add(1.02);
    Periods.markIncomplete(run, f, x);
    return new Chart("chart-trial-conversion", "Trial-to-paid conversion", f.json(),
        HowToRead.of("Bars: trials by the " + period + " they started in, stacked by outcome at the"
            + " as-of date; line: converted / decided trials on the right axis (trials still"
            + " running are left out of the rate; a gap means none is decided yet). One trial per"
            + " customer, its first.",
            "trial_conversion_rate", "median_days_to_convert"));
  }
}
