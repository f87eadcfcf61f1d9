package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class EmployeeTurnoverTest {
  private static final String SPELLS =
      "employee_id:S, hire_date:D, termination_date:D, termination_type:S, department:S";
  private static final MetricOptions MARCH_END = MetricOptions.monthly(LocalDate.of(2024, 3, 31));

  /** The columns after the period (and dimension) columns, as DESIGN §5 names them. */
  private static final List<String> MEASURES =
      List.of(
          "headcount_start",
          "hires",
          "separations",
          "headcount_end",
          "avg_headcount",
          "turnover_rate",
          "voluntary_turnover_rate",
          "ttm_turnover_rate");

  private static Table spells(String... rows) {
    return TypedTable.of("employees", SPELLS, rows);
  }

  private static int intAt(Table t, String column, int row) {
    return t.intColumn(column).getInt(row);
  }

  @Test
  void hiredAndLeavingInTheSameMonth_isAHireAndASeparationButNeverInAHeadcount() {
    Table t =
        EmployeeTurnover.table(
            spells("A, 2023-12-01, , , Ops", "B, 2024-01-10, 2024-01-20, Voluntary, Ops"),
            MARCH_END);
    assertEquals("2024-01", t.stringColumn("month").get(1));
    assertEquals(1, intAt(t, "headcount_start", 1));
    assertEquals(1, intAt(t, "hires", 1));
    assertEquals(1, intAt(t, "separations", 1));
    assertEquals(1, intAt(t, "headcount_end", 1));
    assertEquals(1.0 / 1.0, t.doubleColumn("turnover_rate").get(1));
  }

  @Test
  void employedOnTheLastDayOfAMonth_countsInItsEndHeadcount_andLeavesTheNextMonth() {
    Table t = EmployeeTurnover.table(spells("A, 2024-01-01, 2024-02-01, , Ops"), MARCH_END);
    assertEquals(1, intAt(t, "headcount_end", 0));
    assertEquals(0, intAt(t, "separations", 0));
    assertEquals(1, intAt(t, "headcount_start", 1));
    assertEquals(1, intAt(t, "separations", 1));
    assertEquals(0, intAt(t, "headcount_end", 1));
    assertEquals(1 / ((1 + 0) / 2.0), t.doubleColumn("turnover_rate").get(1));
  }

  @Test
  void terminatedOnTheLastDayOfAMonth_isNotInThatMonthsEndHeadcount() {
    Table t = EmployeeTurnover.table(spells("A, 2024-01-01, 2024-01-31, , Ops"), MARCH_END);
    assertEquals(0, intAt(t, "headcount_end", 0));
    assertEquals(1, intAt(t, "separations", 0));
  }

  @Test
  void zeroAverageHeadcount_givesMissingRates() {
    Table t =
        EmployeeTurnover.table(spells("A, 2024-01-05, 2024-01-06, voluntary, Ops"), MARCH_END);
    assertEquals(1, intAt(t, "separations", 0));
    assertEquals(0.0, t.doubleColumn("avg_headcount").get(0));
    assertTrue(t.doubleColumn("turnover_rate").isMissing(0));
    assertTrue(t.doubleColumn("voluntary_turnover_rate").isMissing(0));
  }

  @Test
  void onlyVoluntaryTypesInAnyCase_countAsVoluntary() {
    Table t =
        EmployeeTurnover.table(
            spells(
                "A, 2023-01-01, 2024-01-10,  VOLUNTARY , Ops",
                "B, 2023-01-01, 2024-01-11, involuntary, Ops",
                "C, 2023-01-01, 2024-01-12, retired, Ops",
                "D, 2023-01-01, 2024-01-13, , Ops",
                "E, 2023-01-01, , , Ops"),
            MARCH_END);
    int january = 12;
    assertEquals("2024-01", t.stringColumn("month").get(january));
    assertEquals(4, intAt(t, "separations", january));
    double average = (5 + 1) / 2.0;
    assertEquals(4 / average, t.doubleColumn("turnover_rate").get(january));
    assertEquals(1 / average, t.doubleColumn("voluntary_turnover_rate").get(january));
  }

  @Test
  void withoutATerminationTypeColumn_voluntaryRateIsMissing() {
    Table t =
        EmployeeTurnover.table(
            TypedTable.of(
                "employees", "employee_id:S, hire_date:D, termination_date:D",
                "A, 2024-01-01, 2024-02-10", "B, 2024-01-01, "),
            MARCH_END);
    assertEquals(1, intAt(t, "separations", 1));
    assertTrue(t.doubleColumn("voluntary_turnover_rate").isMissing(1));
  }

  @Test
  void rehiredEmployee_countsTwoHiresAndIsInTheHeadcountAgain() {
    Table t =
        EmployeeTurnover.table(
            spells("A, 2024-01-01, 2024-02-01, , Ops", "A, 2024-03-01, , , Ops"), MARCH_END);
    assertEquals(List.of(1, 0, 1), t.intColumn("hires").asList());
    assertEquals(List.of(0, 1, 0), t.intColumn("separations").asList());
    assertEquals(List.of(1, 0, 1), t.intColumn("headcount_end").asList());
  }

  @Test
  void ttmTurnover_isMissingUntilTwelveMonths_thenSeparationsOverMeanAverageHeadcount() {
    Table t =
        EmployeeTurnover.table(
            spells("A, 2023-04-01, , , Ops", "B, 2023-04-01, 2024-03-15, , Ops"), MARCH_END);
    assertEquals(12, t.rowCount());
    for (int row = 0; row < 11; row++) {
      assertTrue(t.doubleColumn("ttm_turnover_rate").isMissing(row));
    }
    // April 2023: average (0 + 2) / 2 = 1; May to February: 2; March 2024: (2 + 1) / 2 = 1.5
    double meanAverage = (1 + 10 * 2 + 1.5) / 12;
    assertEquals(1 / meanAverage, t.doubleColumn("ttm_turnover_rate").get(11), 1e-12);
  }

  @Test
  void eventsAfterAsOf_areIgnored() {
    Table t =
        EmployeeTurnover.table(
            spells("A, 2024-01-01, 2024-04-02, , Ops", "B, 2024-04-01, , , Ops"), MARCH_END);
    assertEquals(3, t.rowCount());
    assertEquals(0, (int) t.intColumn("separations").sum());
    assertEquals(1, intAt(t, "headcount_end", 2));
  }

  @Test
  void byDepartment_countsHeadcountsPerDepartment_withMissingAsItsOwnSegment() {
    Table t =
        EmployeeTurnover.table(
            spells("A, 2024-03-01, , , Ops", "B, 2024-03-01, , , ", "C, 2024-03-02, , , Ops"),
            MARCH_END.withBy("department"));
    assertEquals(List.of("month", "department"), t.columnNames().subList(0, 2));
    assertEquals(MEASURES, t.columnNames().subList(2, t.columnCount()));
    assertEquals(List.of("(missing)", "Ops"), t.stringColumn("department").asList());
    assertEquals(List.of(1, 2), t.intColumn("headcount_end").asList());
  }

  @Test
  void terminationOnOrBeforeHire_isActiveOnNoDay_andLeftOut() {
    Table withBadSpells =
        EmployeeTurnover.table(
            spells("A, 2024-03-01, , , Ops", "E7, 2024-02-01, 2024-01-31, , Ops", "E8, 2024-03-05, 2024-03-05, , Ops"),
            MARCH_END);
    Table without = EmployeeTurnover.table(spells("A, 2024-03-01, , , Ops"), MARCH_END);
    assertEquals(without.print(), withBadSpells.print());
  }

  @Test
  void noSpells_giveAnEmptyTableWithItsColumns() {
    Table t = EmployeeTurnover.table(spells(), MARCH_END);
    assertEquals(0, t.rowCount());
    assertEquals("month", t.columnNames().get(0));
    assertEquals(MEASURES, t.columnNames().subList(1, t.columnCount()));
  }
}
