package dev.kpikit.schema;

import static dev.kpikit.schema.ColumnType.MONEY;
import static dev.kpikit.schema.ColumnType.NUMBER;
import static dev.kpikit.schema.ColumnType.PERCENT;
import static dev.kpikit.schema.ColumnType.TEXT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The built-in presets for well-known exports. Look one up with {@link #get(String)}.
 *
 * @since 0.1.0
 */
public final class Presets {
  private Presets() {}

  /**
   * UCI Online Retail (and Spark's by-day re-export): {@code amount = Quantity x UnitPrice};
   * invoices starting with {@code C} are cancellations ({@code status = cancelled}), with {@code A}
   * bad-debt adjustments ({@code status = adjustment}); customer ids written as {@code 17850.0}
   * become {@code 17850}. Dates are ISO in the Spark copy and {@code 12/1/2010 8:26} in the UCI
   * workbook exports (recognised as month-first from the data).
   */
  public static final Preset UCI_ONLINE_RETAIL =
      Preset.builder(
              "uci-online-retail",
              Dataset.ORDERS,
              "UCI Online Retail invoice lines: amount = Quantity x UnitPrice, C-invoices are"
                  + " cancellations, ids like 17850.0 normalised")
          .map("order_id", "InvoiceNo")
          .map("order_date", "InvoiceDate")
          .map("customer_id", "CustomerID")
          .map("quantity", "Quantity")
          .map("product", "StockCode")
          .map("region", "Country")
          .input("unit_price", MONEY, true, "UnitPrice")
          .numericIds()
          .derive(Presets::onlineRetailAmountAndStatus, "amount", "status")
          .build();

  /** IBM Telco customer churn: the tenure shape; blank {@code TotalCharges} become missing. */
  public static final Preset IBM_TELCO =
      Preset.builder(
              "ibm-telco",
              Dataset.CUSTOMERS,
              "IBM Telco churn (tenure shape): tenure in months, Churn yes/no, TotalCharges blank"
                  + " for new customers")
          .map("customer_id", "customerID")
          .map("tenure", "tenure")
          .map("churned", "Churn")
          .map("monthly_charges", "MonthlyCharges")
          .map("contract", "Contract")
          .input("total_charges", MONEY, false, "TotalCharges")
          .build();

  /** IBM HR attrition: the employee snapshot shape. */
  public static final Preset IBM_HR =
      Preset.builder(
              "ibm-hr",
              Dataset.EMPLOYEES,
              "IBM HR attrition (snapshot shape): EmployeeNumber, Attrition yes/no")
          .map("employee_id", "EmployeeNumber")
          .map("attrition", "Attrition")
          .map("years_at_company", "YearsAtCompany")
          .map("department", "Department")
          .build();

  /**
   * Tableau Superstore flat export: money like {@code $262} and {@code "-$1,665"}, ratios like
   * {@code 16%}, dates {@code M/d/yyyy}; customers are identified by name; {@code cost = Sales -
   * Profit}.
   */
  public static final Preset SUPERSTORE =
      Preset.builder(
              "superstore",
              Dataset.ORDERS,
              "Tableau Superstore: formatted money and percentages, M/d/yyyy dates, cost = Sales -"
                  + " Profit")
          .map("order_id", "Order ID")
          .map("order_date", "Order Date")
          .map("amount", "Sales")
          .map("customer_id", "Customer Name")
          .map("quantity", "Quantity")
          .map("region", "Region")
          .map("product", "Product Name")
          .input("profit", MONEY, true, "Profit")
          .input("profit_ratio", PERCENT, false, "Profit Ratio")
          .input("discount", PERCENT, false, "Discount")
          .dateFormat("M/d/yyyy")
          .derive(Presets::superstoreCost, "cost")
          .build();

  /**
   * Shopify orders export (one row per line item): order-level fields appear on an order's first
   * line only and are copied down; {@code amount = Total - Refunded Amount} on the first line and 0
   * on the other lines, so revenue is counted once per order.
   */
  public static final Preset SHOPIFY_ORDERS =
      Preset.builder(
              "shopify-orders",
              Dataset.ORDERS,
              "Shopify orders export: line items, amount = Total - Refunded Amount on each order's"
                  + " first line")
          .map("order_id", "Name")
          .map("order_date", "Created at")
          .map("customer_id", "Email")
          .map("channel", "Source")
          .map("region", "Billing Country")
          .map("product", "Lineitem sku")
          .map("quantity", "Lineitem quantity")
          .map("currency", "Currency")
          .map("status", "Financial Status")
          .input("order_total", MONEY, false, "Total")
          .input("refunded_amount", MONEY, false, "Refunded Amount")
          .input("lineitem_price", MONEY, false, "Lineitem price")
          .dateFormat("yyyy-MM-dd HH:mm:ss Z")
          .fillDown("order_id", "order_date", "customer_id", "channel", "region", "currency", "status")
          .derive(Presets::shopifyAmount, "amount")
          .build();

  /**
   * Stripe subscriptions export: one row per subscription; {@code mrr = Amount x Quantity}
   * normalised to a month by {@code Interval} (year / 12, quarter / 3, week x 52 / 12, day x 365 /
   * 12; an unknown interval leaves mrr missing) and divided by {@code Interval Count} when the
   * export has it (Stripe's quarterly plan is {@code month} every 3; a count that is not positive
   * leaves mrr missing). {@code Trial End (UTC)} is read as {@code trial_end} and {@code Trial Start
   * (UTC)}, when the export has it, as {@code trial_start}. The
   * export's times are UTC; they are read as business-local times (exact when the business time
   * zone is UTC).
   */
  public static final Preset STRIPE_SUBSCRIPTIONS =
      Preset.builder(
              "stripe-subscriptions",
              Dataset.CUSTOMERS,
              "Stripe subscriptions export: spells from Start/Ended At, mrr = Amount x Quantity per"
                  + " month")
          .map("customer_id", "Customer ID")
          .map("start_date", "Start (UTC)")
          .map("end_date", "Ended At (UTC)")
          .map("plan", "Plan")
          .map("trial_end", "Trial End (UTC)")
          .map("trial_start", "Trial Start (UTC)")
          .input("price", MONEY, false, "Amount")
          .input("seats", NUMBER, false, "Quantity")
          .input("interval", TEXT, false, "Interval")
          .input("interval_count", NUMBER, false, "Interval Count")
          .derive(Presets::stripeMrr, "mrr")
          .build();

  /**
   * CDNOW purchases, the full file ({@code CDNOW_master.txt}): space-aligned text with a header
   * line {@code customer_id date number_of_cds dollar_value}, dates {@code yyyyMMdd}; the file has
   * no order id, so {@code order_id} is derived as {@code customer_id/date/n} (the n-th row of that
   * customer on that day).
   */
  public static final Preset CDNOW =
      cdnow(
              "cdnow",
              "CDNOW purchases (CDNOW_master.txt): space-aligned, yyyyMMdd dates, order_id derived"
                  + " from customer, day and row")
          .spaceAligned()
          .build();

  /**
   * The 1/10 CDNOW sample ({@code CDNOW_sample.txt}): as {@link #CDNOW} but without a header line
   * and with five fields: master id, sample id (the customer id, 1 to 2,357), date, CDs, dollars.
   */
  public static final Preset CDNOW_SAMPLE =
      cdnow(
              "cdnow-sample",
              "CDNOW 1/10 sample (CDNOW_sample.txt): no header, the sample id is the customer id")
          .spaceAligned("master_id", "customer_id", "date", "number_of_cds", "dollar_value")
          .build();

  /** Every built-in preset. */
  public static final List<Preset> ALL =
      List.of(
          UCI_ONLINE_RETAIL,
          IBM_TELCO,
          IBM_HR,
          SUPERSTORE,
          SHOPIFY_ORDERS,
          STRIPE_SUBSCRIPTIONS,
          CDNOW,
          CDNOW_SAMPLE);

  /**
   * Looks a preset up by name, ignoring case.
   *
   * @param name e.g. {@code uci-online-retail}
   * @return the preset
   * @throws IllegalArgumentException naming the valid choices when none matches
   */
  public static Preset get(String name) {
    for (Preset p : ALL) {
      if (p.name().equalsIgnoreCase(name.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown preset '"
            + name
            + "', expected one of "
            + ALL.stream().map(Preset::name).collect(Collectors.joining(", ")));
  }

  private static Table onlineRetailAmountAndStatus(Table t) {
    DoubleColumn quantity = t.doubleColumn("quantity");
    DoubleColumn price = t.doubleColumn("unit_price");
    DoubleColumn amount = DoubleColumn.create("amount", t.rowCount());
    StringColumn status = StringColumn.create("status", t.rowCount());
    StringColumn orderId = t.stringColumn("order_id");
    for (int i = 0; i < t.rowCount(); i++) {
      amount.set(i, quantity.getDouble(i) * price.getDouble(i));
      String id = orderId.get(i);
      status.set(
          i,
          id.startsWith("C") ? "cancelled" : id.startsWith("A") ? "adjustment" : "completed");
    }
    return t.addColumns(amount, status);
  }

  /** The CDNOW files' shared mapping: customer, yyyyMMdd date, CDs, dollars; derived order ids. */
  private static Preset.Builder cdnow(String name, String description) {
    return Preset.builder(name, Dataset.ORDERS, description)
        .map("customer_id", "customer_id")
        .map("order_date", "date")
        .map("quantity", "number_of_cds")
        .map("amount", "dollar_value")
        .dateFormat("yyyyMMdd")
        .derive(Presets::cdnowOrderId, "order_id");
  }

  /** {@code order_id = customer_id/yyyy-MM-dd/n}, n counting that customer's rows of the day. */
  private static Table cdnowOrderId(Table t) {
    StringColumn customer = t.stringColumn("customer_id");
    DateColumn date = t.dateColumn("order_date");
    StringColumn orderId = StringColumn.create("order_id", t.rowCount());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < t.rowCount(); i++) {
      String day = customer.get(i) + "/" + (date.isMissing(i) ? "" : date.get(i).toString());
      int n = seen.merge(day, 1, Integer::sum);
      orderId.set(i, day + "/" + n);
    }
    return t.addColumns(orderId);
  }

  private static Table superstoreCost(Table t) {
    DoubleColumn cost = t.doubleColumn("amount").subtract(t.doubleColumn("profit")).setName("cost");
    return t.addColumns(cost);
  }

  private static Table shopifyAmount(Table t) {
    DoubleColumn total = t.doubleColumn("order_total");
    DoubleColumn refunded = t.doubleColumn("refunded_amount");
    DoubleColumn amount = DoubleColumn.create("amount", t.rowCount());
    for (int i = 0; i < t.rowCount(); i++) {
      double gross = total.isMissing(i) ? 0 : total.getDouble(i);
      double back = refunded.isMissing(i) ? 0 : refunded.getDouble(i);
      amount.set(i, gross - back);
    }
    return t.addColumns(amount);
  }

  private static Table stripeMrr(Table t) {
    DoubleColumn price = t.doubleColumn("price");
    DoubleColumn seats = t.doubleColumn("seats");
    StringColumn interval = t.stringColumn("interval");
    DoubleColumn intervalCount = t.containsColumn("interval_count") ? t.doubleColumn("interval_count") : null;
    DoubleColumn mrr = DoubleColumn.create("mrr", t.rowCount());
    for (int i = 0; i < t.rowCount(); i++) {
      if (price.isMissing(i)) {
        mrr.setMissing(i);
        continue;
      }
      double perInterval = price.getDouble(i) * (seats.isMissing(i) ? 1 : seats.getDouble(i));
      double count = intervalCount == null || intervalCount.isMissing(i) ? 1 : intervalCount.getDouble(i);
      double monthly = count > 0 ? perInterval * monthsPerInterval(interval.get(i)) / count : Double.NaN;
      mrr.set(i, monthly);
    }
    return t.addColumns(mrr);
  }

  private static double monthsPerInterval(String interval) {
    return switch (interval.trim().toLowerCase(Locale.ROOT)) {
      case "year", "yearly", "annual" -> 1.0 / 12;
      case "quarter", "quarterly" -> 1.0 / 3;
      case "week", "weekly" -> 52.0 / 12;
      case "day", "daily" -> 365.0 / 12;
      case "", "month", "monthly" -> 1.0;
      default -> Double.NaN; // unknown interval: mrr missing rather than wrong
    };
  }
}
