package dev.kpikit.forecast.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.PredictiveQuantiles;
import dev.kpikit.forecast.RollingOrigin;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The one-call entry points on a synthetic shop: two orders a day, none on Sundays. */
class DailyRevenueBacktestTest {
  private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 180;

  private static Table shop() {
    Random r = new Random(3);
    Table t = Table.create("orders", StringColumn.create("order_id"), DateColumn.create("order_date"),
        DoubleColumn.create("amount"));
    for (int d = 0; d < DAYS; d++) {
      LocalDate date = FIRST.plusDays(d);
      if (date.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
        continue;
      }
      for (int k = 0; k < 2; k++) {
        t.stringColumn("order_id").append(d + "-" + k);
        t.dateColumn("order_date").append(date);
        t.doubleColumn("amount").append(100 + 20 * r.nextGaussian());
      }
    }
    return t;
  }

  @Test
  void theBacktestRunsTheForecasterOnTheDailySeriesWithDateLabels() {
    Backtest b = DailyRevenueBacktest.run(shop(), new RollingOrigin(7, 112, 7, 14), 1);
    // Cutoffs 112, 119, ... while cutoff + 14 <= 180.
    assertEquals((DAYS - 14 - 112) / 7 + 1, b.cutoffs().size());
    assertEquals(FIRST.plusDays(111).toString(), b.cutoffs().get(0).origin());
    assertEquals(FIRST.plusDays(112).toString(), b.cutoffs().get(0).firstForecast());
  }

  @Test
  void theForecastTableHasOneRowPerDayAfterTheLastOrderAndEveryQuantile() {
    Table shop = shop();
    Table t = DailyRevenueBacktest.forecastTable(shop, 14, 5);
    assertEquals(List.of("date", "mean", "p025", "p05", "p10", "p25", "p50", "p75", "p90", "p95", "p975"),
        t.columnNames());
    assertEquals(14, t.rowCount());
    LocalDate last = shop.dateColumn("order_date").max();
    assertEquals(last.plusDays(1).toString(), t.stringColumn("date").get(0));
    assertEquals(last.plusDays(14).toString(), t.stringColumn("date").get(13));
    PredictiveQuantiles f = DailyRevenueBacktest.forecast(shop, 14, 5);
    assertArrayEquals(f.median(), t.doubleColumn("p50").asDoubleArray(), 0.0);
    assertArrayEquals(f.quantile(0.025), t.doubleColumn("p025").asDoubleArray(), 0.0);
    for (int k = 0; k < 14; k++) {
      boolean sunday = last.plusDays(k + 1).getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
      assertEquals(sunday, t.doubleColumn("p975").get(k) == 0, t.stringColumn("date").get(k));
    }
  }
}
