package dev.kpikit.sample;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams Northwind Coffee's {@code orders.csv}, one day at a time, in date order (a refund follows
 * the order it refunds, dated on the refund day).
 *
 * <p>Customers arrive each day in proportion to growth, seasonality (summer dip, Q4 peak) and the
 * weekday; each has an acquisition channel, a region, a loyalty and a cadence. After every order a
 * customer comes back with probability {@code channel quality x loyalty} after about one cadence,
 * so the mixture of loyal and one-off buyers gives cohort curves that fall steeply and then
 * flatten. Guests (no customer id) add about 9 % of orders.
 *
 * <p>Memory: 14 bytes per customer in primitive arrays (a customer waits in the linked list of the
 * day of its next order) and nothing per order: rows go straight to the {@link CsvSink}.
 */
final class CoffeeOrders {
  static final List<String> CHANNELS =
      List.of("organic", "paid_search", "social", "email", "referral");
  static final List<String> REGIONS =
      List.of("northeast", "southeast", "midwest", "west", "southwest");
  static final ZoneId ZONE = ZoneId.of("America/New_York");

  /** Observed order rows per customer for this model; sets the customer count for a size. */
  static final double ROWS_PER_CUSTOMER = 5.4;

  private static final int ORGANIC = 0;
  private static final int PAID_SEARCH = 1;
  private static final int SOCIAL = 2;
  private static final int EMAIL = 3;
  private static final double[] REPEAT_QUALITY = {0.97, 0.90, 0.72, 0.95, 1.0};
  private static final double[] SEASON = {
    0.95, 0.85, 0.95, 1.0, 0.95, 0.85, 0.78, 0.8, 0.95, 1.05, 1.35, 1.6
  };
  private static final double GUESTS_PER_ORDER = 0.09;
  private static final double REFUND_RATE = 0.012;
  private static final double SOCIAL_REFUND_RATE = 0.03;
  private static final double WELCOME_DISCOUNT = 0.9;
  private static final double TIMESTAMP_SHARE_AT_MONTH_ENDS = 0.3;
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
  private static final ZoneId UTC = ZoneId.of("UTC");
  private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

  private final SampleCalendar cal = SampleCalendar.INSTANCE;
  private final CoffeeCatalog catalog;
  private final SplittableRandom rng;
  private final int customers;
  private final CoffeeTotals totals;

  private final byte[] channel;
  private final byte[] region;
  private final float[] loyalty;
  private final short[] cadenceDays;
  private final VisitQueue due;

  private final Weights[] acquisitionMix = new Weights[SampleCalendar.MONTHS];
  private final Weights regionMix = Weights.of(36, 20, 17, 17, 10);
  private final Weights guestChannelMix = Weights.of(50, 30, 20);
  private final Weights linesPerOrder = Weights.of(55, 30, 12, 3);
  private final Weights quantityPerLine = Weights.of(70, 22, 5, 3);

  private final int[] lineSku = new int[4];
  private final long[] lineQuantity = new long[4];
  private final long[] lineAmount = new long[4];
  private final long[] lineCost = new long[4];
  private final String[] row = new String[SampleColumns.ORDERS.size()];
  private long orderSeq;

  CoffeeOrders(CoffeeCatalog catalog, long targetRows, SplittableRandom rng) {
    this.catalog = catalog;
    this.rng = rng;
    this.customers = (int) Math.max(1, Math.round(targetRows / ROWS_PER_CUSTOMER));
    this.totals = new CoffeeTotals(CHANNELS.size(), catalog.size());
    channel = new byte[customers];
    region = new byte[customers];
    loyalty = new float[customers];
    cadenceDays = new short[customers];
    due = new VisitQueue(0, cal.days(), customers);
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      double t = m / (SampleCalendar.MONTHS - 1.0);
      acquisitionMix[m] =
          Weights.of(
              0.30 - 0.10 * t, 0.28 + 0.02 * t, 0.10 + 0.20 * t, 0.16 - 0.06 * t, 0.16 - 0.06 * t);
    }
  }

  /** Writes every order row and returns the monthly totals. */
  CoffeeTotals writeTo(CsvSink sink) throws IOException {
    int[] newPerDay = SampleCalendar.spread(customers, acquisitionWeights());
    int nextCustomer = 0;
    for (int d = 0; d < cal.days(); d++) {
      int ordersToday = 0;
      for (int k = 0; k < newPerDay[d]; k++) {
        int c = nextCustomer++;
        welcome(c, d);
        customerOrder(sink, d, c, true);
        ordersToday++;
      }
      int c = due.take(d);
      while (c != VisitQueue.END) {
        int next = due.next(c);
        customerOrder(sink, d, c, false);
        ordersToday++;
        c = next;
      }
      long guests = Draws.stochasticRound(ordersToday * GUESTS_PER_ORDER, rng);
      for (long g = 0; g < guests; g++) {
        int ch = guestChannelMix.pick(rng);
        order(sink, d, "", CHANNELS.get(ch), REGIONS.get(regionMix.pick(rng)), 1.0, ch);
      }
    }
    return totals;
  }

  private double[] acquisitionWeights() {
    double[] w = new double[cal.days()];
    for (int d = 0; d < w.length; d++) {
      double growth = 1 + 2.2 * d / w.length;
      DayOfWeek weekday = cal.date(d).getDayOfWeek();
      double weekdayFactor =
          weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? 0.8 : 1.08;
      w[d] = growth * SEASON[cal.monthOf(d) % 12] * weekdayFactor;
    }
    return w;
  }

  private void welcome(int c, int day) {
    channel[c] = (byte) acquisitionMix[cal.monthOf(day)].pick(rng);
    region[c] = (byte) regionMix.pick(rng);
    double u = rng.nextDouble();
    double v = rng.nextDouble();
    loyalty[c] = (float) (u < 0.4 ? 0.1 + 0.3 * v : u < 0.8 ? 0.7 + 0.2 * v : 0.93 + 0.05 * v);
    cadenceDays[c] = (short) (18 + rng.nextInt(40));
  }

  private void customerOrder(CsvSink sink, int day, int c, boolean first) throws IOException {
    int acquiredBy = channel[c];
    String orderChannel = first ? CHANNELS.get(acquiredBy) : repeatChannel(acquiredBy);
    boolean welcomeOffer = first && (acquiredBy == PAID_SEARCH || acquiredBy == SOCIAL);
    String customerId = "C" + (100001 + c);
    long amount =
        order(
            sink,
            day,
            customerId,
            orderChannel,
            REGIONS.get(region[c]),
            welcomeOffer ? WELCOME_DISCOUNT : 1.0,
            acquiredBy);
    int month = cal.monthOf(day);
    if (first) {
      totals.newCustomers[month][acquiredBy]++;
    } else {
      totals.returningRevenueCents[month] += amount;
    }
    scheduleReturn(day, c);
  }

  private String repeatChannel(int acquiredBy) {
    double u = rng.nextDouble();
    return CHANNELS.get(u < 0.5 ? EMAIL : u < 0.85 ? ORGANIC : acquiredBy);
  }

  private void scheduleReturn(int day, int c) {
    double keep = Math.min(0.96, REPEAT_QUALITY[channel[c]] * loyalty[c]);
    if (rng.nextDouble() >= keep) {
      return;
    }
    double season = SEASON[cal.monthOf(day) % 12];
    int gap = (int) Math.round(cadenceDays[c] * (0.7 + 0.6 * rng.nextDouble()) / season);
    int next = day + Math.max(5, gap);
    if (next < cal.days()) {
      due.add(next, c);
    }
  }

  /** Writes one order (1 to 4 lines) and maybe its refund; returns the order amount in cents. */
  private long order(
      CsvSink sink,
      int day,
      String customerId,
      String orderChannel,
      String regionName,
      double priceFactor,
      int riskChannel)
      throws IOException {
    int month = cal.monthOf(day);
    String orderId = "NW-" + (100001 + orderSeq++);
    String date = orderDate(day);
    int lines = pickLines(month);
    long total = 0;
    for (int i = 0; i < lines; i++) {
      int sku = lineSku[i];
      lineQuantity[i] = quantityPerLine.pick(rng) + 1;
      lineAmount[i] = Math.round(lineQuantity[i] * catalog.priceCents(month, sku) * priceFactor);
      lineCost[i] = lineQuantity[i] * catalog.costCents(month, sku);
      total += lineAmount[i];
      writeLine(sink, orderId, date, customerId, orderChannel, regionName, i, 1, "paid");
      totals.addLine(month, sku, lineQuantity[i], lineAmount[i], lineCost[i]);
    }
    double refundRate = riskChannel == SOCIAL ? SOCIAL_REFUND_RATE : REFUND_RATE;
    if (rng.nextDouble() < refundRate) {
      refund(sink, day, orderId, customerId, orderChannel, regionName, lines);
    }
    return total;
  }

  /** Picks the order's distinct products into {@code lineSku}; returns how many. */
  private int pickLines(int month) {
    return Draws.distinct(linesPerOrder.pick(rng) + 1, () -> catalog.pick(month, rng), lineSku);
  }

  private void refund(
      CsvSink sink,
      int day,
      String orderId,
      String customerId,
      String orderChannel,
      String regionName,
      int lines)
      throws IOException {
    int refundDay = day + 3 + rng.nextInt(15);
    if (refundDay >= cal.days()) {
      return;
    }
    int month = cal.monthOf(refundDay);
    for (int i = 0; i < lines; i++) {
      writeLine(
          sink,
          orderId,
          cal.text(refundDay),
          customerId,
          orderChannel,
          regionName,
          i,
          -1,
          "refund");
      totals.addLine(month, lineSku[i], -lineQuantity[i], -lineAmount[i], -lineCost[i]);
    }
  }

  private void writeLine(
      CsvSink sink,
      String orderId,
      String date,
      String customerId,
      String orderChannel,
      String regionName,
      int line,
      int sign,
      String status)
      throws IOException {
    row[0] = orderId;
    row[1] = date;
    row[2] = customerId;
    row[3] = orderChannel;
    row[4] = regionName;
    row[5] = catalog.code(lineSku[line]);
    row[6] = Long.toString(sign * lineQuantity[line]);
    row[7] = Money.text(sign * lineAmount[line]);
    row[8] = Money.text(sign * lineCost[line]);
    row[9] = status;
    sink.row(row);
  }

  /**
   * The order's date: an ISO date, or on the first and last day of a month sometimes a date-time
   * with an offset whose text shows another day (and month) than the business day it belongs to.
   */
  private String orderDate(int day) {
    int month = cal.monthOf(day);
    boolean firstDay = day == cal.firstDayOf(month);
    boolean lastDay = day == cal.firstDayOf(month + 1) - 1;
    if (!(firstDay || lastDay) || rng.nextDouble() >= TIMESTAMP_SHARE_AT_MONTH_ENDS) {
      return cal.text(day);
    }
    int minute = rng.nextInt(180);
    LocalTime time =
        LocalTime.of(lastDay ? 21 + minute / 60 : minute / 60, minute % 60, rng.nextInt(60));
    ZonedDateTime local = ZonedDateTime.of(cal.date(day), time, ZONE);
    ZoneId shown = rng.nextDouble() < 0.4 ? ZONE : lastDay ? UTC : PACIFIC;
    return local.withZoneSameInstant(shown).format(TIMESTAMP);
  }
}
