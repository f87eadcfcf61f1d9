package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.job.JobLog;
import dev.kpikit.job.PublishOptions;
import dev.kpikit.job.ReportFolder;
import dev.kpikit.job.ReportJob;
import dev.kpikit.metrics.MetricOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard as the nightly job publishes it, with plotly.js shared by the runs in {@code
 * DIR/shared/} and linked from each run, drawn in headless Chromium from {@code file://}: through
 * {@code DIR/index.html}, from an older run's folder opened directly, and from a copy of the whole
 * folder made with {@code cp -r} after the original is gone.
 */
class HtmlReport_PublishedBrowserTest {
  /** cloudnote has no inventory: its 21 charts (see HtmlReport_WriteTest). */
  private static final int CLOUDNOTE_CHARTS = 21;

  @TempDir static Path work;
  private static Path out;
  private static String olderRun;

  @BeforeAll
  static void publishTwoRuns() throws Exception {
    out = work.resolve("report");
    Business sample = Kpikit.open(Path.of("../data-samples/cloudnote-saas"));
    JobLog log = new JobLog(new PrintWriter(new StringWriter()), Clock.systemUTC(), false);
    for (LocalDate asOf : List.of(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 30))) {
      new ReportJob(HtmlReport::write, Clock.systemUTC(), log)
          .run(out, sample, b -> withAsOf(b.options(), asOf), PublishOptions.defaults());
    }
    olderRun = ReportFolder.open(out).runNames().get(0);
  }

  private static MetricOptions withAsOf(MetricOptions o, LocalDate asOf) {
    return new MetricOptions(o.periods(), asOf, o.by());
  }

  private static void assertEveryChartDrawn(Path page, String scratch) throws Exception {
    HeadlessChromium.Rendered r =
        HeadlessChromium.render(HeadlessChromium.require(), page, Files.createDirectories(work.resolve(scratch)));
    List<Integer> svgs = HtmlReport_BrowserTest.svgsPerChart(r.dom());
    assertEquals(CLOUDNOTE_CHARTS, svgs.size(), "chart divs of " + page);
    assertTrue(svgs.stream().allMatch(n -> n >= 1), "main-svg per chart of " + page + ": " + svgs);
    assertEquals(List.of(), r.console());
  }

  @Test
  void eachRunKeepsALinkToTheOneSharedCopy() throws Exception {
    Path linked = out.resolve("runs").resolve(olderRun).resolve(Assets.PLOTLY_FILE);
    assertTrue(Files.isSymbolicLink(linked));
    try (Stream<Path> shared = Files.list(out.resolve(ReportFolder.SHARED))) {
      assertEquals(List.of(Path.of(Assets.PLOTLY_FILE).getFileName().toString()),
          shared.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void theLatestReport_drawsEveryChart_throughTheTopLevelLinks() throws Exception {
    assertEveryChartDrawn(out.resolve("index.html"), "latest");
  }

  @Test
  void anOlderRunFolderOpenedDirectly_drawsEveryChart() throws Exception {
    assertEveryChartDrawn(out.resolve("runs").resolve(olderRun).resolve("index.html"), "older");
  }

  @Test
  void aCopyOfTheWholeFolder_drawsEveryChart_withoutTheOriginal() throws Exception {
    Path copy = work.resolve("elsewhere").resolve("report");
    Files.createDirectories(copy.getParent());
    assertEquals(0, new ProcessBuilder("cp", "-r", out.toString(), copy.toString()).inheritIO().start().waitFor());
    Path moved = work.resolve("original-moved-away");
    Files.move(out, moved);
    try {
      assertEveryChartDrawn(copy.resolve("index.html"), "copy-latest");
      assertEveryChartDrawn(copy.resolve("runs").resolve(olderRun).resolve("index.html"), "copy-older");
    } finally {
      Files.move(moved, out);
    }
  }
}
