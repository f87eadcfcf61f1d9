package dev.kpikit.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Streams Cloudnote's {@code customers.csv} (subscription spells) and {@code orders.csv} (monthly
 * invoices) together, one account at a time: both files are grouped by account, in start order.
 *
 * <p>An account subscribes on some day with a plan and a number of seats (MRR = seats x seat price)
 * and is invoiced on the same day of every month. At each renewal it may churn (the hazard depends
 * on plan, channel and a higher risk in the first three months), expand (more seats or an upgrade)
 * or contract. A plan or seat change closes the spell on the renewal date and opens the next one on
 * the same date, so {@code end_date} of one spell equals {@code start_date} of the next: the
 * customer never stops being active and month-end MRR moves (expansion or contraction). A churned
 * account may come back months later: a new spell after a gap, which is a reactivation. A few
 * invoices are credited back a few days later (negative amount, same invoice id, {@code status} =
 * {@code refund}).
 *
 * <p>Memory: constant; nothing is kept per account or per invoice.
 */
final class SaasAccounts {
  static final List<String> CHANNELS =
      List.of("organic", "paid_search", "content", "partner", "outbound_sales");
  static final List<String> REGIONS =
      List.of("dach", "uk_ie", "benelux", "nordics", "north_america");
  static final List<String> PLANS = List.of("starter", "team", "business");

  /** Observed invoice rows per account for this model; sets the account count for a size. */
  static final double ROWS_PER_CUSTOMER = 12;

  private static final long[] SEAT_PRICE_CENTS = {900, 1600, 2900};
  private static final double[] PLAN_CHURN = {0.040, 0.020, 0.009};
  private static final double[] CHANNEL_CHURN = {1.0, 1.5, 1.1, 0.7, 0.8};
  private static final double EARLY_CHURN_FACTOR = 1.6;
  private static final double EXPANSION = 0.045;
  private static final double UPGRADE = 0.012;
  private static final double CONTRACTION = 0.02;
  private static final double REACTIVATION = 0.2;
  private static final double CREDIT_RATE = 0.008;
  private static final double HOSTING_SHARE = 0.12;
  private static final long SUPPORT_CENTS_PER_SEAT = 45;
  private static final int BUSINESS = 2;

  private final SampleCalendar cal = SampleCalendar.INSTANCE;
  private final SplittableRandom rng;
  private final int accounts;
  private final SaasTotals totals = new SaasTotals(CHANNELS.size());
  private final Weights[] channelMix = new Weights[SampleCalendar.MONTHS];
  private final Weights regionMix = Weights.of(40, 18, 14, 12, 16);
  private final Weights[] planByChannel = {
    Weights.of(60, 35, 5),
    Weights.of(55, 40, 5),
    Weights.of(50, 45, 5),
    Weights.of(20, 55, 25),
    Weights.of(5, 40, 55)
  };
  private final String[] spell = new String[SampleColumns.CUSTOMERS.size()];
  private final String[] invoice = new String[SampleColumns.ORDERS.size()];

  /** The state of the account being simulated. */
  private String customerId;

  private String invoicePrefix;
  private int channel;
  private int plan;
  private long seats;
  private int spellStart;
  private int invoiceNo;

  SaasAccounts(long targetRows, SplittableRandom rng) {
    this.rng = rng;
    this.accounts = (int) Math.max(1, Math.round(targetRows / ROWS_PER_CUSTOMER));
    for (int m = 0; m < SampleCalendar.MONTHS; m++) {
      double t = m / (SampleCalendar.MONTHS - 1.0);
      channelMix[m] = Weights.of(0.35 - 0.1 * t, 0.25, 0.15, 0.1 + 0.05 * t, 0.15 + 0.05 * t);
    }
  }

  SaasTotals writeTo(CsvSink customers, CsvSink orders) throws IOException {
    int[] startsPerDay = SampleCalendar.spread(accounts, startWeights());
    int account = 0;
    for (int d = 0; d < startsPerDay.length; d++) {
      for (int k = 0; k < startsPerDay[d]; k++) {
        live(customers, orders, account++, d);
      }
    }
    return totals;
  }

  private double[] startWeights() {
    double[] w = new double[cal.days()];
    for (int d = 0; d < w.length; d++) {
      int monthOfYear = cal.monthOf(d) % 12;
      double summer = monthOfYear == 6 || monthOfYear == 7 ? 0.75 : 1.0;
      w[d] =
          (1 + 2.5 * d / w.length) * summer * (cal.date(d).getDayOfWeek().getValue() > 5 ? 0.3 : 1);
    }
    return w;
  }

  /** Simulates one account from its first day to the end of 2025. */
  private void live(CsvSink customers, CsvSink orders, int account, int startDay)
      throws IOException {
    customerId = "CN" + (10001 + account);
    invoicePrefix = "INV-" + (10001 + account) + "-";
    channel = channelMix[cal.monthOf(startDay)].pick(rng);
    String region = REGIONS.get(regionMix.pick(rng));
    plan = planByChannel[channel].pick(rng);
    seats = initialSeats(plan);
    spellStart = startDay;
    invoiceNo = 0;
    totals.newCustomers[cal.monthOf(startDay)][channel]++;
    LocalDate anchor = cal.date(startDay);
    boolean active = true;
    int tenure = 0;
    int returnsAt = -1;
    for (int k = 0; ; k++) {
      int day = cal.dayOf(anchor.plusMonths(k));
      if (day >= cal.days()) {
        break;
      }
      if (!active) {
        if (k != returnsAt) {
          continue;
        }
        active = true;
        tenure = 0;
        comeBack(day);
      } else if (k > 0) {
        if (rng.nextDouble() < churnHazard(tenure)) {
          writeSpell(customers, day, region);
          active = false;
          returnsAt = rng.nextDouble() < REACTIVATION ? k + 2 + rng.nextInt(8) : -1;
          continue;
        }
        renew(customers, day, region);
      }
      writeInvoice(orders, day, region);
      tenure++;
    }
    if (active) {
      writeSpell(customers, -1, region);
    }
  }

  private long initialSeats(int forPlan) {
    return switch (forPlan) {
      case 0 -> 1 + rng.nextInt(5);
      case 1 -> 3 + rng.nextInt(5) + rng.nextInt(20) * rng.nextInt(2);
      default -> 15 + rng.nextInt(40) + rng.nextInt(150) * rng.nextInt(2);
    };
  }

  private double churnHazard(int tenure) {
    double early = tenure <= 3 ? EARLY_CHURN_FACTOR : 1.0;
    return PLAN_CHURN[plan] * CHANNEL_CHURN[channel] * early;
  }

  private void comeBack(int day) {
    totals.reactivations++;
    plan = Math.max(0, plan - rng.nextInt(2));
    seats = Math.max(1, seats * 7 / 10);
    spellStart = day;
  }

  /** At a renewal: maybe a seat or plan change, which closes the spell and opens the next. */
  private void renew(CsvSink customers, int day, String region) throws IOException {
    double u = rng.nextDouble();
    int newPlan = plan;
    long newSeats = seats;
    if (u < EXPANSION) {
      newSeats = seats + Math.max(1, Math.round(seats * (0.1 + 0.4 * rng.nextDouble())));
    } else if (u < EXPANSION + UPGRADE && plan < BUSINESS) {
      newPlan = plan + 1;
    } else if (u < EXPANSION + UPGRADE + CONTRACTION && seats > 1) {
      newSeats = Math.max(1, Math.round(seats * (0.6 + 0.3 * rng.nextDouble())));
    }
    if (newPlan == plan && newSeats == seats) {
      return;
    }
    boolean grows = mrr(newPlan, newSeats) > mrr(plan, seats);
    totals.expansions += grows ? 1 : 0;
    totals.contractions += grows ? 0 : 1;
    writeSpell(customers, day, region);
    plan = newPlan;
    seats = newSeats;
    spellStart = day;
  }

  private static long mrr(int forPlan, long forSeats) {
    return forSeats * SEAT_PRICE_CENTS[forPlan];
  }

  /** Writes the current spell, ending on {@code endDay} (first day no longer active) or open. */
  private void writeSpell(CsvSink customers, int endDay, String region) throws IOException {
    spell[0] = customerId;
    spell[1] = cal.text(spellStart);
    spell[2] = endDay < 0 ? "" : cal.text(endDay);
    spell[3] = Money.text(mrr(plan, seats));
    spell[4] = PLANS.get(plan);
    spell[5] = CHANNELS.get(channel);
    spell[6] = region;
    customers.row(spell);
    totals.spells++;
  }

  private void writeInvoice(CsvSink orders, int day, String region) throws IOException {
    long amount = mrr(plan, seats);
    long cost = Math.round(amount * HOSTING_SHARE) + seats * SUPPORT_CENTS_PER_SEAT;
    invoiceNo++;
    invoice[0] = invoicePrefix + (invoiceNo < 10 ? "0" : "") + invoiceNo;
    invoice[1] = cal.text(day);
    invoice[2] = customerId;
    invoice[3] = CHANNELS.get(channel);
    invoice[4] = region;
    invoice[5] = PLANS.get(plan);
    invoice[6] = Long.toString(seats);
    invoice[7] = Money.text(amount);
    invoice[8] = Money.text(cost);
    invoice[9] = "paid";
    orders.row(invoice);
    totals.addInvoice(cal.monthOf(day), amount, cost);
    int creditDay = day + 2 + rng.nextInt(9);
    if (rng.nextDouble() < CREDIT_RATE && creditDay < cal.days()) {
      invoice[1] = cal.text(creditDay);
      invoice[6] = Long.toString(-seats);
      invoice[7] = Money.text(-amount);
      invoice[8] = Money.text(0);
      invoice[9] = "refund";
      orders.row(invoice);
      totals.addInvoice(cal.monthOf(creditDay), -amount, 0);
    }
  }
}
