package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.TestData;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.InventoryTurnover;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.metrics.Periods;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** {@link ClusterInventoryTurnover}: COGS summed on the cluster, the table equal to the local engine's. */
class ClusterInventoryTurnoverTest {
  private static final Path SAMPLES = Path.of("..", "data-samples");
  private static final ClusterInventoryTurnover TABLE = new ClusterInventoryTurnover();

  @TempDir Path tmp;

  @Test
  void northwindCoffeeMonthly() {
    Business b = Kpikit.open(SAMPLES.resolve("northwind-coffee"));
    ClusterOrdersFixture.assertSameAsLocal(TABLE, b, b.options());
  }

  @Test
  void harborviewBakeriesQuarterlyByStore() {
    Business b = Kpikit.open(SAMPLES.resolve("harborview-bakeries"));
    ClusterOrdersFixture.assertSameAsLocal(TABLE, b, new MetricOptions(Periods.of(Grain.QUARTER, 1), b.asOf(), "store"));
  }

  @Test
  void messyCostsWithRefundsMissingCostsAndRowsAfterAsOf() throws IOException {
    Business b = Kpikit.open(MessyBusiness.write(tmp.resolve("messy"), 17));
    ClusterOrdersFixture.assertSameAsLocal(TABLE, b, new MetricOptions(Periods.MONTHLY, LocalDate.of(2023, 8, 20), null));
  }

  @Test
  void messyWeeklyBySkuThroughTheProductsOfOrders() throws IOException {
    // orders have no sku column: each order takes the sku of its product from the inventory
    Business b = Kpikit.open(MessyBusiness.write(tmp.resolve("messy"), 31));
    ClusterOrdersFixture.assertSameAsLocal(TABLE, b, new MetricOptions(Periods.of(Grain.WEEK, 1), b.asOf(), "sku"));
  }

  @Test
  void withoutCostsInOrdersCogsComeFromFinancials() {
    Business b = Kpikit.open(SAMPLES.resolve("northwind-coffee"));
    Table orders = b.orders().copy();
    for (int r = 0; r < orders.rowCount(); r++) {
      orders.doubleColumn("cost").setMissing(r);
    }
    Table inventory = b.inputs().table(Dataset.INVENTORY);
    Table financials = b.inputs().table(Dataset.FINANCIALS);
    Table local = InventoryTurnover.table(inventory, orders, financials, b.options());
    Table cluster = TABLE.compute(ClusterOrdersFixture.of(SharedSpark.get(), orders), b.inputs(), b.options());
    SameRun.assertSameTable("inventory_turnover", local, cluster);
    Table fromFinancials = InventoryTurnover.table(inventory, null, financials, b.options());
    SameRun.assertSameTable("inventory_turnover", fromFinancials, cluster);
  }

  @Test
  void weeklyWithoutCostsInOrdersIsRefusedAsLocally() {
    Business b = Kpikit.open(SAMPLES.resolve("northwind-coffee"));
    Table orders = b.orders().copy().removeColumns("cost");
    MetricOptions weekly = new MetricOptions(Periods.of(Grain.WEEK, 1), b.asOf(), null);
    NotComputableException local = assertThrows(NotComputableException.class, () -> InventoryTurnover.table(
        b.inputs().table(Dataset.INVENTORY), orders, b.inputs().table(Dataset.FINANCIALS), weekly));
    NotComputableException cluster = assertThrows(NotComputableException.class,
        () -> TABLE.compute(ClusterOrdersFixture.of(SharedSpark.get(), orders), b.inputs(), weekly));
    assertEquals(local.getMessage(), cluster.getMessage());
  }

  @Test
  void onlineRetailInvoiceLinesWithACostAndAnInventoryOfItsStockCodes() throws IOException {
    // The real UCI invoice lines of 2011-11 (cancellations included) carry no cost: the test gives
    // each line a cost of 60 % of its amount, and an inventory of 40 of its stock codes, by category.
    Path byDay = TestData.dataset("online-retail/by-day");
    String orders = "  orders: { path: \"" + byDay + "/2011-1*.csv.gz\", preset: uci-online-retail }\n";
    Business retail = Kpikit.open(Parity.folderWithConfig(tmp.resolve("retail-orders"), "datasets:\n" + orders));
    Path dir = Parity.folderWithConfig(tmp.resolve("retail"),
        "as_of: 2011-12-09\ndatasets:\n" + orders + "  inventory: { path: inventory.csv }\n");
    List<String> codes = retail.orders().stringColumn("product").unique().asList().stream().sorted().limit(40).toList();
    StringBuilder csv = new StringBuilder("date,sku,category,units_on_hand,unit_cost\n");
    for (LocalDate d = LocalDate.of(2011, 10, 31); !d.isAfter(LocalDate.of(2011, 12, 9)); d = d.plusWeeks(1)) {
      for (int i = 0; i < codes.size(); i++) {
        csv.append(d).append(',').append(codes.get(i)).append(',').append(i % 3 == 0 ? "gift" : "home").append(',')
            .append(10 + (i * 7 + d.getDayOfYear()) % 90).append(',')
            .append(String.format(Locale.ROOT, "%.2f", 0.5 + i / 10.0)).append('\n');
      }
    }
    Files.writeString(dir.resolve("inventory.csv"), csv);
    Business b = Kpikit.open(dir);
    Table lines = b.orders().copy();
    DoubleColumn amount = lines.doubleColumn("amount");
    lines.addColumns(amount.multiply(0.6).setName("cost"));
    for (MetricOptions options : List.of(b.options(), new MetricOptions(Periods.of(Grain.WEEK, 1), b.asOf(), "category"))) {
      Table local = InventoryTurnover.table(b.inventory(), lines, null, options);
      Table cluster = TABLE.compute(ClusterOrdersFixture.of(SharedSpark.get(), lines), b.inputs(), options);
      SameRun.assertSameTable("inventory_turnover", local, cluster);
      assertTrue(local.doubleColumn("cogs").countMissing() < local.rowCount(), "COGS from the invoice lines");
    }
  }
}
