package dev.kpikit.sample;

import dev.kpikit.sample.FlawPlan.Spec;
import dev.kpikit.sample.Workforce.CostLine;
import dev.kpikit.sample.Workforce.Department;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Northwind Coffee, an e-commerce coffee roaster: orders (streamed), then marketing spend,
 * inventory, employees and financials derived from the orders' monthly totals, then {@code
 * kpikit.yaml} and {@code README.md}.
 */
final class NorthwindCoffee implements SampleGenerator {
  static final String NAME = "northwind-coffee";
  static final long DEFAULT_ORDER_ROWS = 45_000;

  private static final long[] ACQUISITION_CAC_CENTS = {400, 3800, 4600, 900, 1500};
  private static final double SHIPPING_AND_FEES_SHARE = 0.08;
  private static final double PRODUCT_DEVELOPMENT_SHARE = 0.015;
  private static final long PREMISES_CENTS_PER_HEAD = 70_000;
  private static final long REVENUE_PER_EMPLOYEE_CENTS = 11_000_000;
  private static final long INVENTORY_ROWS = 1_100;

  private final SampleCalendar cal = SampleCalendar.INSTANCE;

  @Override
  public SampleResult write(Path folder, SampleOptions options) throws IOException {
    SplittableRandom rng = new SplittableRandom(options.seed());
    long orderRows = options.orderRowsOr(DEFAULT_ORDER_ROWS);
    SampleFolder out = new SampleFolder(folder, options);
    CoffeeCatalog catalog = new CoffeeCatalog();

    CoffeeTotals totals =
        out.writeCsv(
            "orders.csv",
            SampleColumns.ORDERS,
            SampleColumns.ORDERS_REQUIRED,
            orderRows,
            orderFlaws(),
            sink -> new CoffeeOrders(catalog, orderRows, rng.split()).writeTo(sink));
    long[] marketing = out.writeMarketingSpend(sink -> writeMarketing(sink, totals, rng.split()));
    long[] inventoryValue =
        out.writeCsv(
            "inventory.csv",
            SampleColumns.INVENTORY,
            SampleColumns.INVENTORY_REQUIRED,
            INVENTORY_ROWS,
            List.of(new Spec(FlawKind.NUMBER_AS_WORD, "units_on_hand")),
            sink -> writeInventory(sink, catalog, totals, rng.split()));
    Workforce staff =
        Workforce.sizedByRevenue(
            DEPARTMENTS, totals.revenueCents, REVENUE_PER_EMPLOYEE_CENTS, rng.split());
    out.writeEmployees(staff, FlawKind.MONTH_13);
    out.writeFinancials(
        months(totals, marketing, inventoryValue, staff), funding(totals.revenueCents));
    return out.finish(CONFIG, NAME, "Northwind Coffee (sample)", STORY);
  }

  private static List<Spec> orderFlaws() {
    return List.of(
        new Spec(FlawKind.IMPOSSIBLE_DATE, "order_date"),
        new Spec(FlawKind.NUMBER_AS_WORD, "quantity"),
        new Spec(FlawKind.DECIMAL_COMMA_AND_LETTER_O, "amount"),
        new Spec(FlawKind.MISSING_FIELD, "status"),
        new Spec(FlawKind.EMPTY_VALUE, "order_id"),
        new Spec(FlawKind.NOT_AVAILABLE, "cost"),
        new Spec(FlawKind.LETTER_O_IN_NUMBER, "amount"));
  }

  /**
   * Acquisition at the target CAC of each channel (paid social's rising 60 % over the three years);
   * retention on email (a tool fee plus 2.5 % of returning revenue) and social retargeting (1 %).
   */
  private static long[] writeMarketing(CsvSink sink, CoffeeTotals totals, SplittableRandom rng)
      throws IOException {
    int social = CoffeeOrders.CHANNELS.indexOf("social");
    MarketingSpend.TargetCac cac =
        (month, channel) ->
            ACQUISITION_CAC_CENTS[channel]
                * (channel == social ? 1 + 0.6 * month / (SampleCalendar.MONTHS - 1.0) : 1);
    long[] returning = totals.returningRevenueCents;
    return MarketingSpend.write(
        sink,
        CoffeeOrders.CHANNELS,
        totals.newCustomers,
        cac,
        List.of(
            new MarketingSpend.Retention("email", MarketingSpend.shareOf(returning, 0.025, 30_000)),
            new MarketingSpend.Retention("social", MarketingSpend.shareOf(returning, 0.01, 0))),
        rng);
  }

  /**
   * Month-end stock per product launched: next month's demand times a per-product cover, except the
   * burr grinder, which sits at ten months of cover (the dead stock of the story).
   */
  private long[] writeInventory(
      CsvSink sink, CoffeeCatalog catalog, CoffeeTotals totals, SplittableRandom rng)
      throws IOException {
    double[] cover = new double[catalog.size()];
    for (int s = 0; s < cover.length; s++) {
      cover[s] =
          catalog.code(s).equals(CoffeeCatalog.SLOW_MOVER) ? 10 : 0.7 + 0.8 * rng.nextDouble();
    }
    long[] value = new long[SampleCalendar.MONTHS];
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      String date = cal.text(cal.firstDayOf(m + 1) - 1);
      long[] demand = totals.unitsSold[Math.min(m + 1, SampleCalendar.MONTHS - 1)];
      for (int s = 0; s < catalog.size(); s++) {
        if (catalog.launched(m, s)) {
          long units = Math.max(0, Math.round(demand[s] * cover[s]));
          long unitCost = catalog.costCents(m, s);
          value[m] += units * unitCost;
          sink.row(date, catalog.code(s), Long.toString(units), Money.text(unitCost));
        }
      }
    }
    return value;
  }

  private static final List<Department> DEPARTMENTS =
      List.of(
          new Department(
              "roastery", 0.3, 0.012, 0.003, 4_600_000, CostLine.OTHER, List.of("northeast")),
          new Department(
              "fulfilment", 0.35, 0.07, 0.01, 3_400_000, CostLine.OTHER, List.of("northeast")),
          new Department(
              "customer_care",
              0.2,
              0.03,
              0.005,
              3_900_000,
              CostLine.OTHER,
              List.of("northeast", "midwest", "southeast")),
          new Department(
              "marketing",
              0.15,
              0.02,
              0.004,
              6_000_000,
              CostLine.SALES_MARKETING,
              List.of("northeast", "west")));

  /**
   * Payroll by cost line, premises per head, shipping and payment fees, and product development
   * (sample roasts for new products) as a share of revenue.
   */
  private static FinancialStatements.Month[] months(
      CoffeeTotals totals, long[] marketing, long[] inventoryValue, Workforce staff) {
    FinancialStatements.Month[] months = new FinancialStatements.Month[SampleCalendar.MONTHS];
    for (int m = 0; m < months.length; m++) {
      long revenue = totals.revenueCents[m];
      long other =
          staff.payrollCents(m, CostLine.OTHER)
              + staff.headcount(m) * PREMISES_CENTS_PER_HEAD
              + Math.round(revenue * SHIPPING_AND_FEES_SHARE);
      months[m] =
          new FinancialStatements.Month(
              revenue,
              totals.costCents[m],
              marketing[m] + staff.payrollCents(m, CostLine.SALES_MARKETING),
              Math.round(revenue * PRODUCT_DEVELOPMENT_SHARE),
              other,
              inventoryValue[m]);
    }
    return months;
  }

  /** Opening cash and equity and an equipment loan in March 2024, sized by first-year revenue. */
  private static FinancialStatements.Funding funding(long[] monthlyRevenueCents) {
    long firstYear = Workforce.yearOf(monthlyRevenueCents, 0);
    return new FinancialStatements.Funding(
        firstYear * 3 / 2, firstYear * 2, 14, firstYear, 60, 0.075, 0.02, 0.5);
  }

  private static final String CONFIG =
      """
# Northwind Coffee: a synthetic e-commerce coffee roaster (kpikit sample --business northwind-coffee)
timezone: America/New_York
currency: USD
as_of: 2025-12-31
datasets:
{datasets}
targets:
  gross_margin_pct: { min: 0.5 }
  repeat_purchase_rate: { min: 0.4 }
  ltv_cac: { min: 3 }
  cac_payback_months: { max: 6 }
bands:
  acquisition_vs_retention: [-0.5, 0.2]
  exploration_vs_exploitation: [-0.8, -0.2]
""";

  private static final String STORY =
      """
A synthetic e-commerce coffee roaster in the north-east of the United States, selling
beans, blends and brewing gear online from 2023-01-01 to 2025-12-31 (business time zone
America/New_York, amounts in USD). Generated by `kpikit sample`; every name and number is
invented.

| file | what it holds |
|---|---|
| `orders.csv` | one row per order line; refunds are later rows with the same `order_id`, negative `quantity`, `amount` and `cost` and `status` = `refund`; guest checkouts have an empty `customer_id` |
| `marketing_spend.csv` | monthly spend per channel, `purpose` acquisition or retention |
| `inventory.csv` | month-end stock per product |
| `employees.csv` | employment spells; `termination_date` is the first day no longer employed |
| `financials.csv` | monthly income statement and balance-sheet items, consistent with the orders |

## The business and its deliberate imbalances

- **Seasonal growth.** New customers triple over three years, with a summer dip and a
  November–December peak; a holiday blend sells only from October to December.
- **Growth bought with social ads.** Paid social grows from 10 % to 30 % of new customers
  while its cost per customer rises 60 %, and its customers come back far less often and
  ask for refunds more than twice as often as the others: acquisition leans on the
  weakest channel.
- **Loyal core.** Referral, organic and email customers reorder every three to eight weeks;
  most one-off buyers never return, so cohort retention drops steeply, then flattens.
- **Exploration.** Twelve products launch one a month during 2025, some hits (espresso
  pods, oat latte blend), some flops.
- **Dead stock.** The burr grinder sits on about ten months of stock, which drags
  inventory turnover down.
- **People.** Fulfilment staff quit at about 7 % a month, far above the rest.
- **Concentration.** About a third of revenue comes from the north-east.
- **Time zones.** On the first and last day of a month some orders carry a date-time with
  an offset (`2024-01-31T23:30:00-05:00`, `2024-02-01T04:30:00Z`,
  `2024-01-31T21:30:00-08:00`) whose text shows another day than the business day in
  New York; the loader must convert them to the business time zone.
""";
}
