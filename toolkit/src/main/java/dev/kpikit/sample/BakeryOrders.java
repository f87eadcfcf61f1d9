package dev.kpikit.sample;

import dev.kpikit.sample.BakeryShops.Shop;
import java.io.IOException;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams Harborview's {@code orders.csv}, one day at a time, in date order (a refund follows the
 * receipt it refunds, dated on the refund day).
 *
 * <p>Loyalty-card customers sign up each day in proportion to the open shops' draw ({@link
 * BakeryShops#draw}), the season (a December peak, a summer dip) and the weekday; each belongs to
 * one shop and has an acquisition channel, a loyalty and a cadence of three to fourteen days. After
 * every visit a customer comes back with probability {@code shop factor x loyalty}, so the shop's
 * quality shows in its repeat rate and its decline in its revenue. Receipts without a card (no
 * customer id) add about 60 % to each shop's card receipts.
 *
 * <p>Memory: 13 bytes per customer in primitive arrays and nothing per order, as in {@link
 * CoffeeOrders}.
 */
final class BakeryOrders {
  static final List<String> CHANNELS =
      List.of("walk_in", "social", "flyers", "delivery_app", "referral");

  /** Observed order rows per card customer for this model; sets the customer count for a size. */
  static final double ROWS_PER_CUSTOMER = 11.4;

  private static final int WALK_IN = 0;
  private static final int DELIVERY = 3;
  private static final double[] SEASON = {
    0.9, 0.85, 0.95, 1.0, 1.0, 0.9, 0.85, 0.85, 1.0, 1.05, 1.15, 1.4
  };
  private static final double GUESTS_PER_CARD_RECEIPT = 0.6;
  private static final double REFUND_RATE = 0.004;
  private static final int WARM_UP_DAYS = 365;

  private final SampleCalendar cal = SampleCalendar.INSTANCE;
  private static final List<Shop> SHOPS = BakeryShops.SHOPS;
  private final BakeryCatalog catalog;
  private final SplittableRandom rng;
  private final int customers;
  private final BakeryTotals totals;

  private final byte[] shop;
  private final byte[] channel;
  private final float[] loyalty;
  private final byte[] cadenceDays;
  private final VisitQueue due;
  private final int[] cardReceiptsToday;

  private final Weights[] shopMix = new Weights[SampleCalendar.MONTHS];
  private final Weights acquisitionMix = Weights.of(50, 18, 10, 12, 10);
  private final Weights ordinaryBasket = Weights.of(55, 30, 12, 3);
  private final Weights fullBasket = Weights.of(30, 35, 23, 12);
  private final Weights quantityPerLine = Weights.of(70, 20, 7, 3);

  private final int[] lineProduct = new int[4];
  private final long[] lineQuantity = new long[4];
  private final long[] lineAmount = new long[4];
  private final long[] lineCost = new long[4];
  private final String[] row = new String[SampleColumns.SHOP_ORDERS.size()];
  private long receiptSeq;

  BakeryOrders(BakeryCatalog catalog, long targetRows, SplittableRandom rng) {
    this.catalog = catalog;
    this.rng = rng;
    this.customers = (int) Math.max(1, Math.round(targetRows / ROWS_PER_CUSTOMER));
    this.totals = new BakeryTotals(CHANNELS.size(), SHOPS.size());
    shop = new byte[customers];
    channel = new byte[customers];
    loyalty = new float[customers];
    cadenceDays = new byte[customers];
    due = new VisitQueue(-WARM_UP_DAYS, WARM_UP_DAYS + cal.days(), customers);
    cardReceiptsToday = new int[SHOPS.size()];
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      double[] draw = new double[SHOPS.size()];
      for (int s = 0; s < draw.length; s++) {
        draw[s] = BakeryShops.draw(SHOPS.get(s), m);
      }
      shopMix[m] = Weights.of(draw);
    }
  }

  /**
   * Writes every order row and returns the monthly totals. The shops opened before 2023 start with
   * their regulars: customers sign up from {@value #WARM_UP_DAYS} days before the first day, and
   * their visits before it are not written.
   */
  BakeryTotals writeTo(CsvSink sink) throws IOException {
    int[] newPerDay = SampleCalendar.spread(customers, signUpWeights());
    int nextCustomer = 0;
    for (int d = -WARM_UP_DAYS; d < cal.days(); d++) {
      Arrays.fill(cardReceiptsToday, 0);
      for (int k = 0; k < newPerDay[d + WARM_UP_DAYS]; k++) {
        int c = nextCustomer++;
        welcome(c, d);
        cardVisit(sink, d, c, true);
      }
      int c = due.take(d);
      while (c != VisitQueue.END) {
        int next = due.next(c);
        cardVisit(sink, d, c, false);
        c = next;
      }
      for (int s = 0; s < SHOPS.size() && d >= 0; s++) {
        long guests = Draws.stochasticRound(cardReceiptsToday[s] * GUESTS_PER_CARD_RECEIPT, rng);
        for (long g = 0; g < guests; g++) {
          int ch = rng.nextDouble() < 0.12 ? DELIVERY : WALK_IN;
          receipt(sink, d, "", s, CHANNELS.get(ch));
        }
      }
    }
    return totals;
  }

  /** The sign-up weight of each day from the warm-up's first day. */
  private double[] signUpWeights() {
    double[] w = new double[WARM_UP_DAYS + cal.days()];
    for (int i = 0; i < w.length; i++) {
      int d = i - WARM_UP_DAYS;
      int month = month(d);
      double draw = 0;
      for (Shop s : SHOPS) {
        draw += BakeryShops.draw(s, month);
      }
      DayOfWeek weekday = cal.date(d).getDayOfWeek();
      double weekdayFactor =
          weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY ? 1.3 : 0.9;
      w[i] = draw * SEASON[Math.floorMod(month, 12)] * weekdayFactor;
    }
    return w;
  }

  /** The month index of a day index, negative during the warm-up. */
  private int month(int day) {
    return day >= 0 ? cal.monthOf(day) : SampleCalendar.monthIndex(cal.date(day));
  }

  private void welcome(int c, int day) {
    shop[c] = (byte) shopMix[Math.max(0, month(day))].pick(rng);
    channel[c] = (byte) acquisitionMix.pick(rng);
    double u = rng.nextDouble();
    double v = rng.nextDouble();
    loyalty[c] = (float) (u < 0.4 ? 0.1 + 0.3 * v : u < 0.8 ? 0.7 + 0.2 * v : 0.92 + 0.05 * v);
    cadenceDays[c] = (byte) (3 + rng.nextInt(12));
  }

  private void cardVisit(CsvSink sink, int day, int c, boolean first) throws IOException {
    if (day < 0) {
      scheduleReturn(day, c);
      return;
    }
    int acquiredBy = channel[c];
    String receiptChannel = CHANNELS.get(first ? acquiredBy : repeatChannel(acquiredBy));
    long amount = receipt(sink, day, "L" + (100001 + c), shop[c], receiptChannel);
    cardReceiptsToday[shop[c]]++;
    int month = cal.monthOf(day);
    if (first) {
      totals.newCustomers[month][acquiredBy]++;
    } else {
      totals.returningRevenueCents[month] += amount;
    }
    scheduleReturn(day, c);
  }

  private int repeatChannel(int acquiredBy) {
    double delivery = acquiredBy == DELIVERY ? 0.6 : 0.08;
    return rng.nextDouble() < delivery ? DELIVERY : WALK_IN;
  }

  private void scheduleReturn(int day, int c) {
    int gap = Math.max(1, (int) Math.round(cadenceDays[c] * (0.6 + 0.8 * rng.nextDouble())));
    Shop home = SHOPS.get(shop[c]);
    if (rng.nextDouble() >= BakeryShops.keep(home, month(day), loyalty[c], gap)) {
      return;
    }
    int next = day + gap;
    if (next < cal.days()) {
      due.add(next, c);
    }
  }

  /** Writes one receipt (1 to 4 lines) and maybe its refund; returns its amount in cents. */
  private long receipt(CsvSink sink, int day, String customerId, int s, String receiptChannel)
      throws IOException {
    int month = cal.monthOf(day);
    String orderId = "HB-" + (1000001 + receiptSeq++);
    String date = cal.text(day);
    String store = SHOPS.get(s).name();
    int lines = pickLines(month, SHOPS.get(s).fullBaskets() ? fullBasket : ordinaryBasket);
    long total = 0;
    for (int i = 0; i < lines; i++) {
      int product = lineProduct[i];
      lineQuantity[i] = quantityPerLine.pick(rng) + 1;
      lineAmount[i] = lineQuantity[i] * catalog.priceCents(month, product);
      lineCost[i] = lineQuantity[i] * catalog.costCents(month, product);
      total += lineAmount[i];
      writeLine(sink, orderId, date, customerId, store, receiptChannel, i, 1, "paid");
      totals.addLine(month, s, lineAmount[i], lineCost[i]);
    }
    int refundDay = day + 1 + rng.nextInt(3);
    if (rng.nextDouble() < REFUND_RATE && refundDay < cal.days()) {
      int refundMonth = cal.monthOf(refundDay);
      for (int i = 0; i < lines; i++) {
        String refundDate = cal.text(refundDay);
        writeLine(sink, orderId, refundDate, customerId, store, receiptChannel, i, -1, "refund");
        totals.addLine(refundMonth, s, -lineAmount[i], -lineCost[i]);
      }
    }
    return total;
  }

  /** Picks the receipt's distinct products into {@code lineProduct}; returns how many. */
  private int pickLines(int month, Weights basket) {
    return Draws.distinct(basket.pick(rng) + 1, () -> catalog.pick(month, rng), lineProduct);
  }

  private void writeLine(
      CsvSink sink,
      String orderId,
      String date,
      String customerId,
      String store,
      String receiptChannel,
      int line,
      int sign,
      String status)
      throws IOException {
    row[0] = orderId;
    row[1] = date;
    row[2] = customerId;
    row[3] = store;
    row[4] = receiptChannel;
    row[5] = catalog.code(lineProduct[line]);
    row[6] = Long.toString(sign * lineQuantity[line]);
    row[7] = Money.text(sign * lineAmount[line]);
    row[8] = Money.text(sign * lineCost[line]);
    row[9] = status;
    sink.row(row);
  }
}
