package dev.kpikit.sample;

import dev.kpikit.sample.BakeryCatalog.Ingredient;
import dev.kpikit.sample.BakeryShops.Shop;
import dev.kpikit.sample.FlawPlan.Spec;
import dev.kpikit.sample.Workforce.CostLine;
import dev.kpikit.sample.Workforce.Department;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Harborview Bakeries, eight bakery shops opened at different dates: orders with their shop
 * (streamed), then one shared marketing budget, per-shop ingredient stock and staff, and financials
 * derived from the orders' monthly totals, then {@code kpikit.yaml} and {@code README.md}.
 */
final class HarborviewBakeries implements SampleGenerator {
  static final String NAME = "harborview-bakeries";
  static final long DEFAULT_ORDER_ROWS = 36_000;

  private static final long[] ACQUISITION_CAC_CENTS = {200, 2200, 1400, 3000, 500};
  private static final double PAYROLL_SHARE = 0.3;
  private static final double RENT_SHARE = 0.1;
  private static final double CARD_FEES_SHARE = 0.02;
  private static final double RECIPE_DEVELOPMENT_SHARE = 0.004;
  private static final double STRUGGLING_OVERSTOCK = 1.8;

  private final SampleCalendar cal = SampleCalendar.INSTANCE;

  @Override
  public SampleResult write(Path folder, SampleOptions options) throws IOException {
    SplittableRandom rng = new SplittableRandom(options.seed());
    long orderRows = options.orderRowsOr(DEFAULT_ORDER_ROWS);
    SampleFolder out = new SampleFolder(folder, options);
    BakeryCatalog catalog = new BakeryCatalog();

    BakeryTotals totals =
        out.writeCsv(
            "orders.csv",
            SampleColumns.SHOP_ORDERS,
            SampleColumns.ORDERS_REQUIRED,
            orderRows,
            orderFlaws(),
            sink -> new BakeryOrders(catalog, orderRows, rng.split()).writeTo(sink));
    long[] marketing = out.writeMarketingSpend(sink -> writeMarketing(sink, totals, rng.split()));
    long[] inventoryValue =
        out.writeCsv(
            "inventory.csv",
            SampleColumns.SHOP_INVENTORY,
            SampleColumns.INVENTORY_REQUIRED,
            inventoryRows(),
            List.of(new Spec(FlawKind.NUMBER_AS_WORD, "units_on_hand")),
            sink -> writeInventory(sink, totals));
    Workforce staff = new Workforce(departments(), HarborviewBakeries::staffing, rng.split());
    out.writeEmployees(staff, FlawKind.MONTH_13, SampleColumns.SHOP_EMPLOYEES);
    out.writeFinancials(
        months(totals, marketing, inventoryValue, staff), funding(totals.revenueCents));
    return out.finish(CONFIG, NAME, "Harborview Bakeries (sample)", STORY);
  }

  private static List<Spec> orderFlaws() {
    return List.of(
        new Spec(FlawKind.IMPOSSIBLE_DATE, "order_date"),
        new Spec(FlawKind.DECIMAL_COMMA_AND_LETTER_O, "amount"),
        new Spec(FlawKind.NOT_AVAILABLE, "cost"),
        new Spec(FlawKind.EMPTY_VALUE, "order_id"),
        new Spec(FlawKind.NUMBER_AS_WORD, "quantity"),
        new Spec(FlawKind.MISSING_FIELD, "status"));
  }

  /** Acquisition at each channel's target CAC; retention is the loyalty app (a fee plus 1 %). */
  private static long[] writeMarketing(CsvSink sink, BakeryTotals totals, SplittableRandom rng)
      throws IOException {
    return MarketingSpend.write(
        sink,
        BakeryOrders.CHANNELS,
        totals.newCustomers,
        (month, channel) -> ACQUISITION_CAC_CENTS[channel],
        List.of(
            new MarketingSpend.Retention(
                "loyalty_app",
                MarketingSpend.shareOf(totals.returningRevenueCents, 0.01, 30_000))),
        rng);
  }

  /** One row per month end, open shop and ingredient. */
  private static long inventoryRows() {
    long rows = 0;
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      for (Shop s : BakeryShops.SHOPS) {
        rows += BakeryShops.open(s, m) ? BakeryCatalog.INGREDIENTS.size() : 0;
      }
    }
    return rows;
  }

  /**
   * Month-end stock of each open shop: per ingredient, its share of the shop's cost of goods next
   * month times its months of cover; the struggling shop over-orders by {@value
   * #STRUGGLING_OVERSTOCK} (stock that ends as waste).
   */
  private long[] writeInventory(CsvSink sink, BakeryTotals totals) throws IOException {
    long[] value = new long[SampleCalendar.MONTHS];
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      String date = cal.text(cal.firstDayOf(m + 1) - 1);
      for (int s = 0; s < BakeryShops.SHOPS.size(); s++) {
        Shop shop = BakeryShops.SHOPS.get(s);
        if (!BakeryShops.open(shop, m)) {
          continue;
        }
        double overstock = shop.name().equals(BakeryShops.STRUGGLING) ? STRUGGLING_OVERSTOCK : 1;
        long demand = totals.shopCostCents[s][Math.min(m + 1, SampleCalendar.MONTHS - 1)];
        for (Ingredient i : BakeryCatalog.INGREDIENTS) {
          long unitCost = BakeryCatalog.costLevel(i.unitCostCents(), m);
          double cents = demand * i.costShare() * i.coverMonths() * overstock;
          long units = Math.max(1, Math.round(cents / unitCost));
          value[m] += units * unitCost;
          sink.row(date, shop.name(), i.code(), Long.toString(units), Money.text(unitCost));
        }
      }
    }
    return value;
  }

  /**
   * Two departments per shop, bakers and counter staff, who work in that shop (no salaries: payroll
   * is scaled to the sampled receipts, see {@link #months}).
   */
  private static List<Department> departments() {
    List<Department> departments = new ArrayList<>();
    for (Shop s : BakeryShops.SHOPS) {
      List<String> where = List.of(s.name());
      departments.add(
          new Department(
              "bakery", 0, s.quitRate(), 0.003, 0, CostLine.OTHER, where));
      departments.add(
          new Department(
              "counter", 0, s.quitRate() * 1.3, 0.005, 0, CostLine.OTHER, where));
    }
    return departments;
  }

  /**
   * The shop's bakers (even department index) or counter staff (odd) from the month before it
   * opens, when they are hired and trained; none before.
   */
  private static long staffing(int department, int month) {
    Shop shop = BakeryShops.SHOPS.get(department / 2);
    if (!BakeryShops.open(shop, month + 1)) {
      return 0;
    }
    return department % 2 == 0 ? shop.bakers() : shop.counter();
  }

  /**
   * Payroll, rent and card fees as other opex; recipe development as R&amp;D; marketing as sales and
   * marketing. The receipts are a small sample of a real chain's, so payroll and rent are scaled to
   * them: payroll is {@value #PAYROLL_SHARE} of the three years' revenue, spread over the
   * person-months on staff (mid-month headcount), and rent {@value #RENT_SHARE}, spread over the
   * months each shop is open.
   */
  private static FinancialStatements.Month[] months(
      BakeryTotals totals, long[] marketing, long[] inventoryValue, Workforce staff) {
    long[] openShops = new long[SampleCalendar.MONTHS];
    long[] heads = new long[SampleCalendar.MONTHS];
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      for (Shop s : BakeryShops.SHOPS) {
        openShops[m] += BakeryShops.open(s, m) ? 1 : 0;
      }
      heads[m] = staff.headcount(m);
    }
    long revenue = LongStream.of(totals.revenueCents).sum();
    double perHead = PAYROLL_SHARE * revenue / LongStream.of(heads).sum();
    double perShop = RENT_SHARE * revenue / LongStream.of(openShops).sum();
    FinancialStatements.Month[] months = new FinancialStatements.Month[SampleCalendar.MONTHS];
    for (int m = 0; m < months.length; m++) {
      long monthRevenue = totals.revenueCents[m];
      long other =
          Math.round(heads[m] * perHead + openShops[m] * perShop)
              + Math.round(monthRevenue * CARD_FEES_SHARE);
      months[m] =
          new FinancialStatements.Month(
              monthRevenue,
              totals.costCents[m],
              marketing[m],
              Math.round(monthRevenue * RECIPE_DEVELOPMENT_SHARE),
              other,
              inventoryValue[m]);
    }
    return months;
  }

  /** Opening cash and equity and a fit-out loan in March 2024, sized by first-year revenue. */
  private static FinancialStatements.Funding funding(long[] monthlyRevenueCents) {
    long firstYear = Workforce.yearOf(monthlyRevenueCents, 0);
    return new FinancialStatements.Funding(
        firstYear / 6, firstYear / 3, 14, firstYear / 4, 60, 0.065, 0.02, 0.4);
  }

  private static final String CONFIG =
      """
# Harborview Bakeries: a synthetic chain of eight bakery shops (kpikit sample --business harborview-bakeries)
timezone: America/Los_Angeles
currency: USD
as_of: 2025-12-31
unit: store                # the shop column of orders, inventory and employees: the report compares the shops
# unit_allocation: { marketing_spend: revenue_share, financials: revenue_share }   # the default for the shared budget
datasets:
{datasets}
targets:
  gross_margin_pct: { min: 0.65 }
  repeat_purchase_rate: { min: 0.5 }
  ltv_cac: { min: 3 }
  cac_payback_months: { max: 3 }
bands:
  acquisition_vs_retention: [-0.5, 0.2]
""";

  private static final String STORY =
      """
A synthetic chain of eight bakery shops around a harbour town on the US west coast, selling
bread, pastries and coffee from 2023-01-01 to 2025-12-31 (business time zone
America/Los_Angeles, amounts in USD). Generated by `kpikit sample`; every name and number is
invented. The receipts are a small sample of what eight real shops sell, so the amounts are
small; payroll and rent in `financials.csv` are scaled to them.

| file | what it holds |
|---|---|
| `orders.csv` | one row per receipt line; `store` is the shop; loyalty-card receipts carry a `customer_id`, the others (about 40 %) none; refunds are later rows with the same `order_id`, negative `quantity`, `amount` and `cost` and `status` = `refund` |
| `marketing_spend.csv` | one budget for the whole chain (no `store` column): monthly spend per channel, `purpose` acquisition or retention (the loyalty app) |
| `inventory.csv` | month-end stock of ingredients per shop (`store`) |
| `employees.csv` | employment spells; `store` is where the person works, `department` bakery or counter; `termination_date` is the first day no longer employed |
| `financials.csv` | monthly income statement and balance-sheet items of the whole chain |

## The shops

| store | opened | what it is |
|---|---|---|
| `harbor-front` | 2014 | the **excellent** shop: the largest, fuller baskets, the most loyal customers, staff who stay |
| `old-town` | 2017 | ordinary |
| `market-square` | 2018 | the **struggling** shop (see below) |
| `riverside` | 2023-05 | ordinary |
| `university` | 2023-09 | ordinary; students come back a little less often |
| `north-point` | 2024-04 | ordinary, smaller |
| `lighthouse-kiosk` | 2024-11 | a kiosk: ordinary, but a third of the others' size |
| `westgate` | 2025-10 | the **new** shop: three months of data |

A new shop draws half its eventual customers in its opening month and grows to full size over
five months. The marketing budget is shared: nothing in it says which shop it served.

## What you should find in the report

`kpikit report data-samples/harborview-bakeries --out DIR` compares the shops (`unit: store` in
`kpikit.yaml`): its Units section ranks them, puts their rates on funnel plots and lists what
stands out, and its picker switches every section to one shop. Split the tables by shop with
`kpikit metrics data-samples/harborview-bakeries --out DIR --by store`:

- **`market-square` is struggling, for two reasons.** Its staff quit at about 10 % a month
  against 1–4 % elsewhere: in 2025, 15 people left a shop of about eight, four times what the
  other shops' rate gives for its size (`employee_turnover`). And from April 2025 its regulars
  drift away, faster each month: its revenue falls every quarter of 2025 (Q4 is a sixth of Q1)
  while every other shop sells more in Q4 than in Q3 (`revenue_monthly`); its active card
  customers fall every month from June to December; the share of one quarter's card customers
  who come back the next quarter falls three quarters running (from about a quarter to a
  twentieth). Its monthly revenue fell three months running from August to October. It also
  over-orders ingredients, so its inventory turnover is a fraction of the others'
  (`inventory_turnover`).
- **`harbor-front` is excellent:** the highest repeat purchase rate (0.72 against 0.55–0.6 at
  the other established shops), the fullest baskets (the highest `aov`), the most revenue, and
  almost nobody leaves its staff.
- **`westgate` is new:** it opened in October 2025, so its rates rest on a few dozen customers
  and its cohort tables have three months.
- **`lighthouse-kiosk` is small, not bad:** it has the lowest repeat purchase rate (0.40, on 43
  customers) and a high staff turnover (4 leavers from 3 posts in 2025), but a handful of people
  make these numbers. Judged for its size, its repeat rate is outside the 95 % limits around the
  chain's 0.61 but inside the 99.8 % ones (exact binomial: P(17 or fewer of 43) = 0.004), which
  is what a funnel plot (issue 15) shows; `market-square`'s staff turnover is far outside both.
- **The rest are ordinary.**
""";
}
