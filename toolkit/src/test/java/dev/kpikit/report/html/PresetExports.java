package dev.kpikit.report.html;

import dev.kpikit.Kpikit;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * Exports in the shape the {@code shopify-orders} and {@code stripe-subscriptions} presets read,
 * written from the bundled samples' loaded data (the repository has no public Shopify or Stripe
 * export), so that a report of the export can be checked against the sample's own numbers.
 */
final class PresetExports {
  /** The Billing Country of each northwind region (the sample's regions are US-style). */
  static final Map<String, String> COUNTRY = Map.of(
      "northeast", "US", "midwest", "CA", "southeast", "GB", "southwest", "DE", "west", "AU");

  private PresetExports() {}

  /**
   * Northwind Coffee's loaded orders as a Shopify orders export: one row per line item (the lines
   * of one order id and date are one Shopify order), the order's fields on its first line only; Total = the order's positive sum, Refunded Amount = the
   * refund of an order whose lines sum below 0, so {@code Total - Refunded Amount} is the sum of
   * the order's lines. Guest orders get no email.
   *
   * @param northwind the sample's folder
   * @param file the CSV to write
   */
  static void shopify(Path northwind, Path file) throws IOException {
    Table t = Kpikit.open(northwind).orders();
    Map<String, List<Integer>> byOrder = new LinkedHashMap<>();
    for (int r = 0; r < t.rowCount(); r++) {
      // a refund dated after its order is its own Shopify order, so every row keeps its date
      String key = t.stringColumn("order_id").get(r) + "/" + t.dateColumn("order_date").get(r);
      byOrder.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(r);
    }
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write("Name,Email,Financial Status,Currency,Total,Refunded Amount,Created at,"
          + "Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Country,Source\n");
      int n = 1000;
      for (List<Integer> rows : byOrder.values()) {
        n++;
        double sum = rows.stream().mapToDouble(r -> t.numberColumn("amount").getDouble(r)).sum();
        for (int i = 0; i < rows.size(); i++) {
          int r = rows.get(i);
          String sku = t.stringColumn("product").get(r);
          String quantity = t.numberColumn("quantity").isMissing(r) ? ""
              : String.valueOf((long) t.numberColumn("quantity").getDouble(r));
          String price = money(t.numberColumn("amount").getDouble(r));
          if (i == 0) {
            String customer = t.stringColumn("customer_id").get(r);
            LocalDate date = t.dateColumn("order_date").get(r);
            w.write(String.join(",", "#" + n,
                customer.isEmpty() ? "" : customer.toLowerCase(Locale.ROOT) + "@example.com",
                sum < 0 ? "refunded" : "paid", "USD", money(Math.max(sum, 0)), money(Math.max(-sum, 0)),
                date + " 10:00:00 +0000", quantity, sku, price, sku,
                COUNTRY.getOrDefault(t.stringColumn("region").get(r), ""),
                t.stringColumn("channel").get(r)) + "\n");
          } else {
            w.write(String.join(",", "#" + n, "", "", "", "", "", "", quantity, sku, price, sku, "", "")
                + "\n");
          }
        }
      }
    }
  }

  /**
   * Cloudnote's loaded subscription spells as a Stripe subscriptions export: one row per spell,
   * Amount = its MRR, Quantity 1, Interval month, canceled when it has an end.
   *
   * @param cloudnote the sample's folder
   * @param file the CSV to write
   */
  static void stripe(Path cloudnote, Path file) throws IOException {
    Table t = Kpikit.open(cloudnote).customers();
    try (Writer w = Files.newBufferedWriter(file)) {
      w.write("id,Customer ID,Plan,Quantity,Interval,Amount,Status,Start (UTC),Ended At (UTC)\n");
      for (int r = 0; r < t.rowCount(); r++) {
        boolean ended = !t.dateColumn("end_date").isMissing(r);
        w.write(String.join(",", "sub_" + r, t.stringColumn("customer_id").get(r),
            t.stringColumn("plan").get(r), "1", "month",
            t.numberColumn("mrr").isMissing(r) ? "" : money(t.numberColumn("mrr").getDouble(r)),
            ended ? "canceled" : "active", t.dateColumn("start_date").get(r) + " 00:00",
            ended ? t.dateColumn("end_date").get(r) + " 00:00" : "") + "\n");
      }
    }
  }

  private static String money(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
