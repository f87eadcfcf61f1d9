package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.RevenueMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * A notebook that edits {@code b.orders()} in place never gets stale metrics: the accessors hand out
 * copies, and the business's cached order index is built from tables nobody else holds.
 */
class Business_InPlaceEditTest {
  @TempDir Path dir;

  private Business business() throws IOException {
    Files.writeString(
        dir.resolve("orders.csv"),
        """
        order_id,order_date,customer_id,channel,amount
        1,2024-01-05,a,paid,100
        2,2024-01-20,b,organic,50
        3,2024-02-03,a,paid,80
        """);
    return Kpikit.open(dir);
  }

  @Test
  void editingTheOrdersInPlace_leavesTheBusinessMetricsAsLoaded() throws IOException {
    Business b = business();
    Table before = b.revenue().table(); // builds and caches the order index
    Table orders = b.orders();
    orders.doubleColumn("amount").set(0, 1_000.0);
    orders.stringColumn("channel").set(1, "paid");
    assertEquals(before.print(), b.revenue().table().print());
    assertEquals(List.of(150.0, 80.0), b.revenue().table().doubleColumn("revenue").asList());
  }

  @Test
  void theEditedCopy_computesItsOwnNumbersThroughTheMetricFunctions() throws IOException {
    Business b = business();
    b.revenue().table();
    Table orders = b.orders();
    orders.doubleColumn("amount").set(0, 1_000.0);
    Table edited = RevenueMetrics.table(orders, MetricOptions.monthly(LocalDate.of(2024, 2, 3)));
    assertEquals(List.of(1_050.0, 80.0), edited.doubleColumn("revenue").asList());
  }

  @Test
  void eachCallGivesAFreshCopyEqualToTheLoadedTable() throws IOException {
    Business b = business();
    Table first = b.orders();
    first.doubleColumn("amount").set(0, 1_000.0);
    Table second = b.orders();
    assertNotSame(first, second);
    assertEquals(100.0, second.doubleColumn("amount").getDouble(0));
    assertEquals(b.load(dev.kpikit.schema.Dataset.ORDERS).table().print(), second.print());
  }
}
