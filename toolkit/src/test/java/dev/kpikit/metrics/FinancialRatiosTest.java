package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class FinancialRatiosTest {
  private static final MetricOptions MARCH_END = MetricOptions.monthly(LocalDate.of(2024, 3, 31));

  @Test
  void everyRatioFollowsItsFormula() {
    Table fin =
        TypedTable.of(
            "financials",
            "period:D, revenue:N, cogs:N, opex:N, rnd_spend:N, current_assets:N,"
                + " current_liabilities:N, total_debt:N, equity:N, interest_expense:N, ebit:N",
            "2024-03-01, 1000, 600, 300, 50, 900, 450, 200, 800, 10, 100");
    Table t = FinancialRatios.table(fin, MARCH_END);
    assertEquals(
        List.of(
            "month",
            "current_ratio",
            "debt_to_equity",
            "interest_coverage",
            "opex_ratio",
            "rnd_share",
            "gross_margin_pct"),
        t.columnNames());
    assertEquals("2024-03", t.stringColumn("month").get(0));
    assertEquals(900 / 450.0, t.doubleColumn("current_ratio").get(0));
    assertEquals(200 / 800.0, t.doubleColumn("debt_to_equity").get(0));
    assertEquals(100 / 10.0, t.doubleColumn("interest_coverage").get(0));
    assertEquals(300 / 1000.0, t.doubleColumn("opex_ratio").get(0));
    assertEquals(50 / 1000.0, t.doubleColumn("rnd_share").get(0));
    assertEquals((1000 - 600) / 1000.0, t.doubleColumn("gross_margin_pct").get(0));
  }

  @Test
  void absentColumnsAndZeroDenominators_giveMissingRatios() {
    Table fin = TypedTable.of("financials", "period:D, revenue:N, cogs:N", "2024-03-01, 0, 10");
    Table t = FinancialRatios.table(fin, MARCH_END);
    for (String ratio :
        List.of(
            "current_ratio",
            "debt_to_equity",
            "interest_coverage",
            "opex_ratio",
            "rnd_share",
            "gross_margin_pct")) {
      assertTrue(t.doubleColumn(ratio).isMissing(0), ratio);
    }
  }

  @Test
  void monthWithoutARow_isKeptWithMissingRatios() {
    Table fin =
        TypedTable.of(
            "financials",
            "period:D, revenue:N, opex:N",
            "2024-01-01, 100, 50",
            "2024-03-15, 200, 50");
    Table t = FinancialRatios.table(fin, MARCH_END);
    assertEquals(List.of("2024-01", "2024-02", "2024-03"), t.stringColumn("month").asList());
    assertTrue(t.doubleColumn("opex_ratio").isMissing(1));
    assertEquals(50 / 200.0, t.doubleColumn("opex_ratio").get(2));
  }

  @Test
  void byRegion_splitsRowsByTheirRegion() {
    Table fin =
        TypedTable.of(
            "financials", "period:D, revenue:N, opex:N, region:S",
            "2024-03-01, 100, 50, North", "2024-03-01, 400, 100, South");
    Table t = FinancialRatios.table(fin, MARCH_END.withBy("region"));
    assertEquals(List.of("North", "South"), t.stringColumn("region").asList());
    assertEquals(List.of(0.5, 0.25), t.doubleColumn("opex_ratio").asList());
  }

  @Test
  void weeklyGrain_isRefusedBecauseStatementsAreMonthly() {
    Table fin = TypedTable.of("financials", "period:D, revenue:N", "2024-03-01, 1");
    assertThrows(
        NotComputableException.class,
        () -> FinancialRatios.table(fin, MARCH_END.withPeriods(Periods.of(Grain.WEEK))));
  }

  @Test
  void emptyFinancials_giveAnEmptyTableWithItsColumns() {
    Table t =
        FinancialRatios.table(TypedTable.of("financials", "period:D, revenue:N"), MARCH_END);
    assertEquals(0, t.rowCount());
    assertEquals(7, t.columnCount());
  }
}
