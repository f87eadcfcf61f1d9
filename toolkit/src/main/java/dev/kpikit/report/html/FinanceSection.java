package dev.kpikit.report.html;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * The "Finance" section: the ratios of {@code financial_ratios} per period, in two charts by unit:
 * liquidity, leverage and coverage (times), and the spending ratios (shares of revenue). A ratio
 * without any value (e.g. interest coverage without interest expense) is left out of its chart.
 */
final class FinanceSection {
  static final String ID = "section-finance";

  private FinanceSection() {}

  static Section build(RunView run) {
    List<Block> blocks = new ArrayList<>();
    run.table("financial_ratios").ifPresentOrElse(t -> {
      chart(run, t, "chart-financial-times", "Liquidity, leverage and coverage", "Times", ".1f",
          List.of("current_ratio", "debt_to_equity", "interest_coverage"), blocks);
      chart(run, t, "chart-financial-shares", "Spending as a share of revenue", "Share of revenue",
          ".0%", List.of("opex_ratio", "rnd_share"), blocks);
    }, () -> blocks.add(run.omitted("Financial ratios", "financial_ratios")));
    if (blocks.isEmpty()) {
      blocks.add(Note.omitted("Financial ratios", "the financials have none of the inputs of a ratio"));
    }
    return new Section(ID, "Finance", blocks);
  }

  private static void chart(RunView run, Table t, String id, String title, String axis,
      String format, List<String> metrics, List<Block> blocks) {
    String period = run.periodColumn(t);
    List<String> x = Columns.text(t, period);
    Figure f = Figure.of(320);
    List<String> shown = new ArrayList<>();
    for (String m : metrics) {
      if (t.containsColumn(m) && UnitEconomics.anyValue(Columns.numbers(t, m))) {
        f.add(Trace.line(Labels.metric(m)).x(x).y(Columns.numbers(t, m))
            .color(Palette.series(shown.size()))
            .hover("%{x}<br>" + Labels.metric(m) + " %{y:" + (format.equals(".0%") ? ".1%" : ".2f") + "}"));
        shown.add(m);
      }
    }
    if (shown.isEmpty()) {
      return;
    }
    f.periodAxis().yAxis(axis, format);
    Periods.markIncomplete(run, f, x);
    blocks.add(new Chart(id, title, f.json(), HowToRead.of("One line per ratio and "
        + period + "; a gap is a " + period + " whose denominator is 0 or missing.",
        shown.toArray(String[]::new))));
  }
}
