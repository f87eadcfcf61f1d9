package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTable;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.report.MetricRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** A whole run skips only what the data cannot give; anything else thrown by a metric fails it. */
class AllMetricsTest {
  @TempDir Path dir;

  @Test
  void notComputable_becomesASkipWithItsMessage() {
    AllMetrics.Outcome o =
        AllMetrics.attempt(() -> { throw new NotComputableException("x cannot be split by y: orders has no y column"); });
    assertNull(o.table());
    assertEquals("x cannot be split by y: orders has no y column", o.skipped());
  }

  @Test
  void anyOtherIllegalArgument_propagates() {
    IllegalArgumentException bug = new IllegalArgumentException("Column foo is not present in table bar");
    assertSame(bug, assertThrows(IllegalArgumentException.class, () -> AllMetrics.attempt(() -> { throw bug; })));
  }

  @Test
  void anyOtherRuntimeException_propagates() {
    IllegalStateException bug = new IllegalStateException("index out of step");
    assertSame(bug, assertThrows(IllegalStateException.class, () -> AllMetrics.attempt(() -> { throw bug; })));
  }

  @Test
  void aComputedTable_isKeptWithoutASkipReason() {
    Table t = Table.create("t");
    AllMetrics.Outcome o = AllMetrics.attempt(() -> t);
    assertSame(t, o.table());
    assertNull(o.skipped());
  }

  @Test
  void startOrder_startsEveryComputedTableOnceAfterItsDependencies_indexBuilderFirst() {
    List<MetricTable> plan = MetricTables.ALL.stream().filter(MetricTable::isComputed).toList();
    List<MetricTable> start = AllMetrics.startOrder(plan);
    assertEquals(new HashSet<>(plan), new HashSet<>(start));
    assertEquals(plan.size(), start.size());
    assertEquals("revenue_monthly", start.get(0).name());
    List<String> names = start.stream().map(MetricTable::name).toList();
    for (MetricTable t : start) {
      for (String d : t.dependsOn()) {
        assertTrue(names.indexOf(d) < names.indexOf(t.name()), t.name() + " starts before " + d);
      }
    }
    assertTrue(names.indexOf("employee_turnover") < names.indexOf("new_customers_monthly"), names.toString());
  }

  @Test
  void startOrder_refusesACycle() {
    MetricTable a = new MetricTable("a", "A.", Kpikit.class, List.of(), List.of("b"), List.of(), List.of(), (in, o) -> null);
    MetricTable b = new MetricTable("b", "B.", Kpikit.class, List.of(), List.of("a"), List.of(), List.of(), (in, o) -> null);
    assertThrows(IllegalStateException.class, () -> AllMetrics.startOrder(List.of(a, b)));
  }

  @Test
  void aDimensionTheOrdersLack_skipsEveryOrderTableWithTheReason() throws IOException {
    Files.writeString(dir.resolve("orders.csv"), "order_id,order_date,customer_id,amount\n1,2024-01-05,a,100\n2,2024-02-05,a,50\n");
    MetricRun run = Kpikit.open(dir).computeAll(MetricOptions.monthly(LocalDate.of(2024, 2, 29)).withBy("region"));
    assertEquals("revenue_monthly cannot be split by region: orders has no region column", run.skipped().get("revenue_monthly"));
    assertFalse(run.tables().containsKey("revenue_monthly"));
    assertTrue(run.tables().containsKey("scorecard"), run.tables().keySet().toString());
  }
}
