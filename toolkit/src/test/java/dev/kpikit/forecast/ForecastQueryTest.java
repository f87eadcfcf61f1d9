package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.ForecastQuery;
import dev.kpikit.Kpikit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** The README's Java example of the Outlook, run as written (from the toolkit folder). */
class ForecastQueryTest {
  @Test
  void theReadmeExampleGivesTheThreeTables() {
    Business b = Kpikit.open(Path.of("../data-samples/northwind-coffee"));
    Outlook o = b.forecast().horizon(24).paths(10_000).seed(7)
        .scenario("more_paid=marketing_spend.paid_search:+20%").run();
    Table fan = o.forecastTable();
    Table scenarios = o.scenarioTable();
    Table drivers = o.assumptionsTable();
    assertEquals(2 * 3 * 24, fan.rowCount(), "base and more_paid, 3 metrics (orders), 24 months");
    assertEquals(List.of("scenario", "period", "metric", "mean", "p05", "p10", "p25", "p50", "p75", "p90", "p95"),
        fan.columnNames());
    assertEquals(2 * 3, scenarios.rowCount());
    assertEquals(List.of("name", "value", "uncertainty", "unit", "basis"), drivers.columnNames());
    assertEquals(List.of("base", "more_paid"), o.scenarioNames());
  }

  @Test
  void settingsAreCheckedWhenRefined() {
    ForecastQuery q = Kpikit.open(Path.of("../data-samples/northwind-coffee")).forecast();
    assertThrows(IllegalArgumentException.class, () -> q.horizon(0));
    assertThrows(IllegalArgumentException.class, () -> q.paths(10));
    assertTrue(q.settings().paths() == 10_000 && q.settings().horizon() == 12, "defaults without a forecast section");
  }
}
