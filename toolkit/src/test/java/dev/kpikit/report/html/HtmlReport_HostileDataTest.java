package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.cli.ExitCodes;
import dev.kpikit.cli.KpikitCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kpikit report} on a business whose every text that reaches the report is an injection
 * payload ({@link HostileBusiness}): in headless Chromium nothing runs and every chart is drawn; in
 * every CSV the run writes, no text cell starts a spreadsheet formula.
 */
class HtmlReport_HostileDataTest {
  private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

  @TempDir static Path work;
  private static Path published;
  private static HeadlessChromium.Rendered page;

  @BeforeAll
  static void report() throws Exception {
    Path browser = HeadlessChromium.require();
    Path data = HostileBusiness.write(work);
    Path out = work.resolve("report");
    StringWriter err = new StringWriter();
    CommandLine cl = KpikitCli.commandLine();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    int exit = cl.execute("report", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, exit, err.toString());
    published = out.resolve("current").toRealPath();
    page =
        HeadlessChromium.render(
            browser, out.resolve("index.html"), Files.createDirectories(work.resolve("browser")));
  }

  @Test
  void nothingFromTheDataRuns_theTitleIsStillTheFolderName() {
    Matcher title = TITLE.matcher(page.dom());
    assertTrue(title.find(), "no title");
    assertEquals(asDomText(HostilePayloads.FILE_NAMES.get(0)) + " — kpikit report", title.group(1));
  }

  @Test
  void noElementFromTheDataExists() {
    assertFalse(
        page.dom().contains("id=\"" + HostilePayloads.MARKER_ID + "\""),
        "a payload became an element");
    assertFalse(page.dom().contains("<iframe"), "a payload became an iframe");
  }

  @Test
  void everyChartIsDrawn() {
    List<Integer> svgs = HtmlReport_BrowserTest.svgsPerChart(page.dom());
    // 21 metric and segment charts (HtmlReport_WriteTest; no inventory chart), the Outlook's revenue, active
    // customers and MRR fans (no scenarios configured, so no scenario chart), plus the Customer
    // value section's (its model named in the config): the tracking plot and P(alive) always, the
    // CLV distribution when spend fits
    int customerValueCharts = page.dom().split("id=\"chart-clv-", -1).length - 1;
    assertTrue(customerValueCharts >= 2, "customer value charts: " + customerValueCharts);
    assertEquals(21 + 3 + customerValueCharts, svgs.size(), "chart divs");
    assertTrue(svgs.stream().allMatch(n -> n >= 1), "main-svg per chart: " + svgs);
  }

  @Test
  void consoleStaysClean() {
    assertEquals(List.of(), page.console());
  }

  /** How the dumped DOM shows a text: markup characters as entities, quotes as they are. */
  private static String asDomText(String text) {
    return Html.escape(text).replace("&quot;", "\"").replace("&#39;", "'");
  }

  @Test
  void configAndFolderPayloadsAreShownAsText() {
    assertTrue(
        page.dom().contains(asDomText(HostilePayloads.FILE_NAMES.get(0))), "the folder name");
    assertTrue(
        page.dom().contains("amounts in " + asDomText(HostileBusiness.CURRENCY)), "the currency");
  }

  @Test
  void dataPayloadsAreShownAsText() {
    List<String> shown =
        HostilePayloads.MARKUP.stream().filter(p -> page.dom().contains(asDomText(p))).toList();
    System.out.printf(
        "hostile data: %d of %d markup payloads shown as text in the page%n",
        shown.size(), HostilePayloads.MARKUP.size());
    assertTrue(
        shown.size() >= 3,
        "payloads in the dimensions the page shows (channel, region, plan): " + shown);
  }

  // ---- CSV outputs ------------------------------------------------------------------------

  /** Every cell of every CSV file under the published run, by file. */
  private static Map<String, List<String>> csvCells() throws IOException {
    Map<String, List<String>> cells = new TreeMap<>();
    try (Stream<Path> files = Files.walk(published)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".csv"))::iterator) {
        cells.put(published.relativize(f).toString(), cellsOf(Files.readString(f)));
      }
    }
    return cells;
  }

  /** The fields of an RFC 4180 text (quotes doubled inside quoted fields). */
  private static List<String> cellsOf(String csv) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',' || c == '\n') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    return cells;
  }

  private static boolean isNumber(String cell) {
    try {
      Double.parseDouble(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Test
  void noCsvCellStartsAFormula_unlessItIsANumber() throws IOException {
    Map<String, List<String>> cells = csvCells();
    assertTrue(
        cells
            .keySet()
            .containsAll(
                List.of("quality.csv", "rejects/orders.csv", "metrics/revenue_monthly.csv")),
        cells.keySet().toString());
    for (Map.Entry<String, List<String>> file : cells.entrySet()) {
      for (String cell : file.getValue()) {
        boolean risky = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
        assertFalse(risky && !isNumber(cell), file.getKey() + ": " + cell);
      }
    }
  }

  @Test
  void formulaPayloads_reachTheCsvs_neutralisedByALeadingApostrophe() throws IOException {
    List<String> all = csvCells().values().stream().flatMap(List::stream).toList();
    for (String formula : HostilePayloads.FORMULAS) {
      // a whole cell, the start of a rejected record (raw) or of a reason quoting the value
      assertTrue(
          all.stream().anyMatch(c -> c.startsWith("'" + formula)), "never written: " + formula);
    }
    String file = "'" + HostilePayloads.FILE_NAMES.get(1) + ".csv";
    assertTrue(all.contains(file), "the orders file name in quality.csv and rejects");
  }
}
