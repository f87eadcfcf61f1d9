package dev.kpikit.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.metrics.Kpi;
import dev.kpikit.report.html.Assets;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * The jbang scripts in {@code notebooks/} compile against the toolkit and do what their Javadoc
 * says. This is the proof {@code jbang notebooks/X.java} would give after {@code mvn install}: the
 * test class path holds exactly what {@code //DEPS dev.kpikit:kpikit:<version>} resolves to.
 */
class JbangScriptsTest {
  private static final List<String> SCRIPTS =
      List.of("Quickstart", "CohortDeepDive", "ChannelEconomics");
  private static final Path NORTHWIND = Repo.sample("northwind-coffee");

  @TempDir static Path classes;
  @TempDir Path out;
  private static ScriptCompiler scripts;

  @BeforeAll
  static void compileEveryScript() throws IOException {
    scripts = new ScriptCompiler(classes);
    scripts.compile(SCRIPTS.stream().map(s -> Repo.notebooks().resolve(s + ".java")).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Quickstart", "CohortDeepDive", "ChannelEconomics"})
  void depsLineNamesThisVersionOfTheToolkit(String script) throws IOException {
    List<String> lines = Files.readAllLines(Repo.notebooks().resolve(script + ".java"));
    assertTrue(lines.contains("//DEPS dev.kpikit:kpikit:" + Kpikit.version()), script + " //DEPS");
    assertTrue(lines.contains("//JAVA 17+"), script + " //JAVA");
  }

  @Test
  void everyScriptInTheFolderIsTested() throws IOException {
    try (Stream<Path> files = Files.list(Repo.notebooks())) {
      Set<String> found =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".java"))
              .map(n -> n.substring(0, n.length() - ".java".length()))
              .collect(Collectors.toSet());
      assertEquals(Set.copyOf(SCRIPTS), found);
    }
  }

  @Test
  void quickstart_printsTheLedgerAndKpis_andWritesTheReport() throws Exception {
    String printed = scripts.run("Quickstart", NORTHWIND.toString(), out.toString());

    Business business = Kpikit.open(NORTHWIND);
    long ordersRead = business.load(Dataset.ORDERS).rowsRead();
    assertTrue(printed.contains(String.format("%,d read", ordersRead)), printed);
    for (Kpi kpi : business.computeAll(business.options()).kpis()) {
      assertTrue(
          printed.contains(String.format("%-22s %,14.2f", kpi.name(), kpi.value())), kpi.name());
    }
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
    assertTrue(Files.isRegularFile(out.resolve(Assets.PLOTLY_FILE)));
    assertTrue(Files.isRegularFile(out.resolve("metrics.json")));
    assertTrue(Files.isRegularFile(out.resolve("quality.csv")));
    assertTrue(Files.isRegularFile(out.resolve("metrics/revenue_monthly.csv")));
    assertTrue(Files.isRegularFile(out.resolve("metrics/cohort_retention.csv")));
  }

  @Test
  void cohortDeepDive_writesATriangleWithOneColumnPerOffset_andTheAverageCurve() throws Exception {
    scripts.run("CohortDeepDive", NORTHWIND.toString(), out.toString(), "6");

    List<String> triangle = Files.readAllLines(out.resolve("cohort_triangle.csv"));
    assertEquals("cohort,0,1,2,3,4,5,6", triangle.get(0));
    Business business = Kpikit.open(NORTHWIND);
    int cohorts = business.cohortRetention().table().stringColumn("cohort").countUnique();
    assertEquals(cohorts + 1, triangle.size());

    Table curve = Table.read().csv(out.resolve("retention_curve.csv").toFile());
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), curve.intColumn("offset").asList());
    assertEquals(1.0, curve.numberColumn("retention").getDouble(0));
    IntStream.range(1, curve.rowCount())
        .mapToDouble(row -> curve.numberColumn("retention").getDouble(row))
        .forEach(r -> assertTrue(r > 0 && r < 1, "retention " + r));
  }

  @Test
  void channelEconomics_writesAChartThatLoadsPlotlyFromBesideIt() throws Exception {
    scripts.run("ChannelEconomics", NORTHWIND.toString(), out.toString());

    String html = Files.readString(out.resolve("channel_economics.html"));
    assertFalse(html.contains("cdn.plot.ly"), "the chart must work offline");
    String src = html.replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
    assertTrue(src.startsWith("assets/plotly-"), src);
    assertTrue(Files.size(out.resolve(src)) > 1_000_000, "plotly.js copied beside the chart");
    assertTrue(html.contains("Plotly.newPlot"), "the page draws the figure");
  }

  @Test
  void channelEconomics_writesLtvAndCacForEveryChannel() throws Exception {
    scripts.run("ChannelEconomics", NORTHWIND.toString(), out.toString());

    Table economics = Table.read().csv(out.resolve("channel_economics.csv").toFile());
    Table expected = Kpikit.open(NORTHWIND).unitEconomics().table();
    assertEquals(
        expected.stringColumn("channel").asList(), economics.stringColumn("channel").asList());
    for (int row = 0; row < economics.rowCount(); row++) {
      double ltv = economics.numberColumn("ltv").getDouble(row);
      double cac = economics.numberColumn("cac").getDouble(row);
      assertEquals(ltv / cac, economics.numberColumn("ltv_cac").getDouble(row), 1e-9);
    }
  }
}
