package dev.kpikit.metrics;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Customers gained and lost over the {@link TrailingYear}, per acquisition channel and in total
 * ({@code ALL}, index 0), with the customer-months at risk that turn losses into a monthly churn
 * rate. Two sources:
 *
 * <ul>
 *   <li><b>Spells</b> ({@code customers} with start dates): {@link LogoChurn}'s monthly counts
 *       summed over the window: gained = new + reactivated, lost = churned, at risk = Σ
 *       customers_start. Channels are the spells' {@code channel} column (the customer's first
 *       spell), when there is one.
 *   <li><b>Orders only</b> (e-commerce): the lapse rule. A customer is in the base at the end of
 *       month e when it has a positive order in one of the {@value #LAPSE_MONTHS} months ending
 *       with e. customers_start(m) = in the base at the end of m - 1; gained in m = in the base at
 *       the end of m but not of m - 1 (a first order, or a return after a lapse); lost in m = in
 *       the base at the end of m - 1 but not of m, i.e. the customer's last order was exactly
 *       {@value #LAPSE_MONTHS} months before m. Channels are acquisition channels ({@link
 *       OrderFacts}). A loss can only be seen in a month m at least {@value #LAPSE_MONTHS} months
 *       after the first month of the orders: when no month of the window is that late, nobody has
 *       had the time to lapse and the churn rate is missing (unknown), not 0.
 * </ul>
 */
final class CustomerFlows {
  /** Months without a positive order after which an orders-only customer counts as lost. */
  static final int LAPSE_MONTHS = 12;

  /** Group labels: {@code ALL}, then channels in natural order. */
  final String[] labels;
  /** Per group: Σ over window months of customers at the start of the month. */
  final long[] atRisk;
  /** Per group: customers gained in the window. */
  final long[] gained;
  /** Per group: customers lost in the window. */
  final long[] lost;
  /** Whether a loss can be observed in some month of the window (always for spells). */
  private boolean lossObservable = true;

  private CustomerFlows(String[] labels) {
    this.labels = labels;
    atRisk = new long[labels.length];
    gained = new long[labels.length];
    lost = new long[labels.length];
  }

  /**
   * @param group a group index
   * @return lost / customer-months at risk: the average monthly churn rate, missing without risk
   *     and when no loss could be observed in the window (orders-only history too short)
   */
  double churnRate(int group) {
    return lossObservable ? Ratios.divide(lost[group], atRisk[group]) : Double.NaN;
  }

  /**
   * @param group a group index
   * @return Σ over the window's months of the average customer base, (start + end) / 2, where
   *     end = start + gained - lost: the customer-months that earn the group's revenue
   */
  double customerMonths(int group) {
    return atRisk[group] + (gained[group] - lost[group]) / 2.0;
  }

  /** @return the index of the group labelled {@code label}, or -1 */
  int indexOf(String label) {
    return Arrays.asList(labels).indexOf(label);
  }

  /** Flows from orders under the lapse rule; {@code facts} must be monthly. */
  static CustomerFlows fromOrders(OrderFacts facts, ActiveMonths active, TrailingYear window) {
    String[] labels = new String[facts.channelCount() + 1];
    labels[0] = AcquisitionGrid.ALL;
    for (int ch = 0; ch < facts.channelCount(); ch++) {
      labels[ch + 1] = facts.channelLabel(ch);
    }
    CustomerFlows flows = new CustomerFlows(labels);
    // a customer can have gone LAPSE_MONTHS without an order by the window's last month
    flows.lossObservable = lossObservable(facts.minPeriod(), window);
    long[] customerFlows = new long[3];
    for (int c = 0; c < active.customers(); c++) {
      int from = active.offset[c];
      int to = active.offset[c + 1];
      if (from == to) {
        continue;
      }
      Arrays.fill(customerFlows, 0);
      ofCustomer(active.period, from, to, window, customerFlows);
      flows.add(facts.acquisitionChannel(c) + 1, customerFlows[0], customerFlows[1], customerFlows[2]);
    }
    return flows;
  }

  /**
   * One customer's share of the flows under the lapse rule.
   *
   * @param months the customer's active months, increasing, at {@code [from, to)}, not empty
   * @param window the trailing year
   * @param out receives, added, the customer-months at risk, gains and losses in the window
   */
  static void ofCustomer(int[] months, int from, int to, TrailingYear window, long[] out) {
    for (int i = from; i < to; i++) {
      int month = months[i];
      boolean returns = i + 1 < to && months[i + 1] - month <= LAPSE_MONTHS;
      if (i == from || month - months[i - 1] > LAPSE_MONTHS) {
        out[1] += window.contains(month) ? 1 : 0;
      }
      if (!returns && window.contains(month + LAPSE_MONTHS)) {
        out[2]++;
      }
      int baseUntil = returns ? months[i + 1] : month + LAPSE_MONTHS;
      out[0] += window.overlap(month + 1, baseUntil);
    }
  }

  /**
   * Flows from orders already aggregated per acquisition channel (by another engine).
   *
   * @param labels {@code ALL}, then the channels in natural order
   * @param perChannel per channel (index {@code g - 1} for group {@code g}): at risk, gained, lost
   * @param lossObservable whether a loss can be seen in the window (see {@link #lossObservable(int, TrailingYear)})
   */
  static CustomerFlows ofChannels(String[] labels, long[][] perChannel, boolean lossObservable) {
    CustomerFlows flows = new CustomerFlows(labels);
    flows.lossObservable = lossObservable;
    for (int g = 1; g < labels.length; g++) {
      flows.add(g, perChannel[g - 1][0], perChannel[g - 1][1], perChannel[g - 1][2]);
    }
    return flows;
  }

  /**
   * @param firstMonth the month of the first kept order row, or {@link OrderFacts#NO_PERIOD}
   * @return whether a customer can have gone {@value #LAPSE_MONTHS} months without an order by the
   *     window's last month
   */
  static boolean lossObservable(int firstMonth, TrailingYear window) {
    return firstMonth != OrderFacts.NO_PERIOD && firstMonth + LAPSE_MONTHS <= window.last;
  }

  private void add(int group, long risk, long gain, long loss) {
    atRisk[0] += risk;
    gained[0] += gain;
    lost[0] += loss;
    atRisk[group] += risk;
    gained[group] += gain;
    lost[group] += loss;
  }

  /** Flows from subscription spells; per channel only when the spells have a channel column. */
  static CustomerFlows fromSpells(Table spells, TrailingYear window) {
    Set<String> months = new HashSet<>();
    for (int m = window.first; m <= window.last; m++) {
      months.add(Periods.MONTHLY.label(m));
    }
    Table total = LogoChurn.table(spells, window.monthly);
    Table byChannel = spells.containsColumn("channel")
        ? LogoChurn.table(spells, window.monthly.withBy("channel"))
        : null;
    String[] channels = byChannel == null ? new String[0]
        : byChannel.stringColumn("channel").unique().asList().stream().sorted().toArray(String[]::new);
    String[] labels = new String[channels.length + 1];
    labels[0] = AcquisitionGrid.ALL;
    System.arraycopy(channels, 0, labels, 1, channels.length);
    CustomerFlows flows = new CustomerFlows(labels);
    flows.sum(total, null, months);
    if (byChannel != null) {
      flows.sum(byChannel, byChannel.stringColumn("channel"), months);
    }
    return flows;
  }

  private void sum(Table churn, StringColumn channel, Set<String> months) {
    StringColumn month = churn.stringColumn(0);
    IntColumn start = churn.intColumn("customers_start");
    IntColumn fresh = churn.intColumn("new");
    IntColumn back = churn.intColumn("reactivated");
    IntColumn churned = churn.intColumn("churned");
    for (int r = 0; r < churn.rowCount(); r++) {
      if (months.contains(month.get(r))) {
        int g = channel == null ? 0 : indexOf(channel.get(r));
        atRisk[g] += start.getInt(r);
        gained[g] += fresh.getInt(r) + back.getInt(r);
        lost[g] += churned.getInt(r);
      }
    }
  }
}
