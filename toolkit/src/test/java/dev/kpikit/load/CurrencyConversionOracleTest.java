package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.config.DataFolder;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.RevenueMetrics;
import dev.kpikit.schema.Dataset;
import dev.kpikit.testing.DuckDbOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Multi-currency orders converted to the reporting currency (EUR) against DuckDB: the oracle joins
 * each order to the last rate of its currency on or before its date with an ASOF JOIN, written
 * from the rule, not from kpikit's code. Rates are published on weekdays only, GBP starts a month
 * late (its earlier orders are rejected) and JPY has no rates at all.
 */
class CurrencyConversionOracleTest {
  private static final LocalDate START = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 120;
  private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "JPY"};
  @TempDir Path dir;

  private void generate() throws IOException {
    Random rnd = new Random(16);
    StringBuilder rates = new StringBuilder("date,currency,rate\n");
    for (int d = 0; d < DAYS; d++) {
      LocalDate day = START.plusDays(d);
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      rates.append(String.format(Locale.ROOT, "%s,USD,%.6f%n", day, 0.85 + 0.1 * rnd.nextDouble()));
      if (d >= 31) {
        rates.append(String.format(Locale.ROOT, "%s,GBP,%.6f%n", day, 1.1 + 0.1 * rnd.nextDouble()));
      }
    }
    StringBuilder orders = new StringBuilder("order_id,order_date,amount,cost,currency\n");
    for (int i = 0; i < 3000; i++) {
      LocalDate day = START.plusDays(rnd.nextInt(DAYS));
      String currency = CURRENCIES[rnd.nextInt(rnd.nextInt(10) == 0 ? 4 : 3)];
      double amount = (rnd.nextInt(8) == 0 ? -1 : 1) * (1 + rnd.nextInt(50000) / 100.0);
      orders.append(String.format(Locale.ROOT, "o%d,%s,%.2f,%.2f,%s%n", i, day, amount, amount / 3, currency));
    }
    Files.writeString(dir.resolve("fx_rates.csv"), rates);
    Files.writeString(dir.resolve("orders.csv"), orders);
    Files.writeString(dir.resolve("kpikit.yaml"), "currency: EUR\n");
  }

  private static final String CONVERTED =
      "SELECT o.*, CASE WHEN o.currency = 'EUR' THEN 1 ELSE r.rate END AS factor"
          + " FROM raw_orders o ASOF LEFT JOIN raw_rates r"
          + " ON o.currency = r.currency AND o.order_date >= r.date";

  @Test
  void revenuePerMonthMatchesAnAsofJoin() throws IOException {
    generate();
    LoadResult loaded = DataFolder.open(dir).load(Dataset.ORDERS);
    Table revenue = RevenueMetrics.table(loaded.table(), MetricOptions.monthly(START.plusDays(DAYS - 1)));
    try (DuckDbOracle oracle = new DuckDbOracle()) {
      oracle.execute("CREATE TABLE raw_orders AS SELECT * FROM read_csv('" + dir.resolve("orders.csv") + "', header = true)");
      oracle.execute("CREATE TABLE raw_rates AS SELECT * FROM read_csv('" + dir.resolve("fx_rates.csv") + "', header = true)");
      Table expected =
          oracle.query(
              "SELECT strftime(order_date, '%Y-%m') AS month, sum(amount * factor) AS revenue,"
                  + " sum(cost * factor) AS cost FROM (" + CONVERTED + ") WHERE factor IS NOT NULL"
                  + " GROUP BY 1 ORDER BY 1");
      assertEquals(expected.rowCount(), revenue.rowCount());
      for (int m = 0; m < expected.rowCount(); m++) {
        assertTrue(revenue.column(0).getString(m).startsWith(expected.stringColumn("month").get(m)),
            revenue.column(0).getString(m));
        double want = expected.doubleColumn("revenue").get(m);
        assertEquals(want, revenue.doubleColumn("revenue").get(m), 1e-9 * Math.abs(want), "revenue " + m);
        double wantCost = expected.doubleColumn("cost").get(m);
        assertEquals(wantCost, revenue.doubleColumn("cost").get(m), 1e-9 * Math.abs(wantCost), "cost " + m);
      }
      double rejected =
          oracle.query("SELECT count(*) AS n FROM (" + CONVERTED + ") WHERE factor IS NULL").doubleColumn("n").get(0);
      assertTrue(rejected > 0, "the fixture has orders without a rate");
      assertEquals((long) rejected, loaded.rowsRejected());
      assertEquals(3000, loaded.rowsRead());
      assertEquals(loaded.rowsRead(), loaded.rowsLoaded() + loaded.rowsRejected());
    }
  }
}
