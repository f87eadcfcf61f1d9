package dev.kpikit.clv;

import java.time.LocalDate;
import java.util.Arrays;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * The per-customer summary the buy-till-you-die models are fitted on, from {@code orders}: as the
 * literature does, a purchase is a calendar day with at least one order that is not a refund
 * (amount {@code >= 0}: a free item is still a purchase, as in CDNOW's published summary), so
 * several orders of one customer on one day are one purchase, whose spend is the sum of that day's
 * non-negative amounts. Refunds (negative amounts) are not purchases and do not reduce spend.
 *
 * <ul>
 *   <li>{@code frequency} (x): purchases in the calibration period after the first one (repeat
 *       purchases);
 *   <li>{@code recency} (t_x): time from the first to the last calibration purchase, in units (0
 *       when x = 0);
 *   <li>{@code T}: time from the first purchase to the calibration end, in units;
 *   <li>{@code monetary}: mean spend of the repeat calibration purchases (missing when x = 0);
 *   <li>{@code holdout_purchases}: purchases in the holdout period (only with a holdout).
 * </ul>
 *
 * <p>Customers whose first purchase falls after the calibration end are not in the summary; rows
 * without a customer id, a date or an amount, and refunds (amount &lt; 0), are not purchases. Arrays are
 * indexed by customer, customers ordered by first appearance in the orders.
 *
 * @since 0.1.0
 */
public final class RfmSummary {
  /** Column names of {@link #table()}. */
  public static final String CUSTOMER_ID = "customer_id";
  /** Repeat purchases in the calibration period. */
  public static final String FREQUENCY = "frequency";
  /** First to last calibration purchase, in units. */
  public static final String RECENCY = "recency";
  /** First purchase to calibration end, in units. */
  public static final String AGE = "T";
  /** Mean spend of repeat purchases. */
  public static final String MONETARY = "monetary";
  /** Purchases in the holdout period. */
  public static final String HOLDOUT = "holdout_purchases";

  private final String[] ids;
  private final int[] frequency;
  private final double[] recency;
  private final double[] age;
  private final double[] monetary;
  private final int[] firstDay;
  private final int[] holdout;
  private final long[] repeatsByPeriod;
  private final RfmOptions options;

  RfmSummary(
      String[] ids,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary,
      int[] firstDay,
      int[] holdout,
      long[] repeatsByPeriod,
      RfmOptions options) {
    this.ids = ids;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.monetary = monetary;
    this.firstDay = firstDay;
    this.holdout = holdout;
    this.repeatsByPeriod = repeatsByPeriod;
    this.options = options;
  }

  /**
   * Summarises orders.
   *
   * @param orders a table with {@code customer_id} (text), {@code order_date} (date) and {@code
   *     amount} (number) columns, as the loader produces
   * @param options calibration end, optional holdout end, unit
   * @return the summary of every customer whose first purchase is on or before the calibration end
   * @throws IllegalArgumentException when a column is absent
   */
  public static RfmSummary fromOrders(Table orders, RfmOptions options) {
    return PurchaseDays.of(
            orders.stringColumn(CUSTOMER_ID),
            orders.dateColumn("order_date"),
            orders.numberColumn("amount"),
            options.lastDay())
        .summarise(options);
  }

  /**
   * A summary given directly (e.g. the published CDNOW summary), without purchase dates.
   *
   * @param ids customer ids
   * @param frequency repeat purchases
   * @param recency first to last purchase, in units
   * @param age first purchase to calibration end, in units
   * @param monetary mean repeat spend (NaN when frequency is 0), or null when unknown
   * @param options the calibration end and unit the numbers are in
   * @return the summary
   * @throws IllegalArgumentException when lengths differ, or a value is negative or recency &gt; T
   */
  public static RfmSummary of(
      String[] ids,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary,
      RfmOptions options) {
    int n = ids.length;
    if (frequency.length != n || recency.length != n || age.length != n
        || (monetary != null && monetary.length != n)) {
      throw new IllegalArgumentException("the summary's arrays differ in length");
    }
    for (int i = 0; i < n; i++) {
      if (frequency[i] < 0 || recency[i] < 0 || age[i] < recency[i] || !Double.isFinite(age[i])) {
        throw new IllegalArgumentException(
            "customer " + ids[i] + ": needs 0 <= recency <= T and frequency >= 0, got frequency "
                + frequency[i] + ", recency " + recency[i] + ", T " + age[i]);
      }
    }
    double[] m = monetary == null ? filled(n, Double.NaN) : monetary.clone();
    int[] first = new int[n];
    long end = options.calibrationEnd().toEpochDay();
    for (int i = 0; i < n; i++) {
      first[i] = (int) Math.round(end - age[i] * options.unit().days());
    }
    return new RfmSummary(
        ids.clone(), frequency.clone(), recency.clone(), age.clone(), m, first, null, null, options);
  }

  /**
   * Reads a summary table with columns {@code customer_id} (or {@code ID}), {@code frequency},
   * {@code recency}, {@code T} and optionally {@code monetary}.
   *
   * @param table the summary
   * @param options the calibration end and unit the numbers are in
   * @return the summary
   */
  public static RfmSummary fromSummaryTable(Table table, RfmOptions options) {
    String idName = table.containsColumn(CUSTOMER_ID) ? CUSTOMER_ID : table.column(0).name();
    int n = table.rowCount();
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = table.column(idName).getString(i);
    }
    NumericColumn<?> f = table.numberColumn(FREQUENCY);
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = (int) Math.round(f.getDouble(i));
    }
    double[] m = table.containsColumn(MONETARY) ? doubles(table.numberColumn(MONETARY)) : null;
    return of(
        ids,
        x,
        doubles(table.numberColumn(RECENCY)),
        doubles(table.numberColumn(AGE)),
        m,
        options);
  }

  private static double[] doubles(NumericColumn<?> c) {
    double[] v = new double[c.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = c.isMissing(i) ? Double.NaN : c.getDouble(i);
    }
    return v;
  }

  static double[] filled(int n, double value) {
    double[] v = new double[n];
    Arrays.fill(v, value);
    return v;
  }

  /**
   * The summary as a table: {@code customer_id, frequency, recency, T, monetary} and, with a
   * holdout, {@code holdout_purchases}. Recency and T are in {@link #unit()}s; monetary is missing
   * for customers without repeat purchases.
   *
   * @return a new table named {@code rfm_summary}
   */
  public Table table() {
    Table t =
        Table.create(
            "rfm_summary",
            StringColumn.create(CUSTOMER_ID, ids),
            IntColumn.create(FREQUENCY, frequency),
            DoubleColumn.create(RECENCY, recency),
            DoubleColumn.create(AGE, age),
            DoubleColumn.create(MONETARY, monetary));
    if (holdout != null) {
      t.addColumns(IntColumn.create(HOLDOUT, holdout));
    }
    return t;
  }

  /** @return the number of customers */
  public int size() {
    return ids.length;
  }

  /** @return customer ids (a copy) */
  public String[] ids() {
    return ids.clone();
  }

  String id(int i) {
    return ids[i];
  }

  /** @return repeat purchases per customer (a copy) */
  public int[] frequency() {
    return frequency.clone();
  }

  /** @return recency per customer in units (a copy) */
  public double[] recency() {
    return recency.clone();
  }

  /** @return age T per customer in units (a copy) */
  public double[] age() {
    return age.clone();
  }

  /** @return mean repeat spend per customer, NaN without repeat purchases (a copy) */
  public double[] monetary() {
    return monetary.clone();
  }

  /**
   * @return purchases per customer in the holdout period (a copy)
   * @throws IllegalStateException without a holdout
   */
  public int[] holdoutPurchases() {
    if (holdout == null) {
      throw new IllegalStateException("the summary has no holdout period");
    }
    return holdout.clone();
  }

  /** @return true when the summary counts holdout purchases */
  public boolean hasHoldout() {
    return holdout != null;
  }

  /** @return true when the summary was computed from dated purchases (tracking is available) */
  public boolean hasPurchaseDates() {
    return repeatsByPeriod != null;
  }

  /** @return the options: calibration end, holdout end, unit */
  public RfmOptions options() {
    return options;
  }

  /** @return the time unit of recency, T and horizons */
  public PeriodUnit unit() {
    return options.unit();
  }

  /** @return the first purchase day of each customer (epoch days; a copy) */
  int[] firstDays() {
    return firstDay.clone();
  }

  /**
   * @return repeat purchases per period (of one unit) from the earliest first purchase to the last
   *     day read, or null when not computed from orders
   */
  long[] repeatsByPeriod() {
    return repeatsByPeriod == null ? null : repeatsByPeriod.clone();
  }

  /**
   * @return the earliest first purchase day of the customers (the start of the tracking periods);
   *     the calibration end when there are no customers
   */
  public LocalDate firstPurchase() {
    return trackingStart();
  }

  LocalDate trackingStart() {
    int min = Integer.MAX_VALUE;
    for (int d : firstDay) {
      min = Math.min(min, d);
    }
    return LocalDate.ofEpochDay(min == Integer.MAX_VALUE ? options.calibrationEnd().toEpochDay() : min);
  }

  @Override
  public String toString() {
    return "RfmSummary[" + ids.length + " customers, calibration to " + options.calibrationEnd()
        + (holdout == null ? "" : ", holdout to " + options.holdoutEnd()) + ", " + unit().label()
        + "s]";
  }

  /** The purchase days of every customer, grouped by customer and sorted (a counting sort). */
  static final class PurchaseDays {
    final String[] labels;
    final int[] start; // customer c's days are days[start[c]..start[c+1])
    final int[] days;
    final double[] spend;

    private PurchaseDays(String[] labels, int[] start, int[] days, double[] spend) {
      this.labels = labels;
      this.start = start;
      this.days = days;
      this.spend = spend;
    }

    static PurchaseDays of(
        StringColumn ids, DateColumn dates, NumericColumn<?> amounts, LocalDate lastDay) {
      CustomerKeys keys = CustomerKeys.of(ids);
      int customers = keys.labels.length;
      int rows = ids.size();
      long last = lastDay.toEpochDay();
      int[] counts = new int[customers + 1];
      int[] dayOf = new int[rows];
      for (int i = 0; i < rows; i++) {
        int c = keys.codes[i];
        if (c < 0 || dates.isMissing(i) || !(amounts.getDouble(i) >= 0)) {
          keys.codes[i] = -1;
          continue;
        }
        long day = PackedLocalDate.toEpochDay(dates.getIntInternal(i));
        if (day > last) {
          keys.codes[i] = -1;
          continue;
        }
        dayOf[i] = (int) day;
        counts[c + 1]++;
      }
      for (int c = 0; c < customers; c++) {
        counts[c + 1] += counts[c];
      }
      int[] fill = Arrays.copyOf(counts, customers);
      int kept = counts[customers];
      long[] keyed = new long[kept]; // day in the high bits, row in the low: sorts by day
      int[] rowAt = new int[kept];
      for (int i = 0; i < rows; i++) {
        int c = keys.codes[i];
        if (c >= 0) {
          rowAt[fill[c]++] = i;
        }
      }
      // Per customer: sort its rows by day, then fold same-day rows into one purchase.
      int[] days = new int[kept];
      double[] spend = new double[kept];
      int[] start = new int[customers + 1];
      int out = 0;
      for (int c = 0; c < customers; c++) {
        int from = counts[c];
        int to = counts[c + 1];
        for (int k = from; k < to; k++) {
          keyed[k] = ((long) dayOf[rowAt[k]] << 32) | rowAt[k];
        }
        Arrays.sort(keyed, from, to);
        start[c] = out;
        for (int k = from; k < to; k++) {
          int row = (int) keyed[k];
          int day = (int) (keyed[k] >> 32);
          double amount = amounts.getDouble(row);
          if (out > start[c] && days[out - 1] == day) {
            spend[out - 1] += amount;
          } else {
            days[out] = day;
            spend[out] = amount;
            out++;
          }
        }
      }
      start[customers] = out;
      return new PurchaseDays(keys.labels, start, days, spend);
    }

    RfmSummary summarise(RfmOptions options) {
      int calEnd = (int) options.calibrationEnd().toEpochDay();
      int lastDay = (int) options.lastDay().toEpochDay();
      double unit = options.unit().days();
      int customers = labels.length;
      int n = 0;
      for (int c = 0; c < customers; c++) {
        if (start[c + 1] > start[c] && days[start[c]] <= calEnd) {
          n++;
        }
      }
      String[] ids = new String[n];
      int[] x = new int[n];
      double[] tx = new double[n];
      double[] age = new double[n];
      double[] m = new double[n];
      int[] first = new int[n];
      int[] hold = options.hasHoldout() ? new int[n] : null;
      int firstOfAll = Integer.MAX_VALUE;
      for (int c = 0; c < customers; c++) {
        if (start[c + 1] > start[c]) {
          firstOfAll = Math.min(firstOfAll, days[start[c]]);
        }
      }
      int periods =
          firstOfAll == Integer.MAX_VALUE ? 0 : (int) Math.ceil((lastDay - firstOfAll + 1) / unit);
      long[] repeats = new long[periods];
      int i = 0;
      for (int c = 0; c < customers; c++) {
        int from = start[c];
        int to = start[c + 1];
        if (to == from || days[from] > calEnd) {
          continue;
        }
        int calTo = from;
        double repeatSpend = 0;
        while (calTo < to && days[calTo] <= calEnd) {
          if (calTo > from) {
            repeatSpend += spend[calTo];
          }
          calTo++;
        }
        ids[i] = labels[c];
        x[i] = calTo - from - 1;
        first[i] = days[from];
        tx[i] = (days[calTo - 1] - days[from]) / unit;
        age[i] = (calEnd - days[from]) / unit;
        m[i] = x[i] == 0 ? Double.NaN : repeatSpend / x[i];
        if (hold != null) {
          hold[i] = to - calTo;
        }
        for (int k = from + 1; k < to; k++) {
          repeats[(int) ((days[k] - firstOfAll) / unit)]++;
        }
        i++;
      }
      return new RfmSummary(ids, x, tx, age, m, first, hold, repeats, options);
    }
  }
}
