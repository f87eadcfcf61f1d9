package dev.kpikit.report.html;

import static dev.kpikit.report.html.ReportFixtures.IMG_ONERROR;
import static dev.kpikit.report.html.ReportFixtures.JS_BREAKOUT;
import static dev.kpikit.report.html.ReportFixtures.LINE_SEPARATORS;
import static dev.kpikit.report.html.ReportFixtures.SCRIPT_CLOSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile names in the data (channel, region, product segment, file name) stay text everywhere. */
class HtmlReport_EscapingTest {
  private static final Pattern SPEC =
      Pattern.compile("<script type=\"application/json\" class=\"chart-spec\" data-chart=\"([a-z-]+)\">(.*?)</script>", Pattern.DOTALL);

  private static String render(String payload) {
    ReportFixtures.Names names = new ReportFixtures.Names(payload, payload, payload, "/data/shop/" + payload + ".csv");
    return HtmlReport.page(ReportFixtures.everything(Path.of("/data/shop"), names, List.of()),
        Instant.EPOCH).render();
  }

  /** The page with every chart spec removed: what the HTML parser sees outside the JSON. */
  private static String outsideSpecs(String html) {
    return SPEC.matcher(html).replaceAll("<script type=\"application/json\"></script>");
  }

  private static List<String> specs(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = SPEC.matcher(html);
    while (m.find()) {
      out.add(m.group(2));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {SCRIPT_CLOSE, IMG_ONERROR, JS_BREAKOUT})
  void hostileNames_appearOnlyEscapedInHtmlText(String payload) {
    String html = render(payload);
    String markup = outsideSpecs(html);
    assertFalse(markup.contains(payload), "raw payload in the markup");
    assertTrue(markup.contains(Html.escape(payload)), "escaped payload shown as text");
    assertFalse(markup.contains("<img"), "an element from the data");
    String code = markup.replace("<script type=\"application/json\"></script>", "");
    assertEquals(2, code.split("<script", -1).length - 1, "only kpikit's two script elements");
  }

  @ParameterizedTest
  @ValueSource(strings = {SCRIPT_CLOSE, IMG_ONERROR, JS_BREAKOUT, LINE_SEPARATORS})
  void chartJson_hasNoCharacterThatCouldEndTheScriptOrALine(String payload) {
    List<String> specs = specs(render(payload));
    assertEquals(14, specs.size());
    for (String json : specs) {
      for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
        assertEquals(-1, json.indexOf(c), "raw " + c + " in " + json);
      }
    }
  }

  @Test
  void chartJson_parsesBackToTheNameAsPlotlyDisplaysIt() throws Exception {
    String html = render(SCRIPT_CLOSE + LINE_SEPARATORS);
    JsonNode newCustomers = new ObjectMapper().readTree(specs(html).get(1));
    assertEquals(PlotlyText.label(SCRIPT_CLOSE + LINE_SEPARATORS),
        newCustomers.get("data").get(0).get("name").asText());
    assertEquals("&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;a\u2028b\u2029c",
        newCustomers.get("data").get(0).get("name").asText());
  }

  @Test
  void fileNames_areEscapedInTheLedger() {
    String html = render(IMG_ONERROR);
    assertTrue(html.contains("<td>" + Html.escape(IMG_ONERROR) + ".csv</td>"), html);
  }

  @Test
  void escape_coversTextAndQuotedAttributes() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Html.escape("<a href=\"x\" title='y'>&"));
    assertEquals("", Html.escape(null));
    String plain = "organic search";
    assertTrue(plain == Html.escape(plain), "no copy when nothing needs escaping");
  }

  @Test
  void linkCell_escapesItsHref() {
    StringBuilder out = new StringBuilder();
    Cell.link("x", "\" onclick=\"alert(1)").renderTo(out, "td");
    assertEquals("<td><a href=\"&quot; onclick=&quot;alert(1)\">x</a></td>", out.toString());
  }

  @Test
  void chartIds_mustBeSafeFixedNames() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Chart("x\" onload=\"y", "t", ScriptJson.object(), HowToRead.of("r")));
  }
}
