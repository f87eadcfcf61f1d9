package dev.kpikit.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a data folder of one benchmark shape other than the {@code kpikit sample} business: {@code
 * orders.csv} (or {@code orders.parquet}), {@code marketing_spend.csv} and {@code kpikit.yaml}.
 *
 * <p>The orders are those of an export with one row per order: {@code order_id} (distinct on every
 * row), {@code order_date} a plain ISO date from 2022-01-01 to 2024-12-31 in file order, {@code
 * customer_id} drawn uniformly from the shape's customers, {@code channel} (5 values), {@code region}
 * (4), {@code sku} (200), {@code quantity} 1..5, {@code amount} and {@code cost} in cents; about 2 %
 * of the rows are refunds (negative amount and cost). The same seed gives the same bytes.
 *
 * <p>Shapes ({@code customers} is the number of distinct customer ids for N rows):
 *
 * <ul>
 *   <li>{@code iso}: the 9 columns order_id, order_date, customer_id, channel, region, sku,
 *       quantity, amount, cost; N/20 customers (500,000 at 10M rows: many customers)
 *   <li>{@code few-customers}: as {@code iso} with N/200 customers (50,000 at 10M rows)
 *   <li>{@code narrow}: 4 columns, order_id, order_date, customer_id, amount; N/20 customers
 *   <li>{@code wide}: the 9 columns and 11 more that no metric reads (20 columns); N/20 customers
 *   <li>{@code parquet}: {@code iso} written as Parquet by DuckDB with row groups of 1,048,576 rows
 *       ({@code order_date} a {@code DATE}, amounts {@code DOUBLE}, snappy)
 * </ul>
 *
 * <p>Usage: {@code ShapeData SHAPE ROWS SEED OUT_DIR}. The folder is written under a temporary
 * name and renamed, so an interrupted run leaves none behind.
 *
 * @since 0.1.0
 */
public final class ShapeData {
  /** The shapes this class writes. */
  static final List<String> SHAPES = List.of("iso", "few-customers", "narrow", "wide", "parquet");

  /** The as-of date of every shape's {@code kpikit.yaml}: the last day of the data. */
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
  private static final int PARQUET_ROW_GROUP = 1 << 20;
  private static final String[] CHANNELS = {"email", "organic", "paid_search", "paid_social", "referral"};
  private static final String[] REGIONS = {"north", "south", "east", "west"};
  private static final String[] EXTRAS = {
    "ship_city", "ship_postcode", "payment_method", "coupon_code", "device", "campaign_name",
    "sales_rep", "warehouse", "weight_g", "tax", "gift_wrap"
  };
  private static final String[] CITIES = {"Lyon", "Porto", "Leeds", "Graz", "Turku", "Ghent", "Split", "Cork"};
  private static final String[] PAYMENTS = {"card", "paypal", "invoice", "gift_card"};
  private static final String[] DEVICES = {"desktop", "mobile", "tablet"};

  private ShapeData() {}

  /**
   * Writes the folder.
   *
   * @param args shape, rows, seed, output folder
   * @throws Exception when the folder cannot be written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4 || !SHAPES.contains(args[0])) {
      System.err.println("usage: ShapeData SHAPE ROWS SEED OUT_DIR   (SHAPE: " + String.join(", ", SHAPES) + ")");
      System.exit(2);
    }
    String shape = args[0];
    long rows = Long.parseLong(args[1]);
    long seed = Long.parseLong(args[2]);
    Path out = Path.of(args[3]).toAbsolutePath();
    Path partial = out.resolveSibling(out.getFileName() + ".partial");
    deleteTree(partial);
    Files.createDirectories(partial);
    int customers = (int) Math.max(1, rows / (shape.equals("few-customers") ? 200 : 20));
    Path csv = partial.resolve("orders.csv");
    writeOrders(csv, shape, rows, customers, seed);
    String ordersFile = "orders.csv";
    if (shape.equals("parquet")) {
      ordersFile = "orders.parquet";
      toParquet(csv, partial.resolve(ordersFile));
      Files.delete(csv);
    }
    writeSpend(partial.resolve("marketing_spend.csv"), seed);
    Files.writeString(
        partial.resolve("kpikit.yaml"),
        "# benchmark shape '" + shape + "': " + rows + " order rows, " + customers + " customers\n"
            + "timezone: UTC\ncurrency: USD\nas_of: " + AS_OF + "\ndatasets:\n"
            + "  orders: { path: " + ordersFile + " }\n"
            + "  marketing_spend: { path: marketing_spend.csv }\n");
    deleteTree(out);
    Files.move(partial, out, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The orders of a shape, in date order. */
  static void writeOrders(Path file, String shape, long rows, int customers, long seed)
      throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    int days = (int) (AS_OF.toEpochDay() - FIRST_DAY.toEpochDay() + 1);
    boolean narrow = shape.equals("narrow");
    boolean wide = shape.equals("wide");
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      Line line = new Line();
      line.text(narrow ? "order_id,order_date,customer_id,amount"
          : "order_id,order_date,customer_id,channel,region,sku,quantity,amount,cost");
      if (wide) {
        for (String extra : EXTRAS) {
          line.text(",").text(extra);
        }
      }
      line.end(os);
      String[] dates = new String[days];
      for (int d = 0; d < days; d++) {
        dates[d] = FIRST_DAY.plusDays(d).toString();
      }
      for (long i = 0; i < rows; i++) {
        int day = (int) (i * days / rows);
        int customer = random.nextInt(customers);
        int quantity = 1 + random.nextInt(5);
        long unitCents = 500 + random.nextInt(9500);
        long amount = quantity * unitCents;
        long cost = amount * (30 + random.nextInt(30)) / 100;
        if (random.nextInt(50) == 0) {
          amount = -amount;
          cost = -cost;
        }
        line.text("O").number(100_000_000L + i, 9).text(",").text(dates[day]).text(",C")
            .number(customer, 7);
        if (!narrow) {
          line.text(",").text(CHANNELS[channelOf(customer, random)])
              .text(",").text(REGIONS[customer % REGIONS.length])
              .text(",SKU-").number(random.nextInt(200), 3)
              .text(",").number(quantity, 1);
        }
        line.text(",").cents(amount);
        if (!narrow) {
          line.text(",").cents(cost);
        }
        if (wide) {
          line.text(",").text(CITIES[customer % CITIES.length])
              .text(",").number(10000 + customer % 89999, 5)
              .text(",").text(PAYMENTS[random.nextInt(PAYMENTS.length)])
              .text(random.nextInt(10) == 0 ? ",SAVE10" : ",")
              .text(",").text(DEVICES[random.nextInt(DEVICES.length)])
              .text(",spring-").number(random.nextInt(40), 2)
              .text(",rep-").number(random.nextInt(60), 2)
              .text(",WH").number(random.nextInt(6), 1)
              .text(",").number(250L * quantity, 1)
              .text(",").cents(Math.abs(amount) / 5)
              .text(random.nextInt(20) == 0 ? ",yes" : ",no");
        }
        line.end(os);
      }
    }
  }

  /** Mostly a customer's own channel (a customer keeps coming back the same way), sometimes another. */
  private static int channelOf(int customer, SplittableRandom random) {
    return random.nextInt(4) == 0 ? random.nextInt(CHANNELS.length) : customer % CHANNELS.length;
  }

  /** Monthly spend per channel, 2022-01 to 2024-12; a tenth of it retention spend. */
  private static void writeSpend(Path file, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
    StringBuilder sb = new StringBuilder("month,channel,spend,purpose\n");
    for (LocalDate m = FIRST_DAY; !m.isAfter(AS_OF); m = m.plusMonths(1)) {
      for (String channel : CHANNELS) {
        if (channel.equals("organic")) {
          continue;
        }
        long cents = 100_000 + random.nextInt(2_000_000);
        sb.append(String.format(Locale.ROOT, "%04d-%02d,%s,%d.%02d,%s%n", m.getYear(),
            m.getMonthValue(), channel, cents / 100, cents % 100, "acquisition"));
        if (channel.equals("email")) {
          long retention = cents / 10;
          sb.append(String.format(Locale.ROOT, "%04d-%02d,%s,%d.%02d,%s%n", m.getYear(),
              m.getMonthValue(), channel, retention / 100, retention % 100, "retention"));
        }
      }
    }
    Files.writeString(file, sb.toString());
  }

  private static void toParquet(Path csv, Path parquet) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = db.createStatement()) {
      sql.execute("SET preserve_insertion_order = true");
      sql.execute(
          "COPY (SELECT * FROM read_csv('" + csv.toString().replace("'", "''")
              + "', types = {'order_date': 'DATE', 'amount': 'DOUBLE', 'cost': 'DOUBLE'})) TO '"
              + parquet.toString().replace("'", "''") + "' (FORMAT parquet, COMPRESSION snappy,"
              + " ROW_GROUP_SIZE " + PARQUET_ROW_GROUP + ")");
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** One CSV line assembled in bytes (ASCII only). */
  private static final class Line {
    private final byte[] buf = new byte[512];
    private int n;

    Line text(String s) {
      for (int i = 0; i < s.length(); i++) {
        buf[n++] = (byte) s.charAt(i);
      }
      return this;
    }

    /** {@code value} in decimal, left-padded with zeros to {@code width} digits. */
    Line number(long value, int width) {
      String digits = Long.toString(value);
      for (int i = digits.length(); i < width; i++) {
        buf[n++] = '0';
      }
      return text(digits);
    }

    /** Cents as a decimal with two places ({@code -1234} is {@code -12.34}). */
    Line cents(long cents) {
      if (cents < 0) {
        buf[n++] = '-';
        cents = -cents;
      }
      number(cents / 100, 1);
      buf[n++] = '.';
      return number(cents % 100, 2);
    }

    void end(OutputStream os) throws IOException {
      buf[n++] = '\n';
      os.write(buf, 0, n);
      n = 0;
    }
  }
}
