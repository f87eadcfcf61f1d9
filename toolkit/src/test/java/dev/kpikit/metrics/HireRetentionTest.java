package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class HireRetentionTest {
  private static Table spells(String... rows) {
    return TypedTable.of("employees", "employee_id:S, hire_date:D, termination_date:D", rows);
  }

  @Test
  void leavingOnTheAnniversaryIsNotRetained_leavingTheDayAfterIs() {
    Table t =
        HireRetention.table(
            spells("A, 2023-01-10, 2024-01-10", "B, 2023-01-20, 2024-01-21", "C, 2023-01-31, "),
            MetricOptions.monthly(LocalDate.of(2024, 1, 31)));
    assertEquals(List.of("hire_month", "hires", "retained_12m", "retention_12m"), t.columnNames());
    assertEquals("2023-01", t.stringColumn("hire_month").get(0));
    assertEquals(3, t.intColumn("hires").getInt(0));
    assertEquals(2, t.intColumn("retained_12m").getInt(0));
    assertEquals(2 / 3.0, t.doubleColumn("retention_12m").get(0));
  }

  @Test
  void hiredOnTheTwentyNinthOfFebruary_hasItsAnniversaryOnTheTwentyEighth() {
    Table t =
        HireRetention.table(
            spells("A, 2024-02-29, 2025-02-28", "B, 2024-02-29, 2025-03-01"),
            MetricOptions.monthly(LocalDate.of(2025, 2, 28)));
    assertEquals(1, t.intColumn("retained_12m").getInt(0));
  }

  @Test
  void cohortWhoseTwelveMonthsAreNotOverAtAsOf_isMissing_andMonthsWithoutHiresToo() {
    Table t =
        HireRetention.table(
            spells("A, 2023-01-15, ", "B, 2023-03-01, "),
            MetricOptions.monthly(LocalDate.of(2024, 2, 29)));
    assertEquals(1, t.intColumn("retained_12m").getInt(0));
    assertEquals(0, t.intColumn("hires").getInt(1));
    assertTrue(t.doubleColumn("retention_12m").isMissing(1));
    assertEquals(0, t.intColumn("retained_12m").getInt(1));
    assertTrue(t.intColumn("retained_12m").isMissing(2));
    assertTrue(t.doubleColumn("retention_12m").isMissing(2));
  }
}
