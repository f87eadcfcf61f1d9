package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.forecast.Backtest;
import dev.kpikit.DriverFit;
import dev.kpikit.forecast.Outlook;
import dev.kpikit.forecast.Scenario;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.OutlookRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReport_OutlookTest {
  private static final Instant NOW = Instant.parse("2026-01-02T06:00:00Z");
  private static MetricRun run;
  private static Outlook outlook;

  @BeforeAll
  static void simulate() {
    Business b = Kpikit.open(Path.of("../data-samples/cloudnote-saas"));
    run = b.computeAll(b.options());
    outlook = Outlook.simulate(DriverFit.fit(b), 12, 500, 1,
        List.of(Scenario.of("lower_churn", Map.of("churn_rate", "-1pp"))));
  }

  /** Two cutoffs of 6 steps: 5 and 4 inside the 80 % interval (75 %), 6 and 5 inside the 95 % (11/12). */
  private static Backtest twoCutoffs() {
    return new Backtest(List.of(
        new Backtest.Cutoff("2024-06", "2024-07", 6, 10, 20, 0.5, 5, 6, 1.0),
        new Backtest.Cutoff("2024-07", "2024-08", 6, 10, 40, 0.5, 4, 5, 1.0)), List.of());
  }

  @Test
  void theSectionStatesTheBacktestedCoverageOfItsIntervals() {
    String sentence = OutlookSection.coverageSentence(new OutlookRun(outlook, Map.of("monthly_revenue", twoCutoffs()), null));
    // relative MAE: geometric mean of 10/20 and 10/40 = sqrt(0.5 * 0.25)
    assertEquals("Backtested on this business's own history (2 cutoffs, each forecasting the next 6 months from the"
        + " months before it): the 80 % intervals contained 75 % of the actual monthly revenues and the 95 %"
        + " intervals 92 %; the median's error was " + String.format(java.util.Locale.ROOT, "%.2f", Math.sqrt(0.125))
        + " times that of repeating last year (relative MAE).", sentence);
  }

  @Test
  void withoutABacktestTheSectionSaysSoInsteadOfClaimingCoverage() {
    assertTrue(OutlookSection.coverageSentence(new OutlookRun(outlook, Map.of(), null)).startsWith("Not backtested"));
  }

  @Test
  void fanChartsScenarioChartAndAssumptionsComeBeforeDataQuality() {
    ReportPage page = HtmlReport.page(run, NOW, new OutlookRun(outlook, Map.of("monthly_revenue", twoCutoffs()), null));
    List<String> ids = page.sections().stream().map(Section::id).toList();
    assertEquals(ids.size() - 2, ids.indexOf(OutlookSection.ID), "the Outlook is the last section before Data quality");
    Section s = page.sections().get(ids.indexOf(OutlookSection.ID));
    assertEquals(List.of("chart-outlook-revenue", "chart-outlook-active-customers", "chart-outlook-mrr", "chart-outlook-scenarios"),
        s.charts().stream().map(Chart::id).toList());
    DataTable assumptions = s.blocks().stream().filter(DataTable.class::isInstance).map(DataTable.class::cast).findFirst().orElseThrow();
    assertTrue(assumptions.rows().stream().anyMatch(r -> r.get(0).text().equals("churn_rate")));
    // the P50 trace carries the base scenario's medians of forecast.csv
    var median = s.charts().get(0).figure().get("data").findValues("name").stream().map(n -> n.asText()).toList();
    assertTrue(median.containsAll(List.of("Actual", "Median (P50)", "80 % interval", "50 % interval")), median.toString());
  }

  @Test
  void theOtherSectionsAreByteIdenticalWithAndWithoutTheOutlook() {
    String without = HtmlReport.page(run, NOW).render();
    String with = HtmlReport.page(run, NOW, new OutlookRun(outlook, Map.of(), null)).render();
    String stripped = with
        .replaceAll("(?s)<section id=\"section-outlook\">.*?</section>\n", "")
        .replace("<li><a href=\"#section-outlook\">Outlook</a></li>", "");
    assertEquals(without, stripped);
  }

  @Test
  void dataThatCannotCarryAForecastGetsAOneLineReason() {
    Section s = OutlookSection.build(new RunView(run), OutlookRun.omitted("no orders"));
    assertEquals(1, s.blocks().size());
    StringBuilder html = new StringBuilder();
    s.renderTo(html);
    assertTrue(html.toString().contains("The outlook not shown: no orders."), html.toString());
  }
}
