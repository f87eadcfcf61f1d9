package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** COGS read from the run's shared orders index are those read from the orders' cost column. */
class InventoryTurnover_SharedIndexTest {
  private static final String ORDERS = "order_id:S, order_date:D, amount:N, cost:N, region:S";
  private static final MetricOptions MARCH_END = MetricOptions.monthly(LocalDate.of(2024, 3, 31));
  private static final Table INVENTORY = TypedTable.of(
      "inventory",
      "date:D, sku:S, units_on_hand:N, unit_cost:N, region:S",
      "2024-01-31, A, 10, 5, N",
      "2024-02-29, A, 30, 10, N",
      "2024-03-31, A, 20, 10, S");
  private static final Table FINANCIALS = TypedTable.of(
      "financials", "period:D, cogs:N", "2024-01-01, 100", "2024-02-01, 200", "2024-03-01, 300");

  private static Table orders(String... rows) {
    return TypedTable.of("orders", ORDERS, rows);
  }

  private static List<Double> cogs(Table t) {
    return t.doubleColumn("cogs").asList();
  }

  @Test
  void costsOfEveryKeptRow_refundsAndMissingCostsIncluded_giveTheColumnsCogs() {
    Table ord = orders(
        "o1, 2024-01-10, 900, 500, N",
        "o1, 2024-01-10, 90, , N",
        "o2, 2024-02-29, 100, 0.1, N",
        "o3, 2024-02-02, -50, -0.2, S",
        "o4, 2024-03-05, 70, 0.3, S");
    Table fromColumn = InventoryTurnover.table(INVENTORY, ord, FINANCIALS, MARCH_END);
    Table fromIndex = InventoryTurnover.table(
        INVENTORY, ord, FINANCIALS, MARCH_END, OrderFactsCache.create());
    assertEquals(List.of(500.0, 0.1 + -0.2, 0.3), cogs(fromColumn));
    assertEquals(cogs(fromColumn), cogs(fromIndex));
    assertEquals(fromColumn.print(), fromIndex.print());
  }

  @Test
  void ordersWithRowsTheIndexLeavesOut_stillGiveTheColumnsCogs() {
    Table ord = orders(
        "o1, 2024-01-10, 900, 500, N",
        "o2, 2024-02-10, , 7, N",
        "o3, 2024-04-01, 10, 1000, N");
    Table fromIndex = InventoryTurnover.table(
        INVENTORY, ord, FINANCIALS, MARCH_END, OrderFactsCache.create());
    assertEquals(List.of(500.0, 7.0), cogs(fromIndex).subList(0, 2));
    assertTrue(fromIndex.doubleColumn("cogs").isMissing(2));
  }

  @Test
  void ordersWithoutAnyKnownCost_leaveCogsToFinancials() {
    Table ord = orders("o1, 2024-01-10, 900, , N", "o2, 2024-02-10, 100, , N");
    Table fromIndex = InventoryTurnover.table(
        INVENTORY, ord, FINANCIALS, MARCH_END, OrderFactsCache.create());
    assertEquals(List.of(100.0, 200.0, 300.0), cogs(fromIndex));
  }

  @Test
  void splitTables_takeEachOrdersSegmentFromTheColumns() {
    Table ord = orders("o1, 2024-01-10, 900, 500, N", "o2, 2024-03-10, 100, 40, S");
    MetricOptions byRegion = MARCH_END.withBy("region");
    Table fromIndex = InventoryTurnover.table(
        INVENTORY, ord, FINANCIALS, byRegion, OrderFactsCache.create());
    assertEquals(InventoryTurnover.table(INVENTORY, ord, FINANCIALS, byRegion).print(), fromIndex.print());
  }
}
