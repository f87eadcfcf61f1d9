package dev.kpikit.report.html;

import java.util.List;
import tech.tablesaw.api.Table;

/** The share of each month's hires still employed 12 months later, from {@code hire_retention}. */
final class HireRetentionChart {
  private HireRetentionChart() {}

  /**
   * @param run the run
   * @param t the {@code hire_retention} table (hire_month, hires, retained_12m, retention_12m)
   * @return the chart: one bar per hire month with hires (a month without hires is a gap)
   */
  static Chart of(RunView run, Table t) {
    List<String> x = Columns.text(t, "hire_month");
    Figure f = Figure.of(320)
        .add(Trace.bar("Still employed after 12 months").x(x)
            .y(Columns.numbers(t, "retention_12m")).color(Palette.GREEN)
            .customData(Columns.numbers(t, "retained_12m"), Columns.numbers(t, "hires"))
            .hover("Hired %{x}<br>%{y:.0%} still employed 12 months later<br>= %{customdata[0]:,}"
                + " of %{customdata[1]:,} hires"))
        .periodAxis().yAxis("Retained 12 months", ".0%");
    f.layout("yaxis").putArray("range").add(0).add(1.02);
    return new Chart("chart-hire-retention", "12-month retention of new hires", f.json(),
        HowToRead.of("Each bar is the hires of one month; its height is the share still employed"
            + " 12 months after their hire date. Months without hires, or whose hires are not yet"
            + " 12 months in, have no bar.", "retention_12m"));
  }
}
