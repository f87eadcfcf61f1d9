package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.metrics.MetricCatalog;
import org.junit.jupiter.api.Test;

/** A how-to-read note shows the catalog's definitions and refuses a name the catalog lacks. */
class HowToReadTest {
  @Test
  void aNoteNamingAnUnknownMetric_isRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HowToRead.of("Bars.", "revenue", "revenue_growth"));
    assertEquals("how-to-read note names revenue_growth, which is no metric of the catalog", e.getMessage());
  }

  @Test
  void aNote_showsTheCatalogsUnitAndDefinition() {
    StringBuilder out = new StringBuilder();
    HowToRead.of("Bars.", "aov").renderTo(out);
    String definition = MetricCatalog.get("aov").orElseThrow().definition();
    assertTrue(out.toString().contains("<dt>aov <span class=\"unit\">(currency)</span></dt><dd>" + Html.escape(definition) + "</dd>"), out.toString());
  }
}
