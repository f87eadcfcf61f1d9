package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code unit_economics} reads from orders, aggregated per acquisition channel elsewhere (e.g.
 * by Spark), so that the table is assembled by {@link UnitEconomics#table(ChannelAggregates,
 * tech.tablesaw.api.Table, tech.tablesaw.api.Table, NewCustomerCounts)} with the local engine's
 * code. Everything is monthly and read over the trailing twelve months ({@link #windowFirstMonth()}
 * to {@link #windowLastMonth()}, month indexes of {@link Periods#MONTHLY}); only customers with a
 * first positive order (a cohort) count, each row for its customer's acquisition channel:
 *
 * <ul>
 *   <li>TTM revenue and cost: sums of {@code amount} and {@code cost} of the rows in the window;
 *   <li>cohort revenue and cost: sums over the rows in the first {@value ChannelSums#COHORT_MONTHS}
 *       months of their customer's cohort (cohort month to cohort + 11), for cohorts up to {@link
 *       #lastCohortMonth()}; cohort customers: customers of those cohorts;
 *   <li>lapse flows: per customer, {@link #lapseFlows(int[], LocalDate)} of its active months
 *       (months with a positive row), summed per channel.
 * </ul>
 *
 * <p>A sum no row contributed to is NaN (unknown), as SQL {@code SUM} gives null: revenue then reads
 * 0 and cost missing, as in the local engine.
 *
 * @since 0.3.0
 */
public final class ChannelAggregates {
  private final TrailingYear window;
  private final boolean hasChannels;
  private final long keptRows;
  private final int firstMonth;
  private final TreeMap<String, Channel> channels = new TreeMap<>();

  private static final class Channel {
    final double[] sums = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    long cohortCustomers;
    final long[] flows = new long[3];
  }

  private ChannelAggregates(LocalDate asOf, boolean hasChannels, long keptRows, int firstMonth) {
    this.window = TrailingYear.of(MetricOptions.monthly(asOf));
    this.hasChannels = hasChannels;
    this.keptRows = keptRows;
    this.firstMonth = firstMonth;
  }

  /**
   * @param asOf the last day of the analysis
   * @param hasChannels whether the orders or the customers have a {@code channel} column
   * @param keptRows the order rows dated on or before {@code asOf} with a date and an amount
   * @param firstMonth the month index of the earliest such row (any customer, guest or refund);
   *     ignored when there is none
   * @return aggregates without channels yet
   */
  public static ChannelAggregates create(LocalDate asOf, boolean hasChannels, long keptRows, int firstMonth) {
    return new ChannelAggregates(asOf, hasChannels, keptRows, firstMonth);
  }

  /** @return monthly options, not split, closed at {@code asOf}: those every aggregate is counted with */
  public MetricOptions monthly() {
    return window.monthly;
  }

  /** @return the first month index of the trailing twelve months */
  public int windowFirstMonth() {
    return window.first;
  }

  /** @return the last month index of the trailing twelve months: the last complete month */
  public int windowLastMonth() {
    return window.last;
  }

  /** @return the latest cohort month whose first {@value ChannelSums#COHORT_MONTHS} months end by {@link #windowLastMonth()} */
  public int lastCohortMonth() {
    return window.last - ChannelSums.COHORT_MONTHS + 1;
  }

  /** @return the number of months a cohort's lifetime value covers: {@value ChannelSums#COHORT_MONTHS} */
  public static int cohortMonths() {
    return ChannelSums.COHORT_MONTHS;
  }

  /**
   * One customer's share of the lapse-rule flows of the trailing year (see {@code CustomerFlows}):
   * the customer-months at risk, the gains and the losses in the window.
   *
   * @param activeMonths the customer's months with a positive row, increasing, distinct, not empty
   * @param asOf the last day of the analysis
   * @return {at risk, gained, lost}
   */
  public static long[] lapseFlows(int[] activeMonths, LocalDate asOf) {
    long[] out = new long[3];
    CustomerFlows.ofCustomer(activeMonths, 0, activeMonths.length, TrailingYear.of(MetricOptions.monthly(asOf)), out);
    return out;
  }

  /**
   * Sets a channel's sums (a channel must be added once for each acquisition channel of a customer
   * with a cohort, even without rows in the window).
   *
   * @param channel the acquisition channel label ({@link NewCustomerCounts#MISSING} when missing)
   * @param ttmRevenue TTM revenue, NaN when no row
   * @param ttmCost TTM cost, NaN when no row has one
   * @param cohortRevenue cohort revenue, NaN when no row
   * @param cohortCost cohort cost, NaN when no row has one
   * @param cohortCustomers customers of the cohorts up to {@link #lastCohortMonth()}
   */
  public void addChannel(
      String channel, double ttmRevenue, double ttmCost, double cohortRevenue, double cohortCost, long cohortCustomers) {
    Channel c = channels.computeIfAbsent(channel, k -> new Channel());
    c.sums[0] = ttmRevenue;
    c.sums[1] = ttmCost;
    c.sums[2] = cohortRevenue;
    c.sums[3] = cohortCost;
    c.cohortCustomers = cohortCustomers;
  }

  /**
   * Adds lapse flows to a channel added with {@link #addChannel}.
   *
   * @param channel the acquisition channel label
   * @param flows {at risk, gained, lost}, e.g. summed {@link #lapseFlows}
   * @throws IllegalArgumentException for a channel not added
   */
  public void addFlows(String channel, long[] flows) {
    Channel c = channels.get(channel);
    if (c == null) {
      throw new IllegalArgumentException("unknown acquisition channel " + channel);
    }
    for (int i = 0; i < 3; i++) {
      c.flows[i] += flows[i];
    }
  }

  TrailingYear window() {
    return window;
  }

  boolean isEmpty() {
    return keptRows == 0;
  }

  boolean hasChannels() {
    return hasChannels;
  }

  String[] channels() {
    return channels.keySet().toArray(String[]::new);
  }

  ChannelSums sums() {
    double[][] perChannel = new double[channels.size()][];
    long[] customers = new long[channels.size()];
    int i = 0;
    for (Channel c : channels.values()) {
      perChannel[i] = c.sums;
      customers[i++] = c.cohortCustomers;
    }
    return ChannelSums.ofChannels(perChannel, customers);
  }

  CustomerFlows flows() {
    String[] labels = new String[channels.size() + 1];
    labels[0] = AcquisitionGrid.ALL;
    long[][] perChannel = new long[channels.size()][];
    int i = 0;
    for (Map.Entry<String, Channel> e : channels.entrySet()) {
      labels[i + 1] = e.getKey();
      perChannel[i++] = Arrays.copyOf(e.getValue().flows, 3);
    }
    return CustomerFlows.ofChannels(labels, perChannel, keptRows > 0 && CustomerFlows.lossObservable(firstMonth, window));
  }
}
