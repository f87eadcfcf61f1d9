package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.NotComputableException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The query of the public API: refinements compute nothing, {@code table()} is the one call that
 * does, a breakdown the table cannot give is an error (never ignored), and the computed table is
 * named for its grain. Run on the samples the Javadoc and README name.
 */
class PublicApiTest {
  private static final Business COFFEE = Kpikit.open("../data-samples/northwind-coffee");

  @Test
  void refinementsComputeNothing_tableComputesOnce() {
    AtomicInteger runs = new AtomicInteger();
    Metric m =
        new Metric("x", COFFEE.options(), o -> {
          runs.incrementAndGet();
          return Table.create("x", StringColumn.create(o.periodColumn()), StringColumn.create(o.by()));
        });
    Metric refined = m.by("region").grain(Grain.QUARTER).fiscalYearStart(7).asOf(LocalDate.of(2025, 1, 1));
    assertEquals(0, runs.get());
    refined.table();
    assertEquals(1, runs.get());
  }

  @Test
  void cacByRegionOnNorthwindCoffee_isNotComputable_namingTheSpendTable() {
    var e = assertThrows(NotComputableException.class, () -> COFFEE.cac().by("region").table());
    assertTrue(e.getMessage().contains("marketing_spend") && e.getMessage().contains("region"), e.getMessage());
  }

  @Test
  void aTableWithoutDimensions_splitByOne_isNotComputable() {
    var e = assertThrows(NotComputableException.class, () -> COFFEE.unitEconomics().by("region").table());
    assertTrue(e.getMessage().startsWith("unit_economics cannot be split by region"), e.getMessage());
    assertThrows(NotComputableException.class, () -> COFFEE.balances().by("region").table());
  }

  @Test
  void splittingByAColumnTheTableIsKeyedOn_givesThatTable() {
    assertEquals(COFFEE.cac().table().print(Integer.MAX_VALUE), COFFEE.cac().by("channel").table().print(Integer.MAX_VALUE));
  }

  @Test
  void aSplitTheDataHas_addsTheDimensionAfterThePeriod() {
    Table t = COFFEE.revenue().by("region").grain(Grain.QUARTER).table();
    assertEquals("quarter", t.columnNames().get(0));
    assertEquals("region", t.columnNames().get(1));
  }

  @Test
  void theComputedTableIsNamedForItsGrain() {
    assertEquals("revenue_monthly", COFFEE.revenue().table().name());
    assertEquals("revenue_quarterly", COFFEE.revenue().grain(Grain.QUARTER).table().name());
    assertEquals("cac_weekly", COFFEE.cac().grain(Grain.WEEK).table().name());
    assertEquals("inventory_turnover", COFFEE.inventoryTurnover().grain(Grain.YEAR).table().name());
  }

  @Test
  @SuppressWarnings("removal")
  void deprecatedNamesGiveTheSameTables() {
    Business saas = Kpikit.open("../data-samples/cloudnote-saas");
    assertEquals(saas.logoChurn().table().print(), saas.churn().table().print());
    assertEquals(COFFEE.revenue().table().print(), COFFEE.revenue().monthly().print());
    assertEquals(
        COFFEE.revenue().grain(Grain.QUARTER).table().print(), COFFEE.revenue().quarterly().print());
    assertEquals(COFFEE.revenue().grain(Grain.WEEK).table().print(), COFFEE.revenue().weekly().print());
    assertEquals(COFFEE.revenue().grain(Grain.YEAR).table().print(), COFFEE.revenue().yearly().print());
  }
}
