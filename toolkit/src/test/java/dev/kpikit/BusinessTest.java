package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.metrics.Cac;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.RevenueMetrics;
import dev.kpikit.report.MetricRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class BusinessTest {
  @TempDir Path dir;

  private Business small() throws IOException {
    Files.writeString(
        dir.resolve("orders.csv"),
        """
        order_id,order_date,customer_id,channel,region,amount
        1,2024-01-05,a,paid,EU,100
        2,2024-01-20,b,organic,US,50
        3,2024-02-03,a,paid,EU,80
        """);
    Files.writeString(dir.resolve("marketing_spend.csv"), "month,channel,spend\n2024-01,paid,300\n2024-02,paid,100\n");
    return Kpikit.open(dir);
  }

  @Test
  void metricsAreThreeLinesAway() throws IOException {
    Business b = small();
    Table revenue = b.revenue().table();
    assertEquals(List.of(150.0, 80.0), revenue.doubleColumn("revenue").asList());
  }

  @Test
  void queriesGiveTheSameTablesAsTheStaticFunctions() throws IOException {
    Business b = small();
    MetricOptions o = MetricOptions.monthly(LocalDate.of(2024, 2, 3)).withBy("region");
    assertEquals(
        RevenueMetrics.table(b.orders(), o).print(),
        b.revenue().by("region").table().print());
    assertEquals(
        Cac.table(b.orders(), null, b.marketingSpend(), o.withBy(null)).print(), b.cac().table().print());
  }

  @Test
  void asOfDefaultsToTheLastDateInTheDataAndCanBeOverridden() throws IOException {
    Business b = small();
    assertEquals(LocalDate.of(2024, 2, 3), b.asOf());
    assertEquals(1, b.asOf(LocalDate.of(2024, 1, 31)).revenue().table().rowCount());
    assertEquals(1, b.revenue().asOf(LocalDate.of(2024, 1, 31)).table().rowCount());
  }

  @Test
  void quarterlyGrainNamesThePeriodColumnQuarter() throws IOException {
    Table q = small().revenue().grain(Grain.QUARTER).table();
    assertEquals("quarter", q.column(0).name());
    assertEquals("2024-Q1", q.stringColumn("quarter").get(0));
  }

  @Test
  void computeAllSkipsWhatTheDataCannotGiveAndSaysWhy() throws IOException {
    MetricRun run = small().computeAll(MetricOptions.monthly(LocalDate.of(2024, 2, 29)));
    assertTrue(run.tables().containsKey("revenue_monthly"));
    assertTrue(run.tables().containsKey("cac_monthly"));
    assertEquals("no customers file (customers.csv)", run.skipped().get("churn_monthly"));
    assertEquals("no inventory file (inventory.csv)", run.skipped().get("inventory_turnover"));
  }

  @Test
  void computeAllAddsBalancesScorecardAndHeadlineKpis() throws IOException {
    MetricRun run = small().computeAll(MetricOptions.monthly(LocalDate.of(2024, 2, 29)));
    assertEquals(8, run.tables().get("balances").rowCount());
    assertTrue(run.tables().containsKey("scorecard"));
    assertTrue(run.kpis().stream().anyMatch(k -> k.name().equals("revenue") && k.value() == 80.0), run.kpis().toString());
  }

  @Test
  void kpisComeFromWholeBusinessTablesEvenWhenSplit() throws IOException {
    MetricRun run = small().computeAll(MetricOptions.monthly(LocalDate.of(2024, 2, 29)).withBy("region"));
    assertEquals("region", run.tables().get("revenue_monthly").column(1).name());
    assertTrue(run.kpis().stream().anyMatch(k -> k.name().equals("revenue") && k.value() == 80.0), run.kpis().toString());
  }

  @Test
  void aMetricOfAnAbsentDatasetIsADataExceptionNamingTheFile() throws IOException {
    Business b = small();
    var e = assertThrows(dev.kpikit.load.DataException.class, () -> b.logoChurn().table());
    assertTrue(e.getMessage().contains("no customers file"), e.getMessage());
  }
}
