package dev.kpikit.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.report.html.Assets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Figure;

class ChartsTest {
  @TempDir Path dir;

  private static Figure bars() {
    Table t =
        Table.create(
            "cac",
            StringColumn.create("channel", "email", "social"),
            DoubleColumn.create("cac", 7.5, 65.0));
    return VerticalBarPlot.create("CAC", t, "channel", "cac");
  }

  @Test
  void inline_drawsTheFigureInItsOwnDiv() {
    String html = Charts.inline(bars());
    String id = html.replaceAll("(?s)^<div id='([^']+)'.*", "$1");
    assertTrue(id.startsWith("kpikit-chart-"), html);
    assertTrue(html.contains("document.getElementById('" + id + "')"), html);
    assertTrue(html.contains("Plotly.newPlot"), html);
  }

  @Test
  void inline_givesEachChartAFreshId() {
    assertNotEquals(Charts.inline(bars()).substring(0, 30), Charts.inline(bars()).substring(0, 30));
  }

  @Test
  void plotlyLoader_embedsPlotlyAndRestoresRequireJs() {
    String html = Charts.plotlyLoader();
    assertTrue(html.length() > 1_000_000, "plotly.js itself is inside");
    assertTrue(
        html.startsWith("<script>window.kpikitDefine = window.define; window.define = undefined;"));
    assertTrue(html.endsWith("<script>window.define = window.kpikitDefine;</script>\n"));
    assertFalse(html.contains("<script src="), "nothing is fetched");
  }

  @Test
  void writePage_putsPlotlyBesideThePage() throws IOException {
    Path page = dir.resolve("out/cac.html");
    Path plotly = Charts.writePage(bars(), page);

    assertEquals(
        page.toAbsolutePath().resolveSibling(Assets.PLOTLY_FILE),
        plotly);
    assertTrue(Files.size(plotly) > 1_000_000);
    String html = Files.readString(page);
    assertTrue(
        html.contains("<script src=\"" + Assets.PLOTLY_FILE + "\"></script>"),
        html);
    assertFalse(html.contains("cdn.plot.ly"));
  }
}
