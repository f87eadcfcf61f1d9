package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.report.MetricRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report page of one export, as a new user makes it: the export alone in a data folder with
 * its preset in {@code kpikit.yaml}, the report written with every table the data allow, then
 * opened once in headless Chromium. Holds the written HTML, the chart specs it carries and the DOM
 * after plotly.js drew it.
 *
 * @param run the metrics run the page shows
 * @param html the written {@code index.html}
 * @param dom the page after scripts ran
 * @param specs chart id to its Plotly figure, in page order
 */
record ExportPage(MetricRun run, String html, String dom, Map<String, JsonNode> specs) {
  private static final Pattern SPEC = Pattern.compile(
      "<script type=\"application/json\" class=\"chart-spec\" data-chart=\"([a-z0-9-]+)\">(.*?)</script>",
      Pattern.DOTALL);
  private static final Pattern CHART_DIV = Pattern.compile("<div class=\"chart[^\"]*\" id=\"(chart-[a-z0-9-]+)\"");

  /**
   * @param work a scratch folder
   * @param name the data folder's name
   * @param yaml the {@code kpikit.yaml} text
   * @param files file name in the folder to its source (a file or a folder of files)
   * @return the page, rendered
   */
  static ExportPage of(Path work, String name, String yaml, Map<String, Path> files)
      throws IOException, InterruptedException {
    Path browser = HeadlessChromium.require();
    Path data = Files.createDirectories(work.resolve(name));
    Files.writeString(data.resolve("kpikit.yaml"), yaml);
    for (Map.Entry<String, Path> f : files.entrySet()) {
      Path target = data.resolve(f.getKey());
      if (Files.isDirectory(f.getValue())) {
        Files.createDirectories(target);
        try (var list = Files.list(f.getValue())) {
          for (Path p : list.toList()) {
            Files.copy(p, target.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
          }
        }
      } else {
        Files.copy(f.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Business b = Kpikit.open(data);
    MetricRun run = b.computeAll(b.options());
    Path out = work.resolve(name + "-report");
    HtmlReport.write(run, out);
    String html = Files.readString(out.resolve("index.html"));
    String dom = HeadlessChromium.render(browser, out.resolve("index.html"),
        Files.createDirectories(work.resolve(name + "-browser"))).dom();
    Map<String, JsonNode> specs = new LinkedHashMap<>();
    Matcher m = SPEC.matcher(html);
    ObjectMapper json = new ObjectMapper();
    while (m.find()) {
      specs.put(m.group(1), json.readTree(m.group(2)));
    }
    return new ExportPage(run, html, dom, specs);
  }

  /** @return the chart's figure, failing when the page has no such chart */
  JsonNode chart(String id) {
    JsonNode f = specs.get(id);
    if (f == null) {
      fail("no chart " + id + " on the page; charts: " + specs.keySet());
    }
    return f;
  }

  /**
   * Every chart has a trace with at least one point (a non-null y, or a heatmap cell), and
   * Chromium drew a trace in every chart div (bars or markers, a line, or a heatmap image).
   */
  void assertNoChartWithoutData() {
    assertFalse(specs.isEmpty(), "the page has no chart at all");
    for (Map.Entry<String, JsonNode> e : specs.entrySet()) {
      boolean points = false;
      for (JsonNode trace : e.getValue().get("data")) {
        points |= hasValue(trace.get("y")) || hasValue(trace.get("z"));
      }
      assertTrue(points, e.getKey() + " has no trace with a point");
    }
    Matcher m = CHART_DIV.matcher(dom);
    List<Integer> starts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      starts.add(m.start());
      ids.add(m.group(1));
    }
    starts.add(dom.length());
    assertTrue(ids.containsAll(specs.keySet()), "chart divs " + ids + " vs specs " + specs.keySet());
    for (int i = 0; i < ids.size(); i++) {
      String chunk = dom.substring(starts.get(i), starts.get(i + 1));
      assertTrue(chunk.contains("class=\"main-svg\""), ids.get(i) + " was not drawn");
      assertTrue(chunk.contains("class=\"point\"") || chunk.contains("class=\"js-line\"")
          || chunk.contains("class=\"hm\""), ids.get(i) + " was drawn without a trace");
    }
  }

  private static boolean hasValue(JsonNode values) {
    if (values == null || !values.isArray()) {
      return false;
    }
    for (JsonNode v : values) {
      if (v.isNumber() || v.isArray() && hasValue(v)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param kpi a KPI name, e.g. {@code attrition_rate}
   * @return the text of its tile's value in the drawn page, e.g. {@code 16.1 %}
   */
  String tileValue(String kpi) {
    Matcher m = Pattern.compile("id=\"kpi-" + kpi.replace('_', '-')
        + "\"><div class=\"tile-name\">[^<]*</div><div class=\"tile-value\">([^<]*)</div>"
        + "<div class=\"tile-period\">([^<]*)</div>").matcher(dom);
    if (!m.find()) {
      fail("no tile " + kpi);
    }
    return m.group(1);
  }

  /** @return the text under the tile's value (its period, or its counts) */
  String tilePeriod(String kpi) {
    Matcher m = Pattern.compile("id=\"kpi-" + kpi.replace('_', '-')
        + "\">.*?<div class=\"tile-period\">([^<]*)</div>").matcher(dom);
    if (!m.find()) {
      fail("no tile " + kpi);
    }
    return m.group(1);
  }

  /** @return a chart label as Plotly shows it: the entities {@link PlotlyText} wrote decoded */
  static String plain(String label) {
    return label.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /**
   * @param chart a rate chart of the Segments section
   * @return segment label to {events, total} read from its first trace's hover data
   */
  Map<String, List<Long>> segmentCounts(String chart) {
    JsonNode trace = chart(chart).get("data").get(0);
    Map<String, List<Long>> out = new LinkedHashMap<>();
    for (int i = 0; i < trace.get("x").size(); i++) {
      JsonNode d = trace.get("customdata").get(i);
      out.put(plain(trace.get("x").get(i).asText()), List.of(d.get(0).asLong(), d.get(1).asLong()));
    }
    return out;
  }
}
