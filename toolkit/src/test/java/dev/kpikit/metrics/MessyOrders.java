package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.Random;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A seeded generator of messy canonical {@code orders} and {@code marketing_spend} tables for oracle
 * tests: multi-line orders, refunds (some before any purchase), guest rows, missing channels, regions
 * and costs, dates on month boundaries, customers who lapse and come back, same-day first orders on
 * different channels, and rows after {@code asOf}.
 */
final class MessyOrders {
  static final LocalDate START = LocalDate.of(2023, 1, 1);
  static final LocalDate AS_OF = LocalDate.of(2024, 6, 20);
  static final String[] CHANNELS = {"ads", "email", "organic", "referral", ""};
  static final String[] REGIONS = {"north", "south", "west", ""};

  private final Random random;
  private final Table orders =
      Table.create(
          "orders",
          StringColumn.create("order_id"),
          DateColumn.create("order_date"),
          DoubleColumn.create("amount"),
          StringColumn.create("customer_id"),
          DoubleColumn.create("cost"),
          StringColumn.create("channel"),
          StringColumn.create("region"));
  private int nextOrder;

  private MessyOrders(long seed) {
    random = new Random(seed);
  }

  /** About {@code customers * 6} rows over 19 months, some after {@link #AS_OF}. */
  static Table orders(long seed, int customers) {
    MessyOrders g = new MessyOrders(seed);
    for (int c = 0; c < customers; c++) {
      g.customer("C" + c);
    }
    for (int i = 0; i < customers; i++) {
      g.line("G" + g.nextOrder++, g.date(), g.amount(), "", g.pick(CHANNELS), g.pick(REGIONS));
    }
    return g.orders;
  }

  private void customer(String id) {
    String region = pick(REGIONS);
    LocalDate day = date();
    if (random.nextInt(10) == 0) {
      line("R" + nextOrder++, day.minusDays(3), -amount(), id, pick(CHANNELS), region);
    }
    if (random.nextInt(8) == 0) {
      line("S" + nextOrder++, day, amount(), id, pick(CHANNELS), region); // same-day tie
    }
    int purchases = 1 + random.nextInt(6);
    for (int k = 0; k < purchases && !day.isAfter(AS_OF.plusMonths(1)); k++) {
      String order = "O" + nextOrder++;
      String channel = pick(CHANNELS);
      for (int l = random.nextInt(3); l >= 0; l--) {
        line(order, day, amount(), id, channel, random.nextInt(6) == 0 ? pick(REGIONS) : region);
      }
      if (random.nextInt(7) == 0) {
        line("R" + nextOrder++, day.plusDays(random.nextInt(40)), -amount() / 2, id, channel, region);
      }
      day = day.plusDays(random.nextInt(random.nextBoolean() ? 40 : 200)); // lapses and comebacks
    }
  }

  private void line(String order, LocalDate day, double amount, String customer, String channel, String region) {
    orders.stringColumn("order_id").append(order);
    orders.dateColumn("order_date").append(day);
    orders.doubleColumn("amount").append(amount);
    orders.stringColumn("customer_id").append(customer);
    orders.doubleColumn("cost").append(random.nextInt(15) == 0 ? Double.NaN : Math.abs(amount) * 0.6);
    orders.stringColumn("channel").append(channel);
    orders.stringColumn("region").append(region);
  }

  private LocalDate date() {
    LocalDate month = START.plusMonths(random.nextInt(19));
    return switch (random.nextInt(4)) {
      case 0 -> month; // first day of the month
      case 1 -> month.plusMonths(1).minusDays(1); // last day of the month
      default -> month.plusDays(random.nextInt(28));
    };
  }

  private double amount() {
    return random.nextInt(4) == 0 ? 0.01 * (1 + random.nextInt(100)) : 5 + random.nextInt(50_000) / 100.0;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  /**
   * Marketing spend by date inside months (several rows per month and channel), for channels with
   * and without customers, with acquisition, retention and missing purposes, some after asOf.
   */
  static Table spend(long seed) {
    Random random = new Random(seed);
    String[] channels = {"ads", "email", "organic", "tv", ""};
    String[] purposes = {"acquisition", "acquisition", "retention", "", "Retention"};
    String[] regions = {"north", "south", "east"};
    Table t =
        Table.create(
            "marketing_spend",
            DateColumn.create("period"),
            StringColumn.create("channel"),
            DoubleColumn.create("spend"),
            StringColumn.create("purpose"),
            StringColumn.create("region"));
    for (int i = 0; i < 400; i++) {
      t.dateColumn("period").append(START.minusMonths(2).plusDays(random.nextInt(600)));
      t.stringColumn("channel").append(channels[random.nextInt(channels.length)]);
      t.doubleColumn("spend").append(random.nextInt(300_000) / 100.0);
      t.stringColumn("purpose").append(purposes[random.nextInt(purposes.length)]);
      t.stringColumn("region").append(regions[random.nextInt(regions.length)]);
    }
    return t;
  }

  /** A copy of {@code table} with a {@code row_no} column (0-based file order) for the oracle. */
  static Table withRowNumbers(Table table) {
    Table copy = table.copy();
    IntColumn rowNo = IntColumn.create("row_no", table.rowCount());
    for (int r = 0; r < table.rowCount(); r++) {
      rowNo.set(r, r);
    }
    return copy.addColumns(rowNo);
  }
}
