package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.Units;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.UnitRuns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a business divided into units, in headless Chromium: northwind-coffee by region,
 * opened on the whole business and on one unit ({@code #unit=u-N}, what picking it in the selector
 * does), and a hand-made shop whose store names are markup.
 */
class UnitsReport_BrowserTest {
  private static final Pattern TEMPLATE = Pattern.compile("<template.*?</template>", Pattern.DOTALL);
  private static final String HOSTILE = "</template><img src=x onerror=\"document.title='pwned'\">";

  @TempDir static Path work;
  private static String whole;
  private static String west;
  private static List<String> westConsole;
  private static List<String> names;
  private static String hostile;

  @BeforeAll
  static void render() throws Exception {
    Path browser = HeadlessChromium.require();
    Business b = Kpikit.open(Path.of("../data-samples/northwind-coffee")).withUnit("region");
    MetricRun run = b.computeAll(b.options());
    Units units = b.by("region");
    names = units.names();
    UnitRuns runs = units.runs(run.options());
    Path report = work.resolve("northwind");
    HtmlReport.write(run, report, null, runs);
    String page = report.resolve("index.html").toUri().toString();
    whole = HeadlessChromium.render(browser, page, Files.createDirectories(work.resolve("b1"))).dom();
    HeadlessChromium.Rendered r = HeadlessChromium.render(
        browser, page + "#unit=" + UnitSelector.key(names.indexOf("west")), Files.createDirectories(work.resolve("b2")));
    west = r.dom();
    westConsole = r.console();

    Path shop = Files.createDirectories(work.resolve("shop"));
    StringBuilder orders = new StringBuilder("order_id,order_date,customer_id,amount,store\n");
    for (int i = 0; i < 40; i++) {
      String store = i % 2 == 0 ? "\"" + HOSTILE.replace("\"", "\"\"") + "\"" : "Harbour St";
      orders.append("o").append(i).append(",2025-0").append(1 + i % 6).append("-1").append(i % 9)
          .append(",c").append(i % 13).append(",").append(10 + i).append(",").append(store).append('\n');
    }
    Files.writeString(shop.resolve("orders.csv"), orders);
    Business s = Kpikit.open(shop).withUnit("store");
    MetricRun shopRun = s.computeAll(s.options());
    Path out = work.resolve("shop-report");
    HtmlReport.write(shopRun, out, null, s.by("store").runs(shopRun.options()));
    hostile = HeadlessChromium.render(browser, out.resolve("index.html").toUri() + "#unit=u-0",
        Files.createDirectories(work.resolve("b3"))).dom();
  }

  /** The live page: main without the inert templates. */
  private static String live(String dom) {
    int start = dom.indexOf("<main");
    return TEMPLATE.matcher(dom.substring(start, dom.indexOf("</main>", start))).replaceAll("");
  }

  private static String section(String dom, String id) {
    String live = live(dom);
    int start = live.indexOf("<section id=\"" + id + "\"");
    assertTrue(start >= 0, "section " + id);
    return live.substring(start, live.indexOf("</section>", start));
  }

  @Test
  void theWholeBusinessIsTheDefault_andPickingAUnitSwitchesItsSections() {
    assertFalse(live(whole).contains("data-unit-name"), "whole business by default");
    for (String id : List.of("section-kpis", "section-sales", "section-acquisition", "section-retention",
        "section-operations", "section-balances", "section-scorecard")) {
      assertNotEquals(section(whole, id), section(west, id), id + " is the unit's");
      assertTrue(section(west, id).contains("data-unit-name=\"west\""), id + " says whose it is");
    }
    assertEquals(section(whole, "section-data-quality"), section(west, "section-data-quality"));
  }

  @Test
  void theUnitsChartsAreDrawnWhenItIsPicked() {
    List<Integer> svgs = HtmlReport_BrowserTest.svgsPerChart(live(west));
    assertTrue(svgs.size() >= 8, "charts: " + svgs);
    assertTrue(svgs.stream().allMatch(n -> n >= 1), "main-svg per chart: " + svgs);
    assertEquals(List.of(), westConsole);
  }

  @Test
  void theUnitsSectionHasTheLeagueTableFunnelPlotsAndStandouts() {
    String units = section(whole, "section-units");
    Matcher rows = Pattern.compile("<tr><th scope=\"row\">").matcher(units);
    int n = 0;
    while (rows.find()) {
      n++;
    }
    assertEquals(names.size(), n, "one league-table row per unit");
    assertTrue(units.contains("id=\"chart-funnel-repeat-purchase-rate\""), "funnel plot");
    assertTrue(units.contains("id=\"unit-standouts\""), "standouts");
    assertTrue(units.contains("marketing_spend by revenue share"), "allocation shown");
    assertEquals(names.size() + 1, units.split("<option ", -1).length - 1, "whole business + units");
  }

  @Test
  void aStoreNamedWithMarkup_isShownAsText_andNeverRuns() {
    assertFalse(hostile.contains("<title>pwned</title>"), "no script ran");
    assertFalse(hostile.contains("<img src=\"x\""), "no element from the data");
    assertTrue(hostile.contains("&lt;/template&gt;&lt;img src=x onerror="), "the name is text");
    String live = live(hostile);
    assertTrue(live.contains("data-unit-name=\"&lt;/template&gt;&lt;img") || live.contains("data-unit-name=\"</template><img"),
        "the picked unit is the hostile one, its name an attribute value");
  }
}
