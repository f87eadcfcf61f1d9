package dev.kpikit.report.html;

import static dev.kpikit.report.html.ReportFixtures.IMG_ONERROR;
import static dev.kpikit.report.html.ReportFixtures.JS_BREAKOUT;
import static dev.kpikit.report.html.ReportFixtures.SCRIPT_CLOSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.metrics.Kpi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders generated reports in headless Chromium: every chart is drawn by the local plotly.js,
 * the console stays clean, and names from the data never run as script.
 */
class HtmlReport_BrowserTest {
  private static final Pattern CHART_DIV = Pattern.compile("<div class=\"chart[^\"]*\" id=\"(chart-[a-z-]+)\"");

  @TempDir static Path work;
  private static HeadlessChromium.Rendered hostile;
  private static HeadlessChromium.Rendered cloudnote;

  @BeforeAll
  static void render() throws Exception {
    Path browser = HeadlessChromium.require();
    Path shop = work.resolve("shop");
    ReportFixtures.Names names =
        new ReportFixtures.Names(SCRIPT_CLOSE, JS_BREAKOUT, IMG_ONERROR, shop + "/" + IMG_ONERROR + ".csv");
    Kpi kpi = new Kpi("revenue", 1100, "currency", "2025-03", 1000, Double.NaN, SCRIPT_CLOSE);
    HtmlReport.write(ReportFixtures.everything(shop, names, List.of(kpi)), shop);
    hostile = HeadlessChromium.render(browser, shop.resolve("index.html"), Files.createDirectories(work.resolve("b1")));

    Business sample = Kpikit.open(Path.of("../data-samples/cloudnote-saas"));
    Path report = work.resolve("cloudnote-saas");
    HtmlReport.write(sample.computeAll(sample.options()), report);
    cloudnote = HeadlessChromium.render(browser, report.resolve("index.html"), Files.createDirectories(work.resolve("b2")));
  }

  /** Plotly's main-svg elements inside each chart div, in page order. */
  static List<Integer> svgsPerChart(String dom) {
    Matcher m = CHART_DIV.matcher(dom);
    List<Integer> starts = new java.util.ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
    }
    starts.add(dom.length());
    List<Integer> counts = new java.util.ArrayList<>();
    for (int i = 0; i + 1 < starts.size(); i++) {
      counts.add(dom.substring(starts.get(i), starts.get(i + 1)).split("class=\"main-svg\"", -1).length - 1);
    }
    return counts;
  }

  @Test
  void everyChartOfTheFixture_isDrawn() {
    List<Integer> svgs = svgsPerChart(hostile.dom());
    assertEquals(14, svgs.size(), "chart divs");
    assertTrue(svgs.stream().allMatch(n -> n >= 1), "main-svg per chart: " + svgs);
  }

  @Test
  void everyChartOfTheRealSample_isDrawn() {
    List<Integer> svgs = svgsPerChart(cloudnote.dom());
    // cloudnote has no inventory: every other chart of the report is drawn (the 21 of
    // HtmlReport_WriteTest.realSample_hasEveryChartItsDataAllows).
    assertEquals(21, svgs.size(), "chart divs");
    assertTrue(svgs.stream().allMatch(n -> n >= 1), "main-svg per chart: " + svgs);
  }

  @Test
  void consoleStaysClean() {
    assertEquals(List.of(), hostile.console());
    assertEquals(List.of(), cloudnote.console());
  }

  @Test
  void hostileNamesInTheData_neverRun() {
    Matcher title = Pattern.compile("<title>(.*?)</title>").matcher(hostile.dom());
    assertTrue(title.find());
    assertEquals("shop — kpikit report", title.group(1));
    assertTrue(hostile.dom().contains("&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;"),
        "shown as text");
  }
}
