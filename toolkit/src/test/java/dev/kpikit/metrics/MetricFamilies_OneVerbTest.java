package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * Every metric family computes with one verb, {@code table}, taking {@code MetricOptions}; the
 * 0.1 names kept as deprecated delegates for one release give the very same tables (so code
 * written against 0.1 keeps its numbers). Run on the two samples.
 */
@SuppressWarnings("removal")
class MetricFamilies_OneVerbTest {
  private static final Business COFFEE = Kpikit.open("../data-samples/northwind-coffee");
  private static final Business SAAS = Kpikit.open("../data-samples/cloudnote-saas");

  private static void assertSame(Table expected, Table actual) {
    assertEquals(expected.print(Integer.MAX_VALUE), actual.print(Integer.MAX_VALUE));
  }

  @Test
  void logoChurnAndMrrMovements_byPeriodIsTable() {
    MetricOptions o = SAAS.options().withBy("plan");
    assertSame(LogoChurn.byPeriod(SAAS.customers(), o), LogoChurn.table(SAAS.customers(), o));
    assertSame(MrrMovements.byPeriod(SAAS.customers(), o), MrrMovements.table(SAAS.customers(), o));
  }

  @Test
  void computeIsTable_forInventoryEmployeesHiresAndFinancials() {
    MetricOptions o = COFFEE.options();
    assertSame(
        InventoryTurnover.compute(COFFEE.inventory(), COFFEE.orders(), COFFEE.financials(), o),
        InventoryTurnover.table(COFFEE.inventory(), COFFEE.orders(), COFFEE.financials(), o));
    assertSame(EmployeeTurnover.compute(COFFEE.employees(), o), EmployeeTurnover.table(COFFEE.employees(), o));
    assertSame(HireRetention.compute(COFFEE.employees(), o), HireRetention.table(COFFEE.employees(), o));
    assertSame(FinancialRatios.compute(COFFEE.financials(), o), FinancialRatios.table(COFFEE.financials(), o));
  }

  @Test
  void cohortCustomersAndRevenueAreTableAndRevenueTable() {
    MetricOptions o = COFFEE.options().withBy("channel");
    assertSame(CohortRetention.customers(COFFEE.orders(), o), CohortRetention.table(COFFEE.orders(), o));
    assertSame(CohortRetention.revenue(COFFEE.orders(), o, 3), CohortRetention.revenueTable(COFFEE.orders(), o, 3));
  }

  @Test
  void tenureChurnAndAttritionTakeTheDimensionFromTheOptions() {
    Table tenure = TenureTables.telco();
    assertSame(TenureChurn.rates(tenure, "contract"), TenureChurn.table(tenure, COFFEE.options().withBy("contract")));
    Table snapshot =
        TypedTable.of("employees", "employee_id:S, attrition:B, department:S", "1, true, Sales", "2, false, R&D");
    assertSame(
        Attrition.attritionRate(snapshot, "department"),
        Attrition.table(snapshot, COFFEE.options().withBy("department")));
  }

  @Test
  void survivalReadsTheShapeFromTheColumns() {
    MetricOptions o = SAAS.options().withBy("plan");
    assertSame(Survival.fromSpells(SAAS.customers(), o), Survival.table(SAAS.customers(), o));
    Table tenure = TenureTables.telco();
    assertSame(Survival.fromTenure(tenure, "contract"), Survival.table(tenure, o.withBy("contract")));
    assertEquals(List.of("segment", "time"), Survival.table(tenure, o.withBy(null)).columnNames().subList(0, 2));
  }

  @Test
  void aDimensionTheTenureTableLacksIsNotComputable() {
    MetricOptions o = SAAS.options().withBy("region");
    assertThrows(NotComputableException.class, () -> TenureChurn.table(TenureTables.telco(), o));
  }
}
