package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's metric reference is generated from {@link MetricCatalog}; this test fails when they
 * drift. To update the README: {@code mvn -pl toolkit test -Dtest=MetricReferenceTest
 * -Dkpikit.updateReadme=true}.
 */
class MetricReferenceTest {
  private static final Path README = Path.of("../README.md");
  private static final String START = "<!-- metric-reference:start (generated from MetricCatalog) -->\n";
  private static final String END = "<!-- metric-reference:end -->";

  @Test
  void readmeMetricReferenceIsTheCatalog() throws IOException {
    String readme = Files.readString(README);
    int from = readme.indexOf(START);
    int to = readme.indexOf(END);
    assertTrue(from >= 0 && to > from, "README lacks the metric-reference markers");
    String current = readme.substring(from + START.length(), to);
    String expected = MetricCatalog.markdownReference();
    if (Boolean.getBoolean("kpikit.updateReadme")) {
      Files.writeString(README, readme.substring(0, from + START.length()) + expected + readme.substring(to));
      return;
    }
    assertEquals(expected, current, "README metric reference is stale: rerun with -Dkpikit.updateReadme=true");
  }

  @Test
  void everyMetricBelongsToACatalogedTableWithADocumentingClass() {
    for (MetricDef d : MetricCatalog.METRICS) {
      assertTrue(MetricCatalog.TABLES.containsKey(d.table()), d.name() + " -> " + d.table());
    }
    assertEquals(MetricCatalog.TABLES.keySet(), MetricCatalog.TABLE_CLASSES.keySet());
  }
}
