package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * {@link KeptRows}: the period of a kept row is the toolkit's {@link Periods#index} of its date,
 * whether Spark reads it from the lookup array of the orders' date range or through the UDF.
 */
class KeptRowsTest {
  private static final LocalDate FIRST = LocalDate.of(2023, 12, 25);
  private static final LocalDate LAST = LocalDate.of(2025, 1, 7);

  /** Every day from FIRST to LAST, then a row without a date. */
  private static Table everyDay() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
      days.add(d);
    }
    DateColumn date = DateColumn.create("order_date", days);
    date.appendMissing();
    DoubleColumn amount = DoubleColumn.create("amount", date.size());
    amount.setMissingTo(1.0);
    return Table.create("orders", date, amount);
  }

  @Test
  void theLookupGivesPeriodsIndexForEveryDayOfEveryGrain() {
    List<Row> rows = ClusterOrdersFixture.of(SharedSpark.get(), everyDay()).rows()
        .select(functions.col("order_date")).collectAsList();
    for (Periods periods : List.of(Periods.of(Grain.WEEK), Periods.MONTHLY, Periods.of(Grain.QUARTER, 4),
        Periods.of(Grain.YEAR, 7))) {
      Column lookup = KeptRows.periodOf(functions.col("order_date"), periods, FIRST, LAST);
      List<Row> got = ClusterOrdersFixture.of(SharedSpark.get(), everyDay()).rows()
          .select(functions.col("order_date"), lookup).collectAsList();
      assertEquals(rows.size(), got.size());
      for (Row r : got) {
        LocalDate d = KeptRows.localDate(r.get(0));
        if (d == null) {
          assertNull(r.get(1), "no date, no period");
        } else {
          assertEquals(periods.index(d), r.getInt(1), periods.grain() + " " + d);
        }
      }
    }
  }

  @Test
  void keptRowsHaveTheirDatesPeriodUpToAsOf() {
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    MetricOptions options = new MetricOptions(Periods.of(Grain.QUARTER, 2), asOf, null);
    List<Row> kept = KeptRows.of(ClusterOrdersFixture.of(SharedSpark.get(), everyDay()), options)
        .select("order_date", KeptRows.PERIOD).collectAsList();
    assertEquals(asOf.toEpochDay() - FIRST.toEpochDay() + 1, kept.size(), "rows up to as-of, none without a date");
    for (Row r : kept) {
      assertEquals(options.periods().index(KeptRows.localDate(r.get(0))), r.getInt(1));
    }
  }

  @Test
  void aSpanTooLongForALookupUsesTheUdf() {
    LocalDate first = LocalDate.of(1800, 1, 1);
    LocalDate last = first.plusDays(KeptRows.MAX_LOOKUP_DAYS);
    Column period = KeptRows.periodOf(functions.col("order_date"), Periods.MONTHLY, first, last);
    assertEquals(true, period.toString().contains("UDF"), period.toString());
  }
}
