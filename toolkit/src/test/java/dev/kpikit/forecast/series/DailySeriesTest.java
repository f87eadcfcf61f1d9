package dev.kpikit.forecast.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class DailySeriesTest {
  private static Table orders(String[] ids, LocalDate[] dates, double[] amounts) {
    return Table.create(
        "orders",
        StringColumn.create("order_id", ids),
        DateColumn.create("order_date", dates),
        DoubleColumn.create("amount", amounts));
  }

  @Test
  void everyCalendarDayFromFirstToLastOrderIsPresentWithRefundsNetted() {
    LocalDate jan1 = LocalDate.of(2024, 1, 1);
    Table t = orders(
        new String[] {"a", "b", "a", "c", "d"},
        new LocalDate[] {jan1.plusDays(2), jan1, jan1, jan1.plusDays(2), jan1.plusDays(5)},
        new double[] {50, 100, -30, 7.5, -10});
    DailySeries d = DailySeries.netRevenue(t);
    assertEquals(jan1, d.first());
    // Jan 1: 100 - 30; Jan 2 and 3 ... : no orders; Jan 3: 50 + 7.5; Jan 6: a refund only.
    assertArrayEquals(new double[] {70, 0, 57.5, 0, 0, -10}, d.values(), 1e-12);
    assertArrayEquals(
        new String[] {"2024-01-01", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-05", "2024-01-06"},
        d.labels());
  }

  @Test
  void rowsWithoutADateOrAnAmountAreIgnoredAsByTheMetrics() {
    LocalDate jan1 = LocalDate.of(2024, 1, 1);
    Table t = orders(
        new String[] {"a", "b", "c"}, new LocalDate[] {jan1, null, jan1.plusDays(1)}, new double[] {5, 1000, Double.NaN});
    // The undated 1000 counts nowhere; Jan 2 has no row with an amount, so the series ends Jan 1.
    DailySeries d = DailySeries.netRevenue(t);
    assertArrayEquals(new double[] {5}, d.values(), 1e-12);
  }

  @Test
  void daysSpanningAYearEndKeepTheirOwnDay() {
    LocalDate dec31 = LocalDate.of(2023, 12, 31);
    Table t = orders(new String[] {"a", "b"}, new LocalDate[] {dec31, dec31.plusDays(2)}, new double[] {3, 4});
    assertArrayEquals(new double[] {3, 0, 4}, DailySeries.netRevenue(t).values(), 1e-12);
  }

  @Test
  void ordersWithoutAnAmountColumnAreRefusedNamingIt() {
    Table t = Table.create("orders", StringColumn.create("order_id"), DateColumn.create("order_date"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DailySeries.netRevenue(t));
    assertEquals("orders: missing column 'amount'; found [order_id, order_date]", e.getMessage());
  }
}
