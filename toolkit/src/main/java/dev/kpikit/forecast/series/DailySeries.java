package dev.kpikit.forecast.series;

import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import dev.kpikit.metrics.RevenueMetrics;
import java.time.LocalDate;
import java.util.Objects;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A series with one value per calendar day, every day from {@code first} on: no day is missing, a
 * day without data is 0.
 *
 * @param first the date of {@code values[0]}
 * @param values one value per day, oldest first (not copied: treat as read-only)
 * @since 0.2.0
 */
public record DailySeries(LocalDate first, double[] values) {
  /** The name of the day column added to the orders before {@code revenue_monthly} splits by it. */
  private static final String DAY = "order_day";

  /** Checks the arguments. */
  public DailySeries {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(values, "values");
  }

  /**
   * Daily net revenue: for every calendar day from the first to the last order date, the {@code
   * revenue} of DESIGN §4 (sum of amount, refunds and cancellations included, so a day can be
   * negative), computed by {@link RevenueMetrics} split by order day, so the definition is the
   * metric's own. Days without any order row are 0 and stay in the series (a shop closed on
   * Saturdays has a 0 every Saturday). Rows without a date or an amount are ignored, as by the
   * metrics.
   *
   * @param orders a canonical orders table (order_id, order_date, amount; other columns ignored)
   * @return the daily series, labelled by ISO date
   * @throws IllegalArgumentException when a required column is absent or no row has a date and an
   *     amount
   */
  public static DailySeries netRevenue(Table orders) {
    for (String c : new String[] {"order_id", "order_date", "amount"}) {
      if (!orders.containsColumn(c)) {
        throw new IllegalArgumentException("orders: missing column '" + c + "'; found " + orders.columnNames());
      }
    }
    DateColumn dates = orders.dateColumn("order_date");
    NumericColumn<?> amount = orders.numberColumn("amount");
    StringColumn day = StringColumn.create(DAY, orders.rowCount());
    LocalDate first = null;
    LocalDate last = null;
    for (int r = 0; r < orders.rowCount(); r++) {
      if (dates.isMissing(r) || amount.isMissing(r)) {
        continue;
      }
      LocalDate d = dates.get(r);
      day.set(r, d.toString());
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
    if (first == null) {
      throw new IllegalArgumentException("orders: no row has both an order_date and an amount");
    }
    Table byDay = Table.create("orders", orders.column("order_id"), dates, orders.column("amount"), day);
    MetricOptions options = new MetricOptions(Periods.of(Grain.YEAR), last, DAY);
    Table revenue = RevenueMetrics.table(byDay, options);
    double[] values = new double[(int) (last.toEpochDay() - first.toEpochDay()) + 1];
    StringColumn year = revenue.stringColumn("year");
    StringColumn days = revenue.stringColumn(DAY);
    DoubleColumn rev = revenue.doubleColumn("revenue");
    for (int r = 0; r < revenue.rowCount(); r++) {
      String label = days.get(r);
      // Split by day within years, each day also appears (with 0) in the years after its own.
      if (!label.isEmpty() && label.startsWith(year.get(r))) {
        values[(int) (LocalDate.parse(label).toEpochDay() - first.toEpochDay())] = rev.get(r);
      }
    }
    return new DailySeries(first, values);
  }

  /** @return the number of days */
  public int length() {
    return values.length;
  }

  /**
   * @param index a day index, 0 for {@link #first()}
   * @return its date
   */
  public LocalDate date(int index) {
    return first.plusDays(index);
  }

  /** @return one ISO date ({@code 2011-06-01}) per value */
  public String[] labels() {
    String[] out = new String[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = date(i).toString();
    }
    return out;
  }
}
