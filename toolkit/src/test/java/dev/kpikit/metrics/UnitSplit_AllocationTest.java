package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import org.junit.jupiter.api.Test;

/**
 * How a unit split divides a hand-made business: two stores, A and B, and one row without a store.
 * January revenue: A 300, B 100, no store 0 (so A has 3/4 of it, B 1/4); February has no orders.
 */
class UnitSplit_AllocationTest {
  private static final LocalDate JAN = LocalDate.of(2025, 1, 1);
  private static final LocalDate FEB = LocalDate.of(2025, 2, 1);

  private static Table orders() {
    return Table.create("orders",
        StringColumn.create("order_id", "o1", "o2", "o3", "o4"),
        DateColumn.create("order_date", List.of(JAN, JAN.plusDays(3), JAN.plusDays(9), JAN.plusDays(10))),
        DoubleColumn.create("amount", 200, 100, 100, 0),
        StringColumn.create("store", "A", "A", "B", null));
  }

  private static Table spend() {
    return Table.create("marketing_spend",
        DateColumn.create("period", List.of(JAN, FEB)),
        StringColumn.create("channel", "ads", "ads"),
        DoubleColumn.create("spend", 100, 60));
  }

  private static MetricInputs business(String allocation) {
    return new MetricInputs() {
      @Override
      public Set<Dataset> datasets() {
        return Set.of(Dataset.ORDERS, Dataset.MARKETING_SPEND);
      }

      @Override
      public Table table(Dataset d) {
        return d == Dataset.ORDERS ? ORDERS : SPEND;
      }

      @Override
      public String shape(Dataset d) {
        return "rows";
      }

      @Override
      public Map<String, double[]> bands() {
        return Map.of();
      }

      @Override
      public String allocation(Dataset d) {
        return allocation;
      }
    };
  }

  private static final Table ORDERS = orders();
  private static final Table SPEND = spend();

  private static double[] spendOf(UnitSplit split, String unit) {
    return split.inputs(unit).table(Dataset.MARKETING_SPEND).doubleColumn("spend").asDoubleArray();
  }

  @Test
  void unitsAreTheStoresInOrder_andRowsWithoutAStoreFormTheMissingUnit() {
    UnitSplit split = UnitSplit.of(business("none"), "store");
    assertEquals(List.of("(missing)", "A", "B"), split.units());
    assertEquals(2, split.inputs("A").table(Dataset.ORDERS).rowCount());
    assertEquals(1, split.inputs("(missing)").table(Dataset.ORDERS).rowCount());
  }

  @Test
  void revenueShare_givesEachStoreItsShareOfTheMonthsRevenue_andEvenSharesInAMonthWithout() {
    UnitSplit split = UnitSplit.of(business("revenue_share"), "store");
    // January: A 300 / 400, B 100 / 400, (missing) 0 / 400; February: no revenue, a third each.
    assertEquals(List.of(75.0, 20.0), List.of(spendOf(split, "A")[0], spendOf(split, "A")[1]));
    assertEquals(List.of(25.0, 20.0), List.of(spendOf(split, "B")[0], spendOf(split, "B")[1]));
    assertEquals(List.of(0.0, 20.0), List.of(spendOf(split, "(missing)")[0], spendOf(split, "(missing)")[1]));
    assertEquals(Map.of(Dataset.ORDERS, "split", Dataset.MARKETING_SPEND, "revenue_share"), split.treatment());
  }

  @Test
  void even_dividesEveryRowByTheNumberOfUnits() {
    UnitSplit split = UnitSplit.of(business("even"), "store");
    assertEquals(100.0 / 3, spendOf(split, "A")[0], 1e-12);
    assertEquals(60.0 / 3, spendOf(split, "B")[1], 1e-12);
  }

  @Test
  void none_leavesTheSharedDatasetOutOfTheUnitViews() {
    UnitSplit split = UnitSplit.of(business("none"), "store");
    assertFalse(split.inputs("A").has(Dataset.MARKETING_SPEND));
    assertTrue(split.inputs("A").has(Dataset.ORDERS));
    assertThrows(NotComputableException.class, () -> split.inputs("A").table(Dataset.MARKETING_SPEND));
  }

  @Test
  void ordersWithoutTheColumn_cannotBeSplit() {
    NotComputableException e =
        assertThrows(NotComputableException.class, () -> UnitSplit.of(business("none"), "branch"));
    assertTrue(e.getMessage().startsWith("orders has no branch column"), e.getMessage());
  }

  @Test
  void anUnknownUnit_isRefusedNamingTheUnits() {
    UnitSplit split = UnitSplit.of(business("none"), "store");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> split.inputs("C"));
    assertEquals("no unit C in store; expected one of [(missing), A, B]", e.getMessage());
  }
}
