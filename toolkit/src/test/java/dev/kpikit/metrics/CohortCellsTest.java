package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * {@link CohortCells}: cohort tables assembled from cells counted elsewhere, as-of 2024-03-31. The
 * January cohort has 4 customers, 4 active in January and 1 in March; the March cohort has 2, both
 * active in March.
 */
class CohortCellsTest {
  private static final MetricOptions MONTHLY = MetricOptions.monthly(LocalDate.of(2024, 3, 31));
  private static final int JAN = Periods.MONTHLY.index(LocalDate.of(2024, 1, 1));
  private static final int FEB = JAN + 1;
  private static final int MAR = JAN + 2;

  private static CohortCells activeCustomers() {
    CohortCells cells = new CohortCells(MONTHLY);
    cells.addCohort(MAR, "", 2);
    cells.addCohort(JAN, "", 4);
    cells.addCell(JAN, "", JAN, 4);
    cells.addCell(JAN, "", MAR, 1);
    cells.addCell(MAR, "", MAR, 2);
    return cells;
  }

  @Test
  void everyOffsetUpToAsOfWithZeroWhereNobodyWasActive() {
    Table t = activeCustomers().retentionTable(CohortRetention.ALL_OFFSETS);
    assertEquals(List.of("cohort", "cohort_size", "offset", "active_customers", "retention"), t.columnNames());
    assertEquals(List.of("2024-01", "2024-01", "2024-01", "2024-03"), t.stringColumn("cohort").asList());
    assertEquals(List.of(0, 1, 2, 0), t.intColumn("offset").asList());
    assertEquals(List.of(4, 0, 1, 2), t.intColumn("active_customers").asList());
    assertEquals(List.of(1.0, 0.0, 1 / 4.0, 1.0), t.doubleColumn("retention").asList());
  }

  @Test
  void maxOffsetCapsEachCohort() {
    Table t = activeCustomers().retentionTable(1);
    assertEquals(List.of(0, 1, 0), t.intColumn("offset").asList());
  }

  @Test
  void revenueRetentionIsMissingWhenTheFirstPeriodNetsToZero() {
    CohortCells cells = new CohortCells(MONTHLY);
    cells.addCohort(JAN, "", 1);
    cells.addCohort(MAR, "", 1);
    cells.addCell(JAN, "", JAN, 100);
    cells.addCell(JAN, "", FEB, 40);
    cells.addCell(JAN, "", FEB, -15);
    cells.addCell(MAR, "", MAR, 50);
    cells.addCell(MAR, "", MAR, -50);
    Table t = cells.revenueTable(CohortRetention.ALL_OFFSETS);
    assertEquals(List.of(100.0, 25.0, 0.0, 0.0), t.doubleColumn("revenue").asList());
    assertEquals(1.0, t.doubleColumn("revenue_retention").get(0));
    assertEquals(25 / 100.0, t.doubleColumn("revenue_retention").get(1));
    assertTrue(Double.isNaN(t.doubleColumn("revenue_retention").getDouble(3)), "no offset-0 revenue to divide by");
  }

  @Test
  void splitCohortsComeInDimensionOrderWithinACohortPeriod() {
    CohortCells cells = new CohortCells(MONTHLY.withBy("region"));
    cells.addCohort(MAR, "south", 1);
    cells.addCohort(MAR, "north", 3);
    cells.addCell(MAR, "north", MAR, 3);
    Table t = cells.retentionTable(CohortRetention.ALL_OFFSETS);
    assertEquals(List.of("north", "south"), t.stringColumn("region").asList());
    assertEquals(List.of(3, 1), t.intColumn("cohort_size").asList());
    assertEquals(List.of(3, 0), t.intColumn("active_customers").asList());
  }

  @Test
  void noCohortsGiveTheColumnsWithoutRows() {
    Table t = new CohortCells(MONTHLY).revenueTable(CohortRetention.ALL_OFFSETS);
    assertEquals(List.of("cohort", "offset", "revenue", "revenue_retention"), t.columnNames());
    assertEquals(0, t.rowCount());
  }

  @Test
  void aCellOutsideItsCohortIsRefused() {
    CohortCells cells = activeCustomers();
    assertThrows(IllegalArgumentException.class, () -> cells.addCell(MAR, "", FEB, 1));
    cells.addCell(FEB, "", MAR, 1);
    assertThrows(IllegalArgumentException.class, () -> cells.retentionTable(CohortRetention.ALL_OFFSETS));
  }
}
