package dev.kpikit.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * A generated business with the mess real exports have, to hold the engines to the same answer
 * where the rules are subtle: orders split over three files in an {@code orders/} folder, order
 * lines repeated, refunds, zero rows, guest rows, missing costs, money as {@code $1,234.50} and
 * {@code (12.00)}, two channels on a customer's first day (the file-order tie), unparseable dates
 * and amounts (rejects); subscription spells that overlap, touch (plan changes) and restart
 * (reactivations); employees with voluntary and involuntary exits; inventory snapshots; marketing
 * spend for acquisition and retention.
 */
final class MessyBusiness {
  private static final String[] CHANNELS = {"ads", "email", "organic", "referral"};
  private static final String[] REGIONS = {"north", "south", "east"};
  private static final LocalDate START = LocalDate.of(2022, 1, 1);

  private MessyBusiness() {}

  /**
   * @param dir the folder to write
   * @param seed the random seed
   * @return the folder
   */
  static Path write(Path dir, long seed) throws IOException {
    Random rnd = new Random(seed);
    Files.createDirectories(dir.resolve("orders"));
    for (int f = 0; f < 3; f++) {
      Files.writeString(dir.resolve("orders").resolve("part-" + f + ".csv"), orders(rnd, f));
    }
    Files.writeString(dir.resolve("customers.csv"), customers(rnd));
    Files.writeString(dir.resolve("employees.csv"), employees(rnd));
    Files.writeString(dir.resolve("inventory.csv"), inventory(rnd));
    Files.writeString(dir.resolve("marketing_spend.csv"), spend(rnd));
    return dir;
  }

  private static String orders(Random rnd, int file) {
    StringBuilder s = new StringBuilder("order_id,order_date,customer_id,channel,region,product,amount,cost\n");
    for (int i = 0; i < 700; i++) {
      String order = "O" + file + "-" + i / 2; // two rows per order id on average
      LocalDate day = START.plusDays(rnd.nextInt(900));
      String customer = rnd.nextInt(12) == 0 ? "" : "C" + rnd.nextInt(150);
      String channel = CHANNELS[rnd.nextInt(CHANNELS.length)];
      String region = rnd.nextInt(20) == 0 ? "" : REGIONS[rnd.nextInt(REGIONS.length)];
      String product = "P" + rnd.nextInt(30);
      double amount = Math.round(rnd.nextDouble() * 20000) / 100.0;
      int kind = rnd.nextInt(20);
      String amountText = switch (kind) {
        case 0 -> String.format(Locale.ROOT, "(%.2f)", amount); // a refund in accounting notation
        case 1 -> "0";
        case 2 -> String.format(Locale.ROOT, "$%,.2f", amount + 1000);
        case 3 -> "n/a"; // rejected
        default -> String.format(Locale.ROOT, "%.2f", amount);
      };
      String date = kind == 4 ? "2023-02-30" : day.toString(); // an impossible date: rejected
      String cost = rnd.nextInt(6) == 0 ? "" : String.format(Locale.ROOT, "%.2f", amount * 0.4);
      String row = String.join(",", order, date, customer, channel, region, product, amountText.contains(",") ? "\"" + amountText + "\"" : amountText, cost);
      s.append(row).append('\n');
      if (rnd.nextInt(8) == 0) {
        s.append(row).append('\n'); // the same line twice
      }
      if (rnd.nextInt(10) == 0 && !customer.isEmpty()) {
        // the same customer, day and order on another channel: the first row in the file decides
        s.append(String.join(",", order, date, customer, CHANNELS[(rnd.nextInt(3) + 1) % 4], region, product, "5.00", "2.00")).append('\n');
      }
    }
    return s.toString();
  }

  private static String customers(Random rnd) {
    StringBuilder s = new StringBuilder("customer_id,start_date,end_date,mrr,plan,channel,region\n");
    for (int c = 0; c < 120; c++) {
      LocalDate start = START.plusDays(rnd.nextInt(600));
      int spells = 1 + rnd.nextInt(3);
      for (int k = 0; k < spells; k++) {
        LocalDate end = start.plusDays(20 + rnd.nextInt(300));
        boolean open = k == spells - 1 && rnd.nextBoolean();
        s.append(String.join(",", "S" + c, start.toString(), open ? "" : end.toString(),
            String.format(Locale.ROOT, "%.2f", 20 + rnd.nextInt(200) * 1.5), rnd.nextBoolean() ? "pro" : "basic",
            CHANNELS[c % CHANNELS.length], REGIONS[c % REGIONS.length])).append('\n');
        // next spell: touching (plan change), overlapping, or after a gap (reactivation)
        start = switch (rnd.nextInt(3)) {
          case 0 -> end;
          case 1 -> end.minusDays(10);
          default -> end.plusDays(30 + rnd.nextInt(120));
        };
      }
    }
    return s.toString();
  }

  private static String employees(Random rnd) {
    StringBuilder s = new StringBuilder("employee_id,hire_date,termination_date,termination_type,department\n");
    for (int e = 0; e < 60; e++) {
      LocalDate hire = START.minusDays(300).plusDays(rnd.nextInt(1000));
      boolean left = rnd.nextInt(3) == 0;
      s.append(String.join(",", "E" + e, hire.toString(), left ? hire.plusDays(30 + rnd.nextInt(400)).toString() : "",
          left ? (rnd.nextBoolean() ? "voluntary" : "involuntary") : "", e % 2 == 0 ? "ops" : "sales")).append('\n');
    }
    return s.toString();
  }

  private static String inventory(Random rnd) {
    StringBuilder s = new StringBuilder("date,sku,units_on_hand,unit_cost\n");
    for (LocalDate d = START.plusMonths(1).minusDays(1); d.isBefore(START.plusDays(900)); d = d.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1)) {
      for (int p = 0; p < 5; p++) {
        s.append(d).append(",P").append(p).append(',').append(rnd.nextInt(200)).append(',')
            .append(String.format(Locale.ROOT, "%.2f", 2 + rnd.nextInt(50) / 10.0)).append('\n');
      }
    }
    return s.toString();
  }

  private static String spend(Random rnd) {
    StringBuilder s = new StringBuilder("period,channel,spend,purpose\n");
    for (LocalDate m = START; m.isBefore(START.plusDays(900)); m = m.plusMonths(1)) {
      for (String c : CHANNELS) {
        s.append(m.toString(), 0, 7).append(',').append(c).append(',')
            .append(String.format(Locale.ROOT, "%.2f", rnd.nextDouble() * 3000)).append(',')
            .append(rnd.nextInt(4) == 0 ? "retention" : "acquisition").append('\n');
      }
    }
    return s.toString();
  }
}
