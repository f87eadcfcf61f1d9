package dev.kpikit.report.html;

import dev.kpikit.clv.CountModel;
import dev.kpikit.clv.CustomerValueResult;
import dev.kpikit.clv.ModelFit;
import dev.kpikit.clv.RfmSummary;
import dev.kpikit.report.CustomerValueReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.Table;

/**
 * The "Customer value" section: the tracking plot (cumulative repeat purchases, actual and
 * predicted), P(alive) over recency x frequency, the distribution of CLV, and the value at risk
 * (customers with the highest past spend whose P(alive) is below one half). Present when the run
 * computed customer value; a one-line note when the analysis could not be made.
 */
final class CustomerValueSection {
  static final String ID = "section-customer-value";
  static final int AT_RISK_ROWS = 20;
  private static final int GRID = 30;

  private CustomerValueSection() {}

  /** @return the section, or null when the run did not compute customer value */
  static Section build(RunView view) {
    CustomerValueReport report = view.run().customerValue();
    if (report == null) {
      return null;
    }
    List<Block> blocks = new ArrayList<>();
    CustomerValueResult r = report.result();
    if (r == null) {
      blocks.add(Note.omitted("Customer value", report.note()));
      return new Section(ID, "Customer value", blocks);
    }
    blocks.add(Note.of(summary(r, view.currency())));
    blocks.add(tracking(r));
    blocks.add(pAlive(r));
    if (r.spend() == null) {
      blocks.add(Note.omitted("CLV distribution and value at risk", r.spendNote()));
    } else {
      blocks.add(distribution(r, view));
      blocks.add(atRisk(r, view));
    }
    return new Section(ID, "Customer value", blocks);
  }

  private static String summary(CustomerValueResult r, String currency) {
    ModelFit f = r.currentModel().fit();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%s fitted on %s customers (%s): ", f.model(),
        ValueFormat.count(f.customers()), r.settings().unit().label() + "s"));
    for (int i = 0; i < f.params().length; i++) {
      sb.append(i == 0 ? "" : ", ").append(f.names().get(i)).append(" = ")
          .append(String.format(Locale.ROOT, "%.4g", f.params()[i]));
    }
    sb.append(String.format(Locale.ROOT, "; log-likelihood %.2f. CLV over %s %ss at %s a year",
        f.logLikelihood(), ValueFormat.number(r.settings().clv().horizon()),
        r.settings().unit().label(), ValueFormat.percent(r.settings().clv().discountRate())));
    sb.append(" discount and a margin of ").append(ValueFormat.percent(r.settings().clv().margin()))
        .append(currency == null ? "" : " (" + currency + ")").append('.');
    if (r.validation() != null) {
      Table v = r.validation();
      int all = v.rowCount() - 1;
      sb.append(String.format(Locale.ROOT,
          " Holdout from %s: %s purchases actual, %s predicted by the model fitted before it.",
          r.settings().holdoutStart(), ValueFormat.number(v.doubleColumn("actual_total").get(all)),
          ValueFormat.number(v.doubleColumn("predicted_total").get(all))));
    }
    return sb.toString();
  }

  private static Chart tracking(CustomerValueResult r) {
    Table t = r.tracking();
    List<String> ends = Columns.text(t, "period_end");
    Figure f = Figure.of(340)
        .add(Trace.line("actual").x(ends).y(Columns.numbers(t, "actual_cumulative"))
            .color(Palette.BLUE).hover("%{x}<br>actual %{y:,.0f} repeat purchases"))
        .add(Trace.line("predicted").x(ends).y(Columns.numbers(t, "predicted_cumulative"))
            .color(Palette.ORANGE).hover("%{x}<br>predicted %{y:,.1f} repeat purchases"))
        .xAxis("End of " + r.settings().unit().label(), null)
        .yAxis("Cumulative repeat purchases", ",d");
    if (r.validation() != null) {
      int last = Columns.text(t, "phase").lastIndexOf("calibration");
      if (last >= 0) {
        var s = f.shapes().addObject();
        s.put("type", "line").put("xref", "x").put("x0", ends.get(last)).put("x1", ends.get(last))
            .put("yref", "paper").put("y0", 0).put("y1", 1);
        s.putObject("line").put("color", Palette.GREY).put("dash", "dot").put("width", 1);
        var a = f.annotations().addObject();
        a.put("xref", "x").put("x", ends.get(last)).put("yref", "paper").put("y", 1)
            .put("showarrow", false).put("text", "holdout starts").put("xanchor", "left");
        a.putObject("font").put("size", 10).put("color", Palette.GREY);
      }
    }
    return new Chart("chart-clv-tracking", "Repeat purchases, actual and predicted", f.json(),
        HowToRead.of("Repeat purchases (a customer's purchase days after the first) added up since"
            + " the first customer's first purchase, against what the model expects for customers"
            + " who joined when they did. Lines that stay together mean the model describes the"
            + " buying well; with a holdout, the part after the dotted line was not used to fit."));
  }

  private static Chart pAlive(CustomerValueResult r) {
    CountModel m = r.currentModel();
    RfmSummary s = r.current();
    double maxAge = Arrays.stream(s.age()).max().orElse(1);
    int maxX = Math.min(Arrays.stream(s.frequency()).max().orElse(1), GRID);
    double[] recency = new double[GRID + 1];
    List<String> freq = new ArrayList<>();
    double[][] z = new double[maxX + 1][GRID + 1];
    for (int k = 0; k <= GRID; k++) {
      recency[k] = maxAge * k / GRID;
    }
    for (int x = 0; x <= maxX; x++) {
      freq.add(String.valueOf(x));
      for (int k = 0; k <= GRID; k++) {
        z[x][k] = x == 0 && k > 0 ? Double.NaN : m.pAlive(x, x == 0 ? 0 : recency[k], maxAge);
      }
    }
    Trace h = Trace.heatmap().x(recency).y(freq).z(z).set("zmin", 0).set("zmax", 1)
        .set("hoverongaps", false)
        .hover("%{y} repeat purchases, last at %{x:.1f}: P(alive) %{z:.0%}");
    h.object("colorbar").put("tickformat", ".0%").put("thickness", 12);
    h.json().put("colorscale", "Viridis");
    Figure f = Figure.of(Math.max(300, 14 * (maxX + 1) + 90)).add(h)
        .xAxis("Recency: time of the last purchase since the first (" + s.unit().label() + "s)", null)
        .yAxis("Repeat purchases (frequency)", null);
    return new Chart("chart-clv-palive", "P(alive) by recency and frequency", f.json(),
        HowToRead.of("For a customer as old as the oldest ("
            + ValueFormat.number(maxAge) + " " + s.unit().label() + "s), the probability that they"
            + " still buy, by how many repeat purchases they made and how recently. Frequent"
            + " buyers who stopped long ago (bottom right of the top rows) are most likely gone."));
  }

  private static Chart distribution(CustomerValueResult r, RunView view) {
    double[] clv = r.predictions().clv();
    double[] sorted = Arrays.stream(clv).filter(Double::isFinite).sorted().toArray();
    double top = sorted.length == 0 ? 1 : sorted[(int) Math.floor(0.99 * (sorted.length - 1))];
    top = top > 0 ? top : 1;
    int bins = GRID;
    double[] counts = new double[bins];
    for (double v : sorted) {
      counts[Math.min(bins - 1, (int) (v / top * bins))]++;
    }
    List<String> labels = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      labels.add((b == bins - 1 ? "≥ " : "")
          + ValueFormat.number(top * b / bins) + (b == bins - 1 ? "" : "–" + ValueFormat.number(top * (b + 1) / bins)));
    }
    Figure f = Figure.of(320)
        .add(Trace.bar("customers").x(labels).y(counts).color(Palette.GREEN)
            .hover("CLV %{x}<br>%{y:,} customers"))
        .categoryAxis(view.money("CLV"))
        .yAxis("Customers", ",d");
    return new Chart("chart-clv-distribution", "Distribution of customer lifetime value",
        f.json(),
        HowToRead.of("Customers by their CLV: expected purchases over the horizon x expected spend"
            + " per purchase x margin, discounted. The last bar gathers the top 1 %. A long tail"
            + " means a few customers carry most of the future value."));
  }

  private static DataTable atRisk(CustomerValueResult r, RunView view) {
    RfmSummary s = r.current();
    String[] ids = s.ids();
    int[] x = s.frequency();
    double[] m = s.monetary();
    double[] alive = r.predictions().pAlive();
    double[] clv = r.predictions().clv();
    double[] expected = r.predictions().expectedPurchases();
    List<Integer> risky = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      if (x[i] > 0 && alive[i] < 0.5) {
        risky.add(i);
      }
    }
    risky.sort((i, j) -> {
      int c = Double.compare(x[j] * m[j], x[i] * m[i]);
      return c != 0 ? c : ids[i].compareTo(ids[j]);
    });
    List<List<Cell>> rows = new ArrayList<>();
    for (int i : risky.subList(0, Math.min(AT_RISK_ROWS, risky.size()))) {
      rows.add(List.of(
          Cell.text(ids[i]),
          Cell.number(ValueFormat.count(x[i])),
          Cell.number(ValueFormat.number(x[i] * m[i])),
          Cell.number(ValueFormat.percent(alive[i])),
          Cell.number(ValueFormat.number(expected[i])),
          Cell.number(ValueFormat.number(clv[i]))));
    }
    return new DataTable("table-clv-at-risk",
        "Value at risk: the highest past repeat spend among customers with P(alive) below 50 % ("
            + ValueFormat.count(risky.size()) + " such customers)",
        List.of("Customer", "Repeat purchases", view.money("Repeat spend"), "P(alive)",
            "Expected purchases", view.money("CLV")),
        rows,
        HowToRead.of("Customers who bought often or for much but whose recent silence makes them"
            + " probably gone: the list to win back first. Full predictions are in"
            + " customers/predictions.csv of kpikit customers."));
  }
}
