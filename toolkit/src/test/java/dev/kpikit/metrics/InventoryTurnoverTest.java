package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class InventoryTurnoverTest {
  private static final String INVENTORY = "date:D, sku:S, units_on_hand:N, unit_cost:N, region:S";
  private static final String ORDERS = "order_id:S, order_date:D, amount:N, cost:N, region:S";
  private static final MetricOptions FEB_END = MetricOptions.monthly(LocalDate.of(2024, 2, 29));

  private static Table inventory(String... rows) {
    return TypedTable.of("inventory", INVENTORY, rows);
  }

  private static Table orders(String... rows) {
    return TypedTable.of("orders", ORDERS, rows);
  }

  @Test
  void monthEndCounts_averageTheOpeningAndClosingSnapshots() {
    Table inv =
        inventory("2024-01-31, A, 10, 5, N", "2024-01-31, B, 5, 10, N", "2024-02-29, A, 30, 10, N");
    Table ord = orders("o1, 2024-02-10, 900, 500, N", "o2, 2024-02-29, 100, 100, N");
    Table t = InventoryTurnover.table(inv, ord, null, FEB_END);

    assertEquals(
        List.of("period", "cogs", "avg_inventory_value", "turnover", "dio"), t.columnNames());
    assertEquals(List.of("2024-01", "2024-02"), t.stringColumn("period").asList());
    double january = 10 * 5 + 5 * 10;
    double february = 30 * 10;
    assertEquals(january, t.doubleColumn("avg_inventory_value").get(0));
    assertEquals((january + february) / 2, t.doubleColumn("avg_inventory_value").get(1));
    double turnover = (500 + 100) / ((january + february) / 2);
    assertEquals(turnover, t.doubleColumn("turnover").get(1), 1e-12);
    assertEquals(29 / turnover, t.doubleColumn("dio").get(1), 1e-12);
  }

  @Test
  void severalSnapshotsInAPeriod_areAveragedWithoutThePreviousPeriodsEnd() {
    Table inv =
        inventory(
            "2024-01-31, A, 1, 100, N", "2024-02-01, A, 2, 100, N", "2024-02-29, A, 4, 100, N");
    Table t = InventoryTurnover.table(inv, orders(), null, FEB_END);
    assertEquals((200.0 + 400.0) / 2, t.doubleColumn("avg_inventory_value").get(1));
  }

  @Test
  void periodWithoutSnapshots_hasMissingAverageTurnoverAndDio() {
    Table inv = inventory("2024-01-15, A, 1, 100, N", "2024-03-15, A, 1, 100, N");
    Table ord = orders("o1, 2024-02-10, 900, 500, N");
    Table t =
        InventoryTurnover.table(inv, ord, null, MetricOptions.monthly(LocalDate.of(2024, 3, 31)));
    assertEquals("2024-02", t.stringColumn("period").get(1));
    assertEquals(500.0, t.doubleColumn("cogs").get(1));
    assertTrue(t.doubleColumn("avg_inventory_value").isMissing(1));
    assertTrue(t.doubleColumn("turnover").isMissing(1));
    assertTrue(t.doubleColumn("dio").isMissing(1));
  }

  @Test
  void zeroAverageInventory_givesMissingTurnoverAndDio() {
    Table inv = inventory("2024-02-15, A, 0, 100, N");
    Table ord = orders("o1, 2024-02-10, 900, 500, N");
    Table t = InventoryTurnover.table(inv, ord, null, FEB_END);
    assertEquals(0.0, t.doubleColumn("avg_inventory_value").get(0));
    assertTrue(t.doubleColumn("turnover").isMissing(0));
    assertTrue(t.doubleColumn("dio").isMissing(0));
  }

  @Test
  void inventoryValueIsUsedWhereGiven_andUnitsTimesCostElsewhere() {
    Table inv =
        TypedTable.of(
            "inventory",
            "date:D, sku:S, units_on_hand:N, unit_cost:N, inventory_value:N",
            "2024-02-15, A, 10, 3, 25",
            "2024-02-15, B, 10, 3, ");
    Table t = InventoryTurnover.table(inv, orders(), null, FEB_END);
    assertEquals(25 + 10 * 3, t.doubleColumn("avg_inventory_value").get(0));
  }

  @Test
  void rowWithoutAnyValue_makesItsSnapshotUnknown() {
    Table inv = inventory("2024-02-15, A, 10, 3, N", "2024-02-15, B, 10, , N");
    Table t = InventoryTurnover.table(inv, orders(), null, FEB_END);
    assertTrue(t.doubleColumn("avg_inventory_value").isMissing(0));
  }

  @Test
  void inventoryWithoutValueOrCostColumn_isRejected() {
    Table inv = TypedTable.of("inventory", "date:D, sku:S, units_on_hand:N", "2024-02-15, A, 1");
    IllegalArgumentException e =
        assertThrows(
            NotComputableException.class,
            () -> InventoryTurnover.table(inv, null, null, FEB_END));
    assertTrue(e.getMessage().contains("inventory_value"), e.getMessage());
  }

  @Test
  void incompletePeriodAtAsOf_countsDaysUpToAsOfInDio() {
    Table inv = inventory("2024-02-10, A, 10, 10, N");
    Table ord = orders("o1, 2024-02-05, 900, 200, N", "o2, 2024-02-25, 900, 999, N");
    MetricOptions feb20 = MetricOptions.monthly(LocalDate.of(2024, 2, 20));
    Table t = InventoryTurnover.table(inv, ord, null, feb20);
    double turnover = 200.0 / 100;
    assertEquals(200.0, t.doubleColumn("cogs").get(0));
    assertEquals(20 / turnover, t.doubleColumn("dio").get(0), 1e-12);
  }

  @Test
  void withoutOrderCosts_cogsComeFromFinancialsSummedOverTheQuarter() {
    Table inv = inventory("2024-03-31, A, 10, 10, N");
    Table fin =
        TypedTable.of(
            "financials",
            "period:D, cogs:N",
            "2024-01-01, 100",
            "2024-02-01, 200",
            "2024-03-01, 300");
    MetricOptions quarterly =
        MetricOptions.monthly(LocalDate.of(2024, 3, 31)).withPeriods(Periods.of(Grain.QUARTER));
    Table t = InventoryTurnover.table(inv, null, fin, quarterly);
    assertEquals("2024-Q1", t.stringColumn("period").get(0));
    assertEquals(600.0, t.doubleColumn("cogs").get(0));
    assertEquals(6.0, t.doubleColumn("turnover").get(0));
    assertEquals(91 / 6.0, t.doubleColumn("dio").get(0), 1e-12);
  }

  @Test
  void withoutAnyCostSource_cogsAndTurnoverAreMissingButTheAverageIsKept() {
    Table inv = inventory("2024-02-15, A, 10, 10, N");
    Table t = InventoryTurnover.table(inv, null, null, FEB_END);
    assertTrue(t.doubleColumn("cogs").isMissing(0));
    assertEquals(100.0, t.doubleColumn("avg_inventory_value").get(0));
    assertTrue(t.doubleColumn("turnover").isMissing(0));
  }

  @Test
  void byRegion_aRegionAbsentFromASnapshotHoldsZeroThatDay() {
    Table inv =
        inventory(
            "2024-02-01, A, 10, 10, N", "2024-02-01, B, 5, 10, S", "2024-02-29, A, 30, 10, N");
    Table ord = orders("o1, 2024-02-10, 900, 150, S", "o2, 2024-02-11, 50, 30, ");
    Table t = InventoryTurnover.table(inv, ord, null, FEB_END.withBy("region"));
    assertEquals(
        List.of("period", "region", "cogs", "avg_inventory_value", "turnover", "dio"),
        t.columnNames());
    assertEquals(List.of("(missing)", "N", "S"), t.stringColumn("region").asList());
    assertEquals(30.0, t.doubleColumn("cogs").get(0));
    assertEquals(0.0, t.doubleColumn("avg_inventory_value").get(0));
    assertEquals((100.0 + 300.0) / 2, t.doubleColumn("avg_inventory_value").get(1));
    assertEquals((50.0 + 0.0) / 2, t.doubleColumn("avg_inventory_value").get(2));
    assertEquals(150 / 25.0, t.doubleColumn("turnover").get(2));
  }

  @Test
  void splitByAColumnTheOrdersLack_namesTheInput() {
    Table inv =
        TypedTable.of("inventory", "date:D, sku:S, units_on_hand:N, unit_cost:N, channel:S");
    Table ord =
        TypedTable.of(
            "orders", "order_id:S, order_date:D, amount:N, cost:N", "o1, 2024-02-01, 1, 1");
    IllegalArgumentException e =
        assertThrows(
            NotComputableException.class,
            () -> InventoryTurnover.table(inv, ord, null, FEB_END.withBy("channel")));
    assertEquals(
        "inventory_turnover cannot be split by channel: orders has no channel column",
        e.getMessage());
  }

  @Test
  void snapshotsAfterAsOf_areIgnored_andEmptyInventoryGivesAnEmptyTable() {
    Table inv = inventory("2024-03-15, A, 10, 10, N");
    Table t = InventoryTurnover.table(inv, orders(), null, FEB_END.withBy("region"));
    assertEquals(0, t.rowCount());
    assertEquals(
        List.of("period", "region", "cogs", "avg_inventory_value", "turnover", "dio"),
        t.columnNames());
  }
}
