package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.TestData;
import dev.kpikit.metrics.Kpi;
import dev.kpikit.testing.DuckDbOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Each preset's real export alone in a data folder with its preset in {@code kpikit.yaml}, as a
 * new user runs it, and its page opened once in headless Chromium: no chart without data, the
 * headline tiles hold the published figures (derived here with DuckDB SQL over the export, never
 * pasted from kpikit's output), and the segment charts have the segments of the data.
 */
class RealExportReportsTest {
  @TempDir static Path work;

  /** Rows of a DuckDB query as label to {events, total}, from columns 1, 2 and 3. */
  private static Map<String, List<Long>> counts(String sql) {
    try (DuckDbOracle db = new DuckDbOracle()) {
      Table t = db.query(sql);
      Map<String, List<Long>> out = new LinkedHashMap<>();
      for (int r = 0; r < t.rowCount(); r++) {
        out.put(t.column(0).getString(r), List.of(
            (long) t.numberColumn(1).getDouble(r), (long) t.numberColumn(2).getDouble(r)));
      }
      return out;
    }
  }

  /** What every export's page must satisfy; each nested class renders its page once. */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract static class ExportCase {
    /** @return the rendered page */
    abstract ExportPage page();

    @Test
    void noChartWithoutData() {
      page().assertNoChartWithoutData();
    }

    /**
     * Every "not shown" reason is in an analyst's words: no data shape, table name or "this
     * metric" of the code, and no reason without what is missing.
     */
    @Test
    void notShownReasons_speakNoCodeLanguage() {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("<p class=\"omitted\">(.*?)</p>",
          java.util.regex.Pattern.DOTALL).matcher(page().html());
      int notes = 0;
      while (m.find()) {
        String note = m.group(1);
        notes++;
        for (String code : List.of("this metric", "tenure shape", "spells", "has no rows for this period",
            "was not computed in this run", "both of its sides")) {
          assertFalse(note.contains(code), "'" + code + "' in: " + note);
        }
      }
      assertTrue(notes > 0, "every export lacks something, and its page says so");
    }

    @Test
    void noMissingChannelRow_whenTheExportHasNoChannel() {
      if (!page().html().contains("id=\"chart-segment-revenue-channel\"")) {
        assertFalse(page().html().contains("(missing)"));
      }
    }
  }

  private static String csv(Path file) {
    return "read_csv('" + file.toString().replace("'", "''") + "', header = true, all_varchar = true)";
  }

  @Nested
  class IbmHrAttrition extends ExportCase {
    private final Path file = TestData.dataset("hr-attrition/WA_Fn-UseC_-HR-Employee-Attrition.csv");
    private ExportPage page;

    @BeforeAll
    void render() throws Exception {
      page = ExportPage.of(work, "hr", "datasets:\n  employees: { preset: ibm-hr }\n",
          Map.of("employees.csv", file));
    }

    @Override
    ExportPage page() {
      return page;
    }

    @Test
    void attritionTile_isLeaversOverEmployees() {
      List<Long> all = counts("SELECT 'ALL', count(*) FILTER (WHERE Attrition = 'Yes'), count(*) FROM "
          + csv(file)).get("ALL");
      assertEquals(ValueFormat.percent((double) all.get(0) / all.get(1)), page.tileValue("attrition_rate"));
      assertEquals(ValueFormat.count(all.get(0)) + " of " + ValueFormat.count(all.get(1))
          + " employees left", page.tilePeriod("attrition_rate"));
      assertEquals("16.1 %", page.tileValue("attrition_rate"), "the published 237 / 1,470 = 16.12 %");
    }

    @Test
    void attritionTile_comparesWithNoEarlierPeriod() {
      String html = page.html();
      int tile = html.indexOf("id=\"kpi-attrition-rate\"");
      assertFalse(html.substring(tile, html.indexOf("</div>\n", tile)).contains("vs previous period"));
    }

    @Test
    void attritionByDepartment_hasEveryDepartmentWithItsCounts() {
      assertEquals(counts("SELECT Department, count(*) FILTER (WHERE Attrition = 'Yes'), count(*) FROM "
              + csv(file) + " GROUP BY 1 ORDER BY 1"),
          page.segmentCounts("chart-segment-attrition-department"));
    }

    @Test
    void attritionByOvertime_hasYesAndNoWithTheirCounts() {
      assertEquals(counts("SELECT OverTime, count(*) FILTER (WHERE Attrition = 'Yes'), count(*) FROM "
              + csv(file) + " GROUP BY 1 ORDER BY 1"),
          page.segmentCounts("chart-segment-attrition-over-time"));
    }

    @Test
    void outlookWithoutOrders_saysWhyWithoutTheDataFolderPath() {
      dev.kpikit.report.OutlookRun outlook = dev.kpikit.OutlookRuns.compute(Kpikit.open(work.resolve("hr")));
      String html = HtmlReport.page(page.run(), java.time.Instant.EPOCH, outlook).render();
      assertTrue(html.contains("Outlook: a forecast needs an orders file, or a customers file of subscriptions"), html);
      assertFalse(html.contains(work.resolve("hr").toString()));
    }

    @Test
    void snapshotWithoutDates_hasNoIncompletePeriodWarning_andSaysItIsASnapshot() {
      assertFalse(page.html().contains("is incomplete"), "no months, so none is incomplete");
      assertTrue(page.html().contains("no dates in the data (a snapshot"));
    }

    @Test
    void sectionsWithoutData_areOneLine() {
      assertFalse(page.html().contains("id=\"section-sales\""));
      assertTrue(page.html().contains("Sales and Cohort retention: no orders file (orders.csv)"));
    }
  }

  @Nested
  class IbmTelcoChurn extends ExportCase {
    private final Path file = TestData.dataset("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    private ExportPage page;

    @BeforeAll
    void render() throws Exception {
      page = ExportPage.of(work, "telco", "datasets:\n  customers: { preset: ibm-telco }\n",
          Map.of("customers.csv", file));
    }

    @Override
    ExportPage page() {
      return page;
    }

    @Test
    void churnTile_isChurnedOverCustomers() {
      List<Long> all = counts("SELECT 'ALL', count(*) FILTER (WHERE Churn = 'Yes'), count(*) FROM "
          + csv(file)).get("ALL");
      assertEquals(ValueFormat.percent((double) all.get(0) / all.get(1)), page.tileValue("churn_rate"));
      assertEquals("26.5 %", page.tileValue("churn_rate"), "the published 1,869 / 7,043 = 26.54 %");
    }

    @Test
    void churnByContract_hasEachContractWithItsCounts() {
      Map<String, List<Long>> expected = counts("SELECT Contract, count(*) FILTER (WHERE Churn = 'Yes'),"
          + " count(*) FROM " + csv(file) + " GROUP BY 1 ORDER BY 1");
      assertEquals(expected, page.segmentCounts("chart-segment-churn-contract"));
      assertEquals(List.of(1655L, 3875L), expected.get("Month-to-month"));
      assertEquals(List.of(48L, 1695L), expected.get("Two year"));
    }

    @Test
    void survivalByContract_hasACurvePerContract() {
      List<String> curves = new ArrayList<>();
      for (JsonNode trace : page.chart("chart-segment-survival-contract").get("data")) {
        if (!trace.path("showlegend").isBoolean()) {
          curves.add(trace.get("name").asText());
        }
      }
      assertEquals(List.of("Month-to-month", "One year", "Two year"), curves);
    }

    @Test
    void paymentMethodAndInternetService_areChosenFromTheData() {
      assertEquals(counts("SELECT PaymentMethod, count(*) FILTER (WHERE Churn = 'Yes'), count(*) FROM "
              + csv(file) + " GROUP BY 1 ORDER BY 1"),
          page.segmentCounts("chart-segment-churn-payment-method"));
      assertEquals(counts("SELECT InternetService, count(*) FILTER (WHERE Churn = 'Yes'), count(*) FROM "
              + csv(file) + " GROUP BY 1 ORDER BY 1"),
          page.segmentCounts("chart-segment-churn-internet-service"));
    }

    @Test
    void tenureExport_needsNoAsOf_andWarnsOfNoIncompleteMonth() {
      assertFalse(page.html().contains("is incomplete"));
      assertTrue(page.html().contains("Median lifetime (not reached: Kaplan–Meier survival is still"));
    }
  }

  @Nested
  class UciOnlineRetail extends ExportCase {
    private final Path folder = TestData.dataset("online-retail/by-day");
    private ExportPage page;
    private Map<String, Double> revenue;

    @BeforeAll
    void render() throws Exception {
      page = ExportPage.of(work, "retail", "datasets:\n  orders: { preset: uci-online-retail }\n",
          Map.of("orders", folder));
      revenue = new LinkedHashMap<>();
      try (DuckDbOracle db = new DuckDbOracle()) {
        Table t = db.query("SELECT strftime(CAST(InvoiceDate AS TIMESTAMP), '%Y-%m') AS month,"
            + " sum(CAST(Quantity AS DOUBLE) * CAST(UnitPrice AS DOUBLE)) FROM "
            + csv(folder.resolve("*.csv.gz")) + " GROUP BY 1 ORDER BY 1");
        for (int r = 0; r < t.rowCount(); r++) {
          revenue.put(t.column(0).getString(r), t.numberColumn(1).getDouble(r));
        }
      }
    }

    @Override
    ExportPage page() {
      return page;
    }

    @Test
    void revenueChart_holdsTheMonthlyRevenuesOfTheExport() {
      JsonNode bars = page.chart("chart-revenue").get("data").get(0);
      assertEquals(new ArrayList<>(revenue.keySet()),
          java.util.stream.StreamSupport.stream(bars.get("x").spliterator(), false).map(JsonNode::asText).toList());
      int i = 0;
      for (double expected : revenue.values()) {
        assertEquals(expected, bars.get("y").get(i++).asDouble(), Math.abs(expected) * 1e-9);
      }
    }

    @Test
    void revenueTile_isTheLastCompleteMonth() {
      assertEquals("2011-11", page.tilePeriod("revenue"));
      assertEquals(ValueFormat.format(revenue.get("2011-11"), "currency", null), page.tileValue("revenue"));
    }

    @Test
    void churnOfThirteenMonths_isUnknownNotZero() {
      String html = page.html();
      int table = html.indexOf("id=\"table-unit-economics\"");
      assertTrue(table > 0, "the unit economics table is shown");
      String unitEconomics = html.substring(table, html.indexOf("</table>", table));
      assertFalse(unitEconomics.contains("0.0 %"), "no rate of the unit economics reads 0.0 %: " + unitEconomics);
      assertTrue(page.html().contains("monthly churn: the orders start in 2010-12 and a customer counts"
          + " as lost only after 12 months without an order"));
    }

    @Test
    void withoutChannelsOrCosts_noMissingChannelRow_andNoGrossMarginAxis() {
      assertFalse(page.html().contains("(missing)"));
      assertFalse(page.chart("chart-revenue").get("layout").has("yaxis2"));
      assertEquals(1, page.chart("chart-revenue").get("data").size());
    }

    @Test
    void countries_areTheTopTenAndOther() {
      JsonNode x = page.chart("chart-segment-revenue-region").get("data").get(0).get("x");
      assertEquals(11, x.size());
      assertEquals("(other)", x.get(10).asText());
      assertTrue(x.toString().contains("\"United Kingdom\""));
    }
  }

  @Nested
  class Superstore extends ExportCase {
    private final Path file = TestData.dataset("superstore/superstore.csv");
    private ExportPage page;

    @BeforeAll
    void render() throws Exception {
      page = ExportPage.of(work, "superstore", "datasets:\n  orders: { preset: superstore }\n",
          Map.of("orders.csv", file));
    }

    @Override
    ExportPage page() {
      return page;
    }

    @Test
    void segmentRegionAndCategory_areBreakdownsWithTheirRevenue() {
      for (String column : List.of("Segment", "Region", "Category")) {
        Map<String, List<Long>> expected = counts("SELECT \"" + column + "\", round(sum(CAST(replace(replace("
            + "Sales, '$', ''), ',', '') AS DOUBLE))), 0 FROM " + csv(file) + " GROUP BY 1 ORDER BY 1");
        JsonNode bars = page.chart("chart-segment-revenue-" + column.toLowerCase(java.util.Locale.ROOT))
            .get("data").get(0);
        Map<String, List<Long>> shown = new LinkedHashMap<>();
        for (int i = 0; i < bars.get("x").size(); i++) {
          shown.put(bars.get("x").get(i).asText(), List.of(Math.round(bars.get("y").get(i).asDouble()), 0L));
        }
        assertEquals(expected, shown, column);
      }
    }
  }

  @Nested
  class ShopifyOrders extends ExportCase {
    private final Path northwind = Path.of("../data-samples/northwind-coffee");
    private ExportPage page;

    @BeforeAll
    void render() throws Exception {
      Path export = Files.createDirectories(work.resolve("shopify-export")).resolve("orders_export.csv");
      PresetExports.shopify(northwind, export);
      page = ExportPage.of(work, "shopify", "datasets:\n  orders: { preset: shopify-orders }\n",
          Map.of("orders.csv", export));
    }

    @Override
    ExportPage page() {
      return page;
    }

    @Test
    void revenueTile_isTheSampleOrdersRevenue() {
      Business b = Kpikit.open(northwind);
      Kpi revenue = b.computeAll(b.options()).kpis().stream()
          .filter(k -> k.name().equals("revenue")).findFirst().orElseThrow();
      assertEquals(revenue.period(), page.tilePeriod("revenue"));
      assertEquals(ValueFormat.format(revenue.value(), "currency", null), page.tileValue("revenue"));
    }

    @Test
    void sourceAndBillingCountry_areBreakdowns() {
      JsonNode countries = page.chart("chart-segment-revenue-region").get("data").get(0).get("x");
      List<String> shown = new ArrayList<>();
      countries.forEach(c -> shown.add(c.asText()));
      assertEquals(PresetExports.COUNTRY.values().stream().distinct().sorted().toList(), shown);
      page.chart("chart-segment-revenue-channel");
    }
  }

  @Nested
  class StripeSubscriptions extends ExportCase {
    private final Path cloudnote = Path.of("../data-samples/cloudnote-saas");
    private ExportPage page;
    private Business sample;

    @BeforeAll
    void render() throws Exception {
      sample = Kpikit.open(cloudnote);
      Path export = Files.createDirectories(work.resolve("stripe-export")).resolve("subscriptions.csv");
      PresetExports.stripe(cloudnote, export);
      page = ExportPage.of(work, "stripe", "as_of: " + sample.asOf()
          + "\ndatasets:\n  customers: { preset: stripe-subscriptions }\n", Map.of("customers.csv", export));
    }

    @Override
    ExportPage page() {
      return page;
    }

    @Test
    void mrrTile_isTheSampleSubscriptionsMrr() {
      Kpi mrr = sample.computeAll(sample.options()).kpis().stream()
          .filter(k -> k.name().equals("mrr")).findFirst().orElseThrow();
      assertEquals(ValueFormat.format(mrr.value(), "currency", null), page.tileValue("mrr"));
    }

    @Test
    void survivalByPlan_hasACurvePerPlan() {
      List<String> curves = new ArrayList<>();
      for (JsonNode trace : page.chart("chart-segment-survival-plan").get("data")) {
        if (!trace.path("showlegend").isBoolean()) {
          curves.add(trace.get("name").asText());
        }
      }
      List<String> plans = sample.customers().stringColumn("plan").unique().asList().stream()
          .filter(p -> !p.isEmpty()).sorted().toList();
      assertEquals(plans, curves);
    }
  }
}
