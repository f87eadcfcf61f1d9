package dev.kpikit.sample;

import dev.kpikit.sample.FlawPlan.Spec;
import dev.kpikit.sample.Workforce.CostLine;
import dev.kpikit.sample.Workforce.Department;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Cloudnote, a B2B note-taking SaaS: subscription spells and invoices (streamed together), then
 * marketing spend, employees and financials derived from their monthly totals, then {@code
 * kpikit.yaml} and {@code README.md}.
 */
final class CloudnoteSaas implements SampleGenerator {
  static final String NAME = "cloudnote-saas";
  static final long DEFAULT_ORDER_ROWS = 18_000;

  private static final long[] ACQUISITION_CAC_CENTS = {5_000, 42_000, 18_000, 35_000, 160_000};
  private static final long OFFICE_CENTS_PER_HEAD = 90_000;
  private static final long REVENUE_PER_EMPLOYEE_CENTS = 12_000_000;
  private static final double SPELLS_PER_ACCOUNT = 1.3;

  @Override
  public SampleResult write(Path folder, SampleOptions options) throws IOException {
    SplittableRandom rng = new SplittableRandom(options.seed());
    long orderRows = options.orderRowsOr(DEFAULT_ORDER_ROWS);
    SampleFolder out = new SampleFolder(folder, options);
    SaasTotals totals = writeAccounts(out, orderRows, rng.split());
    long[] marketing = out.writeMarketingSpend(sink -> writeMarketing(sink, totals, rng.split()));
    Workforce staff =
        Workforce.sizedByRevenue(
            DEPARTMENTS, totals.revenueCents, REVENUE_PER_EMPLOYEE_CENTS, rng.split());
    out.writeEmployees(staff, FlawKind.IMPOSSIBLE_DATE);
    out.writeFinancials(months(totals, marketing, staff), funding(totals.revenueCents));
    return out.finish(CONFIG, NAME, "Cloudnote (sample)", STORY);
  }

  /** Streams {@code customers.csv} and {@code orders.csv} together. */
  private static SaasTotals writeAccounts(SampleFolder out, long orderRows, SplittableRandom rng)
      throws IOException {
    long expectedSpells =
        Math.round(orderRows / SaasAccounts.ROWS_PER_CUSTOMER * SPELLS_PER_ACCOUNT);
    try (CsvSink customers =
            out.csv(
                "customers.csv",
                SampleColumns.CUSTOMERS,
                SampleColumns.CUSTOMERS_REQUIRED,
                expectedSpells,
                customerFlaws());
        CsvSink orders =
            out.csv(
                "orders.csv",
                SampleColumns.ORDERS,
                SampleColumns.ORDERS_REQUIRED,
                orderRows,
                invoiceFlaws())) {
      SaasTotals totals = new SaasAccounts(orderRows, rng).writeTo(customers, orders);
      out.commit(customers);
      out.commit(orders);
      return totals;
    }
  }

  private static List<Spec> customerFlaws() {
    return List.of(
        new Spec(FlawKind.IMPOSSIBLE_DATE, "start_date"),
        new Spec(FlawKind.LETTER_O_IN_NUMBER, "mrr"),
        new Spec(FlawKind.MISSING_FIELD, "region"));
  }

  private static List<Spec> invoiceFlaws() {
    return List.of(
        new Spec(FlawKind.MONTH_13, "order_date"),
        new Spec(FlawKind.DECIMAL_COMMA_AND_LETTER_O, "amount"),
        new Spec(FlawKind.EMPTY_VALUE, "order_id"));
  }

  /**
   * Acquisition at the target CAC of each channel; retention on lifecycle email (a tool fee plus 1
   * % of revenue) and customer events (1.5 %).
   */
  private static long[] writeMarketing(CsvSink sink, SaasTotals totals, SplittableRandom rng)
      throws IOException {
    long[] revenue = totals.revenueCents;
    return MarketingSpend.write(
        sink,
        SaasAccounts.CHANNELS,
        totals.newCustomers,
        (month, channel) -> ACQUISITION_CAC_CENTS[channel],
        List.of(
            new MarketingSpend.Retention("email", MarketingSpend.shareOf(revenue, 0.01, 40_000)),
            new MarketingSpend.Retention("events", MarketingSpend.shareOf(revenue, 0.015, 0))),
        rng);
  }

  private static final List<Department> DEPARTMENTS =
      List.of(
          new Department(
              "engineering",
              0.35,
              0.012,
              0.003,
              8_500_000,
              CostLine.RND,
              List.of("dach", "nordics")),
          new Department("product", 0.08, 0.01, 0.002, 8_000_000, CostLine.RND, List.of("dach")),
          new Department(
              "sales",
              0.17,
              0.03,
              0.01,
              7_000_000,
              CostLine.SALES_MARKETING,
              List.of("dach", "uk_ie", "north_america")),
          new Department(
              "marketing",
              0.08,
              0.015,
              0.004,
              6_500_000,
              CostLine.SALES_MARKETING,
              List.of("dach")),
          new Department(
              "customer_success",
              0.12,
              0.025,
              0.005,
              5_500_000,
              CostLine.OTHER,
              List.of("dach", "uk_ie")),
          new Department(
              "support", 0.12, 0.045, 0.01, 4_200_000, CostLine.OTHER, List.of("dach", "benelux")),
          new Department(
              "operations", 0.08, 0.01, 0.002, 6_000_000, CostLine.OTHER, List.of("dach")));

  private static FinancialStatements.Month[] months(
      SaasTotals totals, long[] marketing, Workforce staff) {
    FinancialStatements.Month[] months = new FinancialStatements.Month[SampleCalendar.MONTHS];
    for (int m = 0; m < months.length; m++) {
      months[m] =
          new FinancialStatements.Month(
              totals.revenueCents[m],
              totals.costCents[m],
              marketing[m] + staff.payrollCents(m, CostLine.SALES_MARKETING),
              staff.payrollCents(m, CostLine.RND),
              staff.payrollCents(m, CostLine.OTHER) + staff.headcount(m) * OFFICE_CENTS_PER_HEAD,
              0);
    }
    return months;
  }

  /** A seed round as opening cash and equity, and a venture loan in July 2024. */
  private static FinancialStatements.Funding funding(long[] monthlyRevenueCents) {
    long firstYear = Workforce.yearOf(monthlyRevenueCents, 0);
    return new FinancialStatements.Funding(
        firstYear * 5, firstYear * 5, 18, firstYear * 2, 36, 0.09, 0.9, 0.6);
  }

  private static final String CONFIG =
      """
      # Cloudnote: a synthetic B2B note-taking SaaS (kpikit sample --business cloudnote-saas)
      timezone: Europe/Berlin
      currency: EUR
      as_of: 2025-12-31
      datasets:
      {datasets}
      targets:
        logo_churn_rate: { max: 0.03 }
        nrr: { min: 1.0 }
        ltv_cac: { min: 3 }
        cac_payback_months: { max: 12 }
      bands:
        acquisition_vs_retention: [-0.5, 0.2]
        leverage_vs_prudence: [-1.0, 0.0]
      """;

  private static final String STORY =
      """
A synthetic B2B note-taking SaaS based in Berlin, selling per-seat subscriptions from
2023-01-01 to 2025-12-31 (business time zone Europe/Berlin, amounts in EUR). Generated by
`kpikit sample`; every name and number is invented.

| file | what it holds |
|---|---|
| `customers.csv` | one row per subscription spell; `end_date` is the first day no longer subscribed, empty while active; `mrr` = seats x seat price |
| `orders.csv` | one invoice per active subscription per month, on the subscription's anniversary day; credit notes are later rows with the same `order_id`, negative `quantity` and `amount` and `status` = `refund`; `sku` is the plan, `quantity` the seats |
| `marketing_spend.csv` | monthly spend per channel, `purpose` acquisition or retention |
| `employees.csv` | employment spells; `termination_date` is the first day no longer employed |
| `financials.csv` | monthly income statement and balance-sheet items, consistent with the invoices |

Both `customers.csv` and `orders.csv` are grouped by account, in the order accounts signed up.

## How plan changes and reactivations are represented

- **Plan or seat change** (expansion or contraction): the spell ends on the renewal date
  and the next spell of the same customer starts on that same date with the new `mrr`
  and `plan`. The customer is active throughout; month-end MRR moves.
- **Churn**: a spell ends and no spell of that customer starts on its `end_date`.
- **Reactivation**: a later spell of a customer whose earlier spell ended, after a gap of
  two to nine months.

## The business and its deliberate imbalances

- **Plans.** Starter (EUR 9 a seat) churns about 4 % a month, team (EUR 16) 2 %, business
  (EUR 29) under 1 %; every account churns more in its first three months.
- **Channels.** Paid search brings many small accounts that churn 50 % more; outbound sales
  brings large business accounts at a high acquisition cost; partners bring the stickiest
  accounts.
- **Expansion.** Seat growth and upgrades outweigh contraction, so net revenue retention
  is above gross revenue retention.
- **Concentration.** About 40 % of accounts are in the DACH region.
- **Leverage.** A venture loan is drawn in mid-2024 while the company still burns cash.
- **People.** Support staff leave at about 4.5 % a month.
""";
}
