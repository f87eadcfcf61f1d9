package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.report.MetricRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
  void aDimensionTheOrdersLack_skipsEveryOrderTableWithTheReason() throws IOException {
    Files.writeString(dir.resolve("orders.csv"), "order_id,order_date,customer_id,amount\n1,2024-01-05,a,100\n2,2024-02-05,a,50\n");
    MetricRun run = Kpikit.open(dir).computeAll(MetricOptions.monthly(LocalDate.of(2024, 2, 29)).withBy("region"));
    assertEquals("revenue_monthly cannot be split by region: orders has no region column", run.skipped().get("revenue_monthly"));
    assertFalse(run.tables().containsKey("revenue_monthly"));
    assertTrue(run.tables().containsKey("scorecard"), run.tables().keySet().toString());
  }
}
