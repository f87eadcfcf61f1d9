package dev.kpikit.report.html;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The "Acquisition" section: new customers and CAC by channel per period, and LTV:CAC and CAC
 * payback by channel from {@code unit_economics}.
 */
final class AcquisitionSection {
  static final String ID = "section-acquisition";
  private static final String ALL = "ALL";

  private AcquisitionSection() {}

  static Section build(RunView run) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(run.table("new_customers_monthly").<Block>map(t -> newCustomers(run, t))
        .orElseGet(() -> run.omitted("New customers by channel", "new_customers_monthly")));
    blocks.add(run.table("cac_monthly").<Block>map(t -> cac(run, t))
        .orElseGet(() -> run.omitted("CAC by channel", "cac_monthly")));
    run.table("unit_economics").ifPresentOrElse(
        t -> blocks.addAll(UnitEconomics.blocks(run, t)),
        () -> blocks.add(run.omitted("LTV:CAC and CAC payback by channel", "unit_economics")));
    return new Section(ID, "Acquisition", blocks);
  }

  private static Chart newCustomers(RunView run, Table t) {
    String period = run.periodColumn(t);
    Figure f = Figure.of(360).set("barmode", "stack").set("showlegend", true);
    List<String> channels = channels(t);
    if (channels.isEmpty()) {
      channels = List.of(ALL); // no channel column: the ALL rows are every new customer
    }
    List<String> allPeriods = Columns.distinct(t, period);
    for (int i = 0; i < channels.size(); i++) {
      Table c = Columns.rowsWhere(t, "channel", channels.get(i));
      f.add(Trace.bar(channels.get(i)).x(Columns.text(c, period))
          .y(Columns.numbers(c, "new_customers")).color(Palette.series(i))
          .hover("%{x} · %{fullData.name}<br>%{y:,} new customers"));
    }
    f.periodAxis().yAxis("New customers", ",d");
    Periods.markIncomplete(run, f, allPeriods);
    return new Chart("chart-new-customers", "New customers by acquisition channel", f.json(),
        HowToRead.of("Each bar is a " + period + "; its segments are acquisition channels (the"
            + " channel of a customer's first order), stacked to the total.", "new_customers"));
  }

  private static Chart cac(RunView run, Table t) {
    String period = run.periodColumn(t);
    Figure f = Figure.of(360);
    List<String> channels = new ArrayList<>(channels(t));
    if (Columns.distinct(t, "channel").contains(ALL)) {
      channels.add(ALL);
    }
    for (int i = 0; i < channels.size(); i++) {
      String ch = channels.get(i);
      Table c = Columns.rowsWhere(t, "channel", ch);
      Trace line = Trace.line(ALL.equals(ch) ? "ALL (blended)" : ch).x(Columns.text(c, period))
          .y(Columns.numbers(c, "cac"))
          .customData(Columns.numbers(c, "spend"), Columns.numbers(c, "new_customers"))
          .hover("%{x} · %{fullData.name}<br>CAC %{y:,.2f}<br>= spend %{customdata[0]:,.0f}"
              + " / %{customdata[1]:,} new customers");
      if (ALL.equals(ch)) {
        line.color("#1f2933").object("line").put("dash", "dot").put("width", 3);
      } else {
        line.color(Palette.series(i));
      }
      f.add(line);
    }
    f.periodAxis().yAxis(run.money("CAC"), ",.0f");
    Periods.markIncomplete(run, f, Columns.distinct(t, period));
    return new Chart("chart-cac", "Customer acquisition cost by channel", f.json(),
        HowToRead.of("One line per channel; the dotted line is the blend of all spend over all new"
            + " customers. A gap means no new customers that " + period + " (no denominator).",
            "cac"));
  }

  /** @return the channels other than ALL, in order of first appearance */
  static List<String> channels(Table t) {
    return Columns.distinct(t, "channel").stream().filter(c -> !ALL.equals(c)).toList();
  }
}
