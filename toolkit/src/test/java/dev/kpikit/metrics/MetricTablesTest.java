package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Kpikit;
import dev.kpikit.report.MetricRun;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.tablesaw.api.Table;

/**
 * Everything that names a metric table derives from its one declaration in {@link MetricTables},
 * and fails here when it disagrees.
 */
class MetricTablesTest {
  private static List<String> names() {
    return MetricTables.ALL.stream().map(MetricTable::name).toList();
  }

  @Test
  void theCatalogsTables_areTheDeclarationsInOrder() {
    assertEquals(names(), List.copyOf(MetricCatalog.TABLES.keySet()));
    assertEquals(names(), List.copyOf(MetricCatalog.TABLE_CLASSES.keySet()));
    for (MetricTable t : MetricTables.ALL) {
      assertEquals(t.description(), MetricCatalog.TABLES.get(t.name()));
      assertEquals(t.documentedIn().getSimpleName(), MetricCatalog.TABLE_CLASSES.get(t.name()));
    }
  }

  @Test
  void theCatalogsMetrics_areEveryDeclaredMeasureOnce() {
    List<MetricDef> declared = MetricTables.ALL.stream().flatMap(t -> t.measures().stream()).toList();
    assertEquals(declared.size(), MetricCatalog.METRICS.size());
    assertEquals(new HashSet<>(declared), new HashSet<>(MetricCatalog.METRICS));
    Set<String> unique = declared.stream().map(MetricDef::name).collect(Collectors.toSet());
    assertEquals(declared.size(), unique.size(), "a metric name is declared twice");
  }

  @Test
  void dependencies_nameDeclaredTables() {
    Set<String> known = new HashSet<>(names());
    for (MetricTable t : MetricTables.ALL) {
      assertTrue(known.containsAll(t.dependsOn()), t.name() + " depends on " + t.dependsOn());
    }
  }

  @Test
  void kpiSources_areTheDeclaredKpisGroupedByPerspective() {
    List<String> declared =
        MetricTables.ALL.stream().flatMap(t -> t.kpis().stream()).map(KpiSource::name).sorted().toList();
    assertEquals(declared, KpiSeries.SOURCES.stream().map(s -> s.kpi().name()).sorted().toList());
    List<Integer> perspectives =
        KpiSeries.SOURCES.stream().map(s -> KpiSeries.PERSPECTIVES.indexOf(s.kpi().perspective())).toList();
    assertTrue(perspectives.stream().allMatch(p -> p >= 0), "unknown perspective: " + perspectives);
    List<Integer> sorted = new ArrayList<>(perspectives);
    sorted.sort(null);
    assertEquals(sorted, perspectives, "KPIs of a perspective are contiguous, financial first");
  }

  /** The KPI's column must be a column of its table as computed: a renamed column fails here. */
  @ParameterizedTest
  @ValueSource(strings = {"northwind-coffee", "cloudnote-saas", "harborview-bakeries"})
  void everyKpiColumn_isInItsComputedTable(String sample) throws IOException {
    var b = Kpikit.open(Path.of("../data-samples", sample));
    MetricRun run = b.computeAll(b.options());
    int checked = 0;
    for (KpiSeries.Source s : KpiSeries.SOURCES) {
      Table t = run.tables().get(s.table());
      if (t != null) {
        assertTrue(t.containsColumn(s.kpi().column()), s.table() + " has no column " + s.kpi().column());
        checked++;
      }
    }
    assertTrue(checked >= 10, "KPIs checked: " + checked);
  }

  @Test
  void aMeasureNamingAnotherTable_isRejected() {
    MetricDef other = new MetricDef("x", "other_table", "count", MetricDef.Kind.SIMPLE, "X.");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new MetricTable("t", "T.", Cac.class, List.of(Dataset.ORDERS), List.of(), List.of(other), List.of(), null));
    assertEquals("x is declared in t but names other_table", e.getMessage());
  }

  @Test
  void aKpiThatIsNoMeasure_isRejected() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new MetricTable(
                    "t", "T.", Cac.class, List.of(), List.of(), List.of(),
                    List.of(KpiSource.perPeriod("k", "k", "financial")), null));
    assertEquals("KPI k of t is none of its measures", e.getMessage());
  }

  @Test
  void anUnknownTableName_listsTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MetricTables.named("revenue_weekly"));
    assertTrue(e.getMessage().startsWith("no metric table revenue_weekly; expected one of [revenue_monthly,"), e.getMessage());
  }
}
