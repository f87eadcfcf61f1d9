package dev.kpikit.report.html;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/** The "Sales" section: revenue and gross margin per period, and repeat purchase by channel. */
final class SalesSection {
  static final String ID = "section-sales";

  private SalesSection() {}

  static Section build(RunView run) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(run.table("revenue_monthly").<Block>map(t -> revenueChart(run, t))
        .orElseGet(() -> run.omitted("Revenue and gross margin", "revenue_monthly")));
    run.table("repeat_purchase_rate").ifPresent(t -> blocks.add(repeatTable(t)));
    return new Section(ID, "Sales", blocks);
  }

  private static Chart revenueChart(RunView run, Table t) {
    String period = run.periodColumn(t);
    List<String> x = Columns.text(t, period);
    double[] revenue = Columns.numbers(t, "revenue");
    double[] margin = Columns.numbers(t, "gross_margin");
    double[] marginPct = Columns.numbers(t, "gross_margin_pct");
    double[] orders = Columns.numbers(t, "orders");
    double[] customers = Columns.numbers(t, "customers");
    Figure f = Figure.of(380)
        .add(Trace.bar("Revenue").x(x).y(revenue).color(Palette.SKY)
            .customData(orders, customers)
            .hover("%{x}<br>Revenue %{y:,.0f}<br>%{customdata[0]:,} orders · %{customdata[1]:,} customers"));
    String margins = MissingReasons.margin(run);
    if (margins != null && !UnitEconomics.anyValue(margin)) {
      f.periodAxis().yAxis(run.money("Revenue"), ",.0f");
      Periods.markIncomplete(run, f, x);
      return new Chart("chart-revenue", "Revenue", f.json(),
          HowToRead.of("Bars: revenue per " + period + ". No gross margin: " + margins
              + ". Hover a bar for its orders and customers.", "revenue"));
    }
    f.add(Trace.bar("Gross margin").x(x).y(margin).color(Palette.BLUE)
            .hover("%{x}<br>Gross margin %{y:,.0f}"))
        .add(Trace.line("Gross margin %").x(x).y(marginPct).color(Palette.ORANGE)
            .customData(margin, revenue).set("yaxis", "y2")
            .hover("%{x}<br>Gross margin % %{y:.1%}<br>= %{customdata[0]:,.0f} / revenue %{customdata[1]:,.0f}"))
        .periodAxis()
        .yAxis(run.money("Amount"), ",.0f")
        .y2Axis("Gross margin %", ".0%")
        .set("barmode", "group");
    f.layout("yaxis2").put("rangemode", "tozero");
    Targets.line(run, f, "gross_margin_pct", "y2");
    Periods.markIncomplete(run, f, x);
    return new Chart("chart-revenue", "Revenue and gross margin", f.json(),
        HowToRead.of("Light bars: revenue per " + period + "; dark bars: gross margin; line: gross"
            + " margin % on the right axis. Hover a point for its numerator and denominator.",
            "revenue", "gross_margin", "gross_margin_pct"));
  }

  private static DataTable repeatTable(Table t) {
    List<List<Cell>> rows = new ArrayList<>();
    List<String> channel = Columns.text(t, "channel");
    double[] customers = Columns.numbers(t, "customers");
    double[] repeat = Columns.numbers(t, "repeat_customers");
    double[] rate = Columns.numbers(t, "repeat_purchase_rate");
    for (int i = 0; i < t.rowCount(); i++) {
      rows.add(List.of(Cell.text(channel.get(i)), Cell.number(ValueFormat.number(repeat[i])),
          Cell.number(ValueFormat.number(customers[i])), Cell.number(ValueFormat.percent(rate[i]))));
    }
    return new DataTable("table-repeat-purchase", "Repeat purchase by acquisition channel",
        List.of("Channel", "Repeat customers", "Customers", "Repeat purchase rate"), rows,
        HowToRead.of("ALL is every customer; the rate is the second column over the third.",
            "repeat_purchase_rate"));
  }
}
