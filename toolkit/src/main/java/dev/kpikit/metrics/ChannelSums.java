package dev.kpikit.metrics;

/**
 * Revenue and cost over the {@link TrailingYear}, and the first-12-month margin of old-enough cohorts, per acquisition channel: group 0 is {@code ALL}, group {@code ch +
 * 1} is channel code {@code ch} of the {@link OrderFacts}. Only rows of customers who were ever
 * active count (guest rows and customers with refunds only have no channel). See {@link
 * UnitEconomics} for the definitions.
 */
final class ChannelSums {
  /** Months of a cohort's customer lifetime value: the cohort month and the 11 after it. */
  static final int COHORT_MONTHS = 12;

  private final CompensatedSums revenue;
  private final CompensatedSums cost;
  private final CompensatedSums cohortRevenue;
  private final CompensatedSums cohortCost;
  private final long[] cohortCustomers;

  private ChannelSums(int groups) {
    revenue = new CompensatedSums(groups);
    cost = new CompensatedSums(groups);
    cohortRevenue = new CompensatedSums(groups);
    cohortCost = new CompensatedSums(groups);
    cohortCustomers = new long[groups];
  }

  /** {@code facts} must be monthly. */
  static ChannelSums of(OrderFacts facts, TrailingYear window) {
    ChannelSums sums = new ChannelSums(facts.channelCount() + 1);
    int lastCohort = window.last - COHORT_MONTHS + 1;
    RowCohorts rows = facts.rowCohorts();
    for (int r = 0; r < facts.rowCount(); r++) {
      int cohort = rows.cohort(r);
      if (cohort == OrderFacts.NO_PERIOD) {
        continue;
      }
      int g = rows.channel(r) + 1;
      int p = facts.period(r);
      if (window.contains(p)) {
        sums.addBoth(sums.revenue, g, facts.amount(r));
        sums.addBoth(sums.cost, g, facts.cost(r));
      }
      if (cohort <= lastCohort && p >= cohort && p < cohort + COHORT_MONTHS) {
        sums.addBoth(sums.cohortRevenue, g, facts.amount(r));
        sums.addBoth(sums.cohortCost, g, facts.cost(r));
      }
    }
    for (int c = 0; c < facts.customerCount(); c++) {
      int g = facts.acquisitionChannel(c) + 1;
      if (facts.firstPeriod(c) != OrderFacts.NO_PERIOD && facts.firstPeriod(c) <= lastCohort) {
        sums.cohortCustomers[0]++;
        sums.cohortCustomers[g]++;
      }
    }
    return sums;
  }

  /**
   * Sums aggregated per channel elsewhere (by another engine): group {@code g} is channel {@code g -
   * 1}; {@code ALL} is the sum of the channels. A NaN value is unknown (no row had one).
   *
   * @param perChannel per channel: TTM revenue, TTM cost, cohort revenue, cohort cost
   * @param cohortCustomers per channel: customers of the old-enough cohorts
   */
  static ChannelSums ofChannels(double[][] perChannel, long[] cohortCustomers) {
    ChannelSums sums = new ChannelSums(perChannel.length + 1);
    for (int ch = 0; ch < perChannel.length; ch++) {
      int g = ch + 1;
      sums.addBoth(sums.revenue, g, perChannel[ch][0]);
      sums.addBoth(sums.cost, g, perChannel[ch][1]);
      sums.addBoth(sums.cohortRevenue, g, perChannel[ch][2]);
      sums.addBoth(sums.cohortCost, g, perChannel[ch][3]);
      sums.cohortCustomers[0] += cohortCustomers[ch];
      sums.cohortCustomers[g] += cohortCustomers[ch];
    }
    return sums;
  }

  private void addBoth(CompensatedSums target, int group, double value) {
    target.add(0, value);
    target.add(group, value);
  }

  /** @return TTM revenue of the group's customers (refunds included) */
  double revenue(int group) {
    return revenue.get(group);
  }

  /** @return TTM gross margin / revenue, missing without known costs or revenue */
  double marginPct(int group) {
    double rev = revenue.get(group);
    return Ratios.divide(rev - cost.getOrMissing(group), rev);
  }

  /** @return first-12-month gross margin per customer of the old-enough cohorts */
  double cohortLtv(int group) {
    double margin = cohortRevenue.get(group) - cohortCost.getOrMissing(group);
    return Ratios.divide(margin, cohortCustomers[group]);
  }
}
