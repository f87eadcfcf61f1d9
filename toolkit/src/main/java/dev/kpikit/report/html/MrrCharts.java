package dev.kpikit.report.html;

import java.util.List;
import tech.tablesaw.api.Table;

/** The MRR bridge (movements as stacked bars) and NRR / GRR per period, from {@code mrr_movements}. */
final class MrrCharts {
  private MrrCharts() {}

  static Chart movements(RunView run, Table t) {
    String period = run.periodColumn(t);
    List<String> x = Columns.text(t, period);
    Figure f = Figure.of(380).set("barmode", "relative");
    double[][] up = {Columns.numbers(t, "new"), Columns.numbers(t, "expansion"), Columns.numbers(t, "reactivation")};
    double[][] down = {Columns.numbers(t, "contraction"), Columns.numbers(t, "churned")};
    movement(f, x, "New", up[0], 1, Palette.BLUE);
    movement(f, x, "Expansion", up[1], 1, Palette.SKY);
    movement(f, x, "Reactivation", up[2], 1, Palette.GREEN);
    movement(f, x, "Contraction", down[0], -1, Palette.ORANGE);
    movement(f, x, "Churned", down[1], -1, Palette.VERMILLION);
    double[] mrrEnd = Columns.numbers(t, "mrr_end");
    f.add(Trace.line("MRR at end").x(x).y(mrrEnd).color("#1f2933")
        .set("yaxis", "y2").hover("%{x}<br>MRR at end %{y:,.0f}"));
    f.periodAxis().yAxis(run.money("MRR change"), ",.0f").y2Axis(run.money("MRR"), ",.0f");
    alignZeros(f, maxSum(up), maxSum(down), max(mrrEnd));
    Periods.markIncomplete(run, f, x);
    return new Chart("chart-mrr", "MRR movements", f.json(),
        HowToRead.of("Bars above zero add monthly recurring revenue (new, expansion, reactivation),"
            + " bars below remove it (contraction, churn); the line is MRR at the end of each "
            + period + " on the right axis.", "mrr", "quick_ratio"));
  }

  /**
   * Sets both y ranges so that their zeros line up: the left axis from the largest fall to the
   * largest rise, the right one (MRR, never negative) scaled to the same proportions.
   */
  private static void alignZeros(Figure f, double rise, double fall, double mrr) {
    double top = Math.max(rise, 1) * 1.08;
    double bottom = -Math.max(fall, 0) * 1.08;
    double right = Math.max(mrr, 1) * 1.08;
    f.layout("yaxis").putArray("range").add(bottom).add(top);
    f.layout("yaxis2").putArray("range").add(bottom / top * right).add(right);
  }

  /** @return the largest per-period sum of the absolute values of the columns */
  private static double maxSum(double[][] columns) {
    double best = 0;
    for (int i = 0; i < columns[0].length; i++) {
      double sum = 0;
      for (double[] c : columns) {
        sum += Double.isFinite(c[i]) ? Math.abs(c[i]) : 0;
      }
      best = Math.max(best, sum);
    }
    return best;
  }

  private static double max(double[] values) {
    double best = 0;
    for (double v : values) {
      best = Double.isFinite(v) ? Math.max(best, v) : best;
    }
    return best;
  }

  private static void movement(Figure f, List<String> x, String name, double[] v, int sign, String color) {
    double[] y = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      y[i] = sign * Math.abs(v[i]);
    }
    f.add(Trace.bar(name).x(x).y(y).color(color).hover("%{x}<br>" + name + " %{y:,.0f}"));
  }

  static Chart retention(RunView run, Table t) {
    String period = run.periodColumn(t);
    List<String> x = Columns.text(t, period);
    double[] start = Columns.numbers(t, "mrr_start");
    Figure f = Figure.of(340)
        .add(Trace.line("NRR").x(x).y(Columns.numbers(t, "nrr")).color(Palette.BLUE).customData(start)
            .hover("%{x}<br>NRR %{y:.1%} of MRR at start %{customdata[0]:,.0f}"))
        .add(Trace.line("GRR").x(x).y(Columns.numbers(t, "grr")).color(Palette.ORANGE).customData(start)
            .hover("%{x}<br>GRR %{y:.1%} of MRR at start %{customdata[0]:,.0f}"));
    if (t.containsColumn("nrr_12m")) {
      f.add(Trace.line("NRR 12 months").x(x).y(Columns.numbers(t, "nrr_12m")).color(Palette.GREEN)
          .hover("%{x}<br>12-month NRR %{y:.1%}"));
    }
    f.periodAxis().yAxis("Share of MRR at start", ".0%");
    Targets.line(run, f, "nrr", "y");
    Periods.markIncomplete(run, f, x);
    return new Chart("chart-nrr", "Net and gross revenue retention", f.json(),
        HowToRead.of("Each " + period + "'s MRR kept from the customers who had MRR at its start:"
            + " NRR counts expansion, GRR does not (it can only fall below 100 %).",
            t.containsColumn("nrr_12m") ? new String[] {"nrr", "grr", "nrr_12m"} : new String[] {"nrr", "grr"}));
  }
}
