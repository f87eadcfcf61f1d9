package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.report.MetricRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReport_WriteTest {
  private static final Path CLOUDNOTE = Path.of("../data-samples/cloudnote-saas");

  @TempDir Path out;

  @Test
  void writesIndexAndLocalAssets_andNoTemporaryFiles() throws IOException {
    HtmlReport.write(ReportFixtures.everything(Path.of("/data/shop"), ReportFixtures.Names.PLAIN, List.of()), out);
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(
          List.of("assets/kpikit.css", "assets/kpikit.js", Assets.PLOTLY_FILE, "index.html"),
          files.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/')).sorted().toList());
    }
    String plotly = Files.readString(out.resolve(Assets.PLOTLY_FILE), StandardCharsets.UTF_8);
    assertTrue(plotly.contains("plotly.js v" + Assets.PLOTLY_VERSION), "the plotly.js bundle itself");
  }

  @Test
  void plotlyIsNamedAfterItsVersionAndTheStartOfItsSha256() throws Exception {
    HtmlReport.write(ReportFixtures.everything(Path.of("/data/shop"), ReportFixtures.Names.PLAIN, List.of()), out);
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out.resolve(Assets.PLOTLY_FILE)));
    String first8 = java.util.HexFormat.of().formatHex(digest).substring(0, 8);
    assertEquals("assets/plotly-" + Assets.PLOTLY_VERSION + "-" + first8 + ".js", Assets.PLOTLY_FILE);
  }

  @Test
  void pageLoadsNothingFromTheNetwork() throws IOException {
    HtmlReport.write(ReportFixtures.everything(Path.of("/data/shop"), ReportFixtures.Names.PLAIN, List.of()), out);
    String html = Files.readString(out.resolve("index.html"));
    assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "a remote src or href");
    assertTrue(html.contains("<script src=\"" + Assets.PLOTLY_FILE + "\"></script>"));
    String css = Assets.ownAsset("kpikit.css");
    assertFalse(css.contains("@import") || css.contains("url("), "styles fetch nothing");
    assertTrue(css.contains("@media print"));
  }

  @Test
  void samePageTwice_isIdentical_andAnotherTimeChangesOnlyTheGeneratedLine() {
    MetricRun run = ReportFixtures.everything(Path.of("/data/shop"), ReportFixtures.Names.PLAIN, List.of());
    String first = HtmlReport.page(run, Instant.parse("2025-04-01T06:00:00Z")).render();
    String again = HtmlReport.page(run, Instant.parse("2025-04-01T06:00:00Z")).render();
    String later = HtmlReport.page(run, Instant.parse("2025-04-02T06:00:00Z")).render();
    assertEquals(first, again);
    List<String> a = first.lines().toList();
    List<String> b = later.lines().toList();
    assertEquals(a.size(), b.size());
    List<String> differing = java.util.stream.IntStream.range(0, a.size())
        .filter(i -> !a.get(i).equals(b.get(i))).mapToObj(b::get).toList();
    assertEquals(List.of("<p class=\"generated\">Generated 2025-04-02T06:00:00Z</p>"), differing);
  }

  @Test
  void realSample_hasEveryChartItsDataAllows() {
    Business cloudnote = Kpikit.open(CLOUDNOTE);
    ReportPage page = HtmlReport.page(cloudnote.computeAll(cloudnote.options()), Instant.EPOCH);
    assertEquals(
        List.of(
            // Segments: survival by the spells' plan, channel and region, revenue and repeat
            // purchase by the orders' channel and region (each has 2 to 12 values)
            "chart-segment-survival-plan", "chart-segment-survival-channel",
            "chart-segment-survival-region", "chart-segment-revenue-channel",
            "chart-segment-revenue-region",
            "chart-revenue", "chart-new-customers", "chart-cac", "chart-ltv-cac",
            "chart-payback", "chart-cohort-customers", "chart-cohort-revenue", "chart-survival",
            "chart-mrr", "chart-nrr", "chart-logo-churn", "chart-employee-turnover",
            "chart-hire-retention", "chart-financial-times", "chart-financial-shares",
            "chart-balances"),
        page.charts().stream().map(Chart::id).toList());
    assertTrue(page.render().contains("Inventory turnover not shown: no inventory file (inventory.csv)."));
  }
}
