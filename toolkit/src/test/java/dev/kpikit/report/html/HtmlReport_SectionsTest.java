package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.metrics.Kpi;
import dev.kpikit.report.MetricRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class HtmlReport_SectionsTest {
  private static final Path DIR = Path.of("/data/acme-roasters");
  private static final Instant NOW = Instant.parse("2025-04-01T06:00:00Z");

  private static ReportPage page(MetricRun run) {
    return HtmlReport.page(run, NOW);
  }

  @Test
  void everyTableOfTheRun_drawsItsChartUnderAFixedId() {
    ReportPage p = page(ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of()));
    assertEquals(
        List.of("chart-revenue", "chart-new-customers", "chart-cac", "chart-ltv-cac",
            "chart-payback", "chart-cohort-customers", "chart-cohort-revenue", "chart-survival",
            "chart-mrr", "chart-nrr", "chart-logo-churn", "chart-inventory",
            "chart-employee-turnover", "chart-balances"),
        p.charts().stream().map(Chart::id).toList());
  }

  @Test
  void absentTable_isOneLineNamingTheFileThatWouldEnableIt_andNoChart() {
    Map<String, Table> tables = new LinkedHashMap<>(ReportFixtures.allTables(ReportFixtures.Names.PLAIN));
    tables.remove("churn_monthly");
    MetricRun run = ReportFixtures.run(DIR, tables,
        Map.of("churn_monthly", "no customers file (customers.csv)"), List.of(), List.of(),
        ReportFixtures.config());
    String html = page(run).render();
    assertTrue(html.contains("<p class=\"omitted\">Logo churn not shown: no customers file (customers.csv).</p>"), html);
    assertFalse(html.contains("id=\"chart-logo-churn\""));
  }

  @Test
  void trialConversion_drawsItsChart_afterLogoChurn() {
    Map<String, Table> tables = new LinkedHashMap<>(ReportFixtures.allTables(ReportFixtures.Names.PLAIN));
    tables.put("trial_conversion", ReportFixtures.table("trial_conversion",
        "month,trials_started,converted,lapsed,in_trial,trial_conversion_rate,median_days_to_convert",
        ReportFixtures.row("2025-01", 4, 2, 2, 0, 0.5, 21.0),
        ReportFixtures.row("2025-02", 3, 0, 0, 3, null, null)));
    MetricRun run = ReportFixtures.run(DIR, tables, Map.of(), List.of(), List.of(), ReportFixtures.config());

    List<String> ids = page(run).charts().stream().map(Chart::id).toList();

    assertEquals(ids.indexOf("chart-logo-churn") + 1, ids.indexOf("chart-trial-conversion"), ids.toString());
  }

  @Test
  void noTrials_saysWhyTrialConversionIsNotShown() {
    MetricRun run = ReportFixtures.run(DIR, ReportFixtures.allTables(ReportFixtures.Names.PLAIN),
        Map.of("trial_conversion", "trial_conversion needs trial ends: customers has no trial_end column"),
        List.of(), List.of(), ReportFixtures.config());
    String html = page(run).render();
    assertTrue(html.contains("<p class=\"omitted\">Trial conversion not shown: trial_conversion needs trial"
        + " ends: customers has no trial_end column.</p>"), html);
    assertFalse(html.contains("id=\"chart-trial-conversion\""));
  }

  @Test
  void tableNeitherComputedNorSkipped_saysSo() {
    MetricRun run = ReportFixtures.run(DIR, Map.of(), Map.of(), List.of(), List.of(), ReportFixtures.config());
    String html = page(run).render();
    assertTrue(html.contains("Balances: this run did not compute balances; kpikit report computes every table the data allow"), html);
    assertTrue(page(run).charts().isEmpty());
  }

  @Test
  void emptyTable_isOmittedRatherThanAnEmptyChart() {
    Table empty = ReportFixtures.table("revenue_monthly", "month,revenue");
    MetricRun run = ReportFixtures.run(DIR, Map.of("revenue_monthly", empty), Map.of(), List.of(), List.of(), ReportFixtures.config());
    String html = page(run).render();
    assertTrue(html.contains("Sales: the data hold nothing for revenue monthly"), html);
    assertTrue(page(run).charts().isEmpty());
  }

  @Test
  void balances_haveOneBarPerIndexedBalance_andEveryBalanceInTheTable() {
    ReportPage p = page(ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of()));
    Chart balances = p.charts().stream().filter(c -> c.id().equals("chart-balances")).findFirst().orElseThrow();
    assertEquals(2, balances.figure().get("data").get(0).get("x").size(), "people_vs_profit has no index");
    assertEquals(2, balances.figure().get("layout").get("shapes").size(), "a band per bar");
    assertEquals(4, balances.figure().get("layout").get("annotations").size(), "two side names per bar");
    String html = p.render();
    assertTrue(html.contains("<td class=\"status attention\">✗ leans left</td>"), html);
    assertTrue(html.contains("<td class=\"status good\">✓ balanced</td>"));
    assertTrue(html.contains("<td>People vs profit</td>"));
  }

  @Test
  void scorecard_showsStatusWithIconAndWords_andTrendArrows() {
    String html = page(ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of())).render();
    assertTrue(html.contains("<td class=\"perspective\">Financial</td><td>Gross margin %</td>"
        + "<td class=\"num\">60.0 %</td><td class=\"num\">50.0 %</td>"
        + "<td class=\"status good\">✓ met</td><td class=\"trend\">▲ up</td>"), html);
    assertTrue(html.contains("<td class=\"status attention\">✗ missed</td><td class=\"trend\">▶ flat</td>"));
  }

  @Test
  void kpiTile_showsValue_changes_andTargetStatus() {
    Kpi churn = new Kpi("logo_churn_rate", 0.04, "ratio", "2025-03", 0.05, 0.02, "Churned / start.");
    String html = page(ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of(churn))).render();
    assertTrue(html.contains("<div class=\"tile attention\" id=\"kpi-logo-churn-rate\">"
        + "<div class=\"tile-name\">Logo churn rate</div><div class=\"tile-value\">4.0 %</div>"
        + "<div class=\"tile-period\">2025-03</div>"
        + "<div class=\"tile-change\">▼ -1 pp vs previous period</div>"
        + "<div class=\"tile-change\">▲ +2 pp vs a year earlier</div>"
        + "<div class=\"tile-status\">✗ off target (target ≤ 3.0 %)</div>"), html);
  }

  @Test
  void kpiTile_withoutTarget_isNeutral_andMissingComparisonsShowADash() {
    Kpi revenue = new Kpi("revenue", 1100, "currency", "2025-03", Double.NaN, 1000, "Sum.");
    String html = page(ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of(revenue))).render();
    assertTrue(html.contains("<div class=\"tile-value\">EUR 1,100</div>"), html);
    assertTrue(html.contains("<div class=\"tile-change\">– vs previous period</div>"
        + "<div class=\"tile-change\">▲ +10.0 % vs a year earlier</div>"
        + "<div class=\"tile-status\">• no target</div>"));
  }

  @Test
  void noKpis_isOneLine() {
    String html = page(ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of())).render();
    assertTrue(html.contains("Headline KPIs: this run computed none"), html);
  }

  @Test
  void header_namesTheFolder_asOf_periods_coverage() {
    String html = page(ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of())).render();
    assertTrue(html.contains("<h1>acme-roasters</h1>"));
    assertTrue(html.contains("<dd id=\"as-of\">2025-03-31</dd>"));
    assertTrue(html.contains("<dd id=\"periods-covered\">2025-01 to 2025-03 (by month)</dd>"));
    assertTrue(html.contains("<li class=\"found\">✓ orders <span class=\"rows\">98 rows</span></li>"));
    assertTrue(html.contains("<li class=\"absent\">– customers <span class=\"rows\">not found</span></li>"));
  }

  @Test
  void periodsCovered_areThoseOfRevenue_notOfALongerHeadcountHistory() {
    Map<String, Table> tables = new LinkedHashMap<>(ReportFixtures.allTables(ReportFixtures.Names.PLAIN));
    tables.put(
        "employee_turnover",
        ReportFixtures.table("employee_turnover", "month,headcount_start",
            ReportFixtures.row("2019-10", 3.0), ReportFixtures.row("2025-03", 9.0)));
    MetricRun run = ReportFixtures.run(DIR, tables, Map.of(), List.of(), List.of(), ReportFixtures.config());
    String html = page(run).render();
    assertTrue(html.contains("<dd id=\"periods-covered\">2025-01 to 2025-03 (by month)</dd>"), html);
  }

  @Test
  void notableRejectRate_isWarnedInTheHeader() {
    MetricRun run = ReportFixtures.run(DIR, Map.of(), Map.of(), List.of(),
        List.of(ReportFixtures.orders("/data/acme-roasters/orders.csv", 100, 2)), ReportFixtures.config());
    assertTrue(page(run).render().contains(
        "<p>⚠ orders.csv: 2 of 100 rows rejected (2.0 %); see rejects/orders.csv.</p>"));
  }

  @Test
  void rejectRateBelowOnePercent_isNotWarned() {
    MetricRun run = ReportFixtures.run(DIR, Map.of(), Map.of(), List.of(),
        List.of(ReportFixtures.orders("/data/acme-roasters/orders.csv", 1000, 9)), ReportFixtures.config());
    assertFalse(page(run).render().contains("id=\"warnings\""));
  }

  @Test
  void incompleteLastPeriod_isWarned_andShadedInPeriodCharts() {
    MetricRun complete = ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of());
    MetricRun partial = new MetricRun(complete.dataDir(), complete.config(),
        complete.options().withAsOf(java.time.LocalDate.of(2025, 3, 15)), complete.loads(),
        complete.tables(), complete.skipped(), complete.kpis(), complete.timingsMillis());
    ReportPage p = page(partial);
    assertTrue(p.render().contains("The last month, 2025-03, is incomplete (data to 2025-03-15)"));
    Chart revenue = p.charts().get(0);
    assertTrue(revenue.figure().get("layout").get("annotations").toString().contains("\"text\":\"incomplete\""));
    assertFalse(page(complete).render().contains("incomplete"));
  }

  @Test
  void dataQuality_listsEveryFile_withALinkToItsRejects() {
    MetricRun run = ReportFixtures.run(DIR, Map.of(), Map.of(), List.of(),
        List.of(ReportFixtures.orders("/data/acme-roasters/orders.csv", 100, 2)), ReportFixtures.config());
    assertTrue(page(run).render().contains("<tr><td>orders</td><td>orders.csv</td><td class=\"num\">100</td>"
        + "<td class=\"num\">98</td><td class=\"num\">2</td><td class=\"num\">2.0 %</td>"
        + "<td><a href=\"rejects/orders.csv\">rejects/orders.csv</a></td>"
        + "<td>rows without customer_id: 3</td></tr>"));
  }

  @Test
  void ratiosCarryTheirDenominatorInTheHover() {
    ReportPage p = page(ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of()));
    Chart cac = p.charts().get(2);
    assertEquals("chart-cac", cac.id());
    assertEquals("[[100.0,5.0],[80.0,0.0]]", cac.figure().get("data").get(0).get("customdata").toString());
    assertTrue(cac.figure().get("data").get(0).get("hovertemplate").asText().contains("/ %{customdata[1]:,} new customers"));
  }

  @Test
  void missingValues_areJsonNulls_neverNaN() {
    ReportPage p = page(ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of()));
    assertEquals("[20.0,null]", p.charts().get(2).figure().get("data").get(0).get("y").toString());
    assertFalse(p.render().contains("NaN"));
  }

  @Test
  void howToRead_givesEachMetricsDefinitionAndUnitFromTheCatalog() {
    String html = page(ReportFixtures.everything(DIR, ReportFixtures.Names.PLAIN, List.of())).render();
    assertTrue(html.contains("<dt>gross_margin_pct <span class=\"unit\">(ratio)</span></dt>"
        + "<dd>Gross margin / revenue; missing when revenue is 0.</dd>"), html);
  }
}
