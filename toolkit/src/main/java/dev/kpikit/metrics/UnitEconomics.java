package dev.kpikit.metrics;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code unit_economics} table (DESIGN §4, §5): what a customer costs and earns, per acquisition
 * channel and blended ({@code ALL}, first row), over the trailing twelve months (TTM) ending with
 * the last complete month (the month of {@code asOf} when {@code asOf} is its last day, else the
 * month before). It is monthly whatever the report's grain, and always split by acquisition
 * channel, so {@code options.by()} is ignored.
 *
 * <ul>
 *   <li><b>cac</b> (currency per customer) = TTM acquisition spend / TTM new customers of the
 *       channel, as in {@link Cac} (retention spend excluded; {@code ALL} = all acquisition
 *       spend / all new customers). Missing without a spend table or without new customers; 0 for
 *       a channel that acquired customers without spend (e.g. organic).
 *   <li><b>arpa</b> (currency per customer per month), average revenue per account: TTM revenue
 *       of the channel's customers (refunds included, guest rows excluded; a customer's rows count
 *       for its acquisition channel, see {@link OrderFacts}) / the channel's customer-months, Σ over
 *       the 12 months of the average customer base {@code (customers_start + customers_end) / 2}.
 *       The base is the one the churn rate is measured on (subscribers from spells, or customers
 *       within the lapse window from orders), so that ARPA, churn and LTV describe the same
 *       customers; for orders-only businesses ARPA is therefore lower than revenue per
 *       <em>purchasing</em> customer, as a customer in the base does not buy every month.
 *   <li><b>gross_margin_pct</b> (ratio) = (TTM revenue - TTM cost) / TTM revenue of the same rows,
 *       costs summed over the rows that have one; missing without a cost column.
 *   <li><b>churn_rate</b> (ratio per month), the average monthly logo churn over the TTM: customers
 *       lost / customer-months at the start of each month (i.e. Σ churned / Σ customers_start,
 *       the customer-weighted mean of the monthly rates). From subscription spells when a {@code
 *       customers} table with {@code start_date} is given ({@link LogoChurn}; per channel only when
 *       the spells have a {@code channel} column, else missing per channel); otherwise from orders
 *       with the lapse rule: a customer is lost after 12 months
 *       without a positive order (see {@code CustomerFlows}), counted over the window's months at
 *       least 12 months after the first order; missing (not 0) when there is no such month, e.g.
 *       13 months of orders, where nobody has had the time to lapse.
 *   <li><b>ltv</b> (currency per customer) = arpa × gross_margin_pct / churn_rate; missing when
 *       churn_rate is 0 or missing (no customer was lost: lifetime not observable), never Infinity.
 *   <li><b>ltv_cac</b> = ltv / cac; <b>cac_payback_months</b> = cac / (arpa × gross_margin_pct),
 *       missing when the monthly margin per customer is 0.
 *   <li><b>ltv_cohort</b> (currency per customer), the observed cohort LTV: cumulative gross margin
 *       (revenue - cost) of a cohort's customers in their first 12 months (cohort month and the 11
 *       after), per customer of the cohort, pooled over every cohort whose 12 months end by the
 *       last complete month (Σ margin / Σ cohort sizes: the customer-weighted mean of the cohorts'
 *       values). Missing when no cohort is that old or there is no cost column.
 * </ul>
 *
 * <p>Rows: {@code ALL}, then every channel that acquired a customer, has TTM spend or (spells) has
 * customers, in natural order; a missing channel is {@code (missing)}. Orders (and customers)
 * without any channel column give the {@code ALL} row only. An orders table without
 * rows up to {@code asOf} gives a table without rows.
 *
 * @since 0.1.0
 */
public final class UnitEconomics {
  /** The output table's name. */
  public static final String TABLE = "unit_economics";

  private UnitEconomics() {}

  /**
   * @param orders a canonical orders table
   * @param customers the {@code customers} table (spells give churn and channels), or null
   * @param spend a canonical marketing_spend table, or null (then cac and the ratios using it are
   *     missing)
   * @param options {@code asOf}; grain and dimension are not used
   * @return {@code unit_economics}: channel, cac, arpa, gross_margin_pct, churn_rate, ltv, ltv_cac,
   *     cac_payback_months, ltv_cohort
   */
  public static Table table(Table orders, Table customers, Table spend, MetricOptions options) {
    return table(orders, customers, spend, options, OrderFactsCache.none());
  }

  /**
   * As {@link #table(Table, Table, Table, MetricOptions)}, reusing the orders index of a run.
   *
   * @param orders a canonical orders table
   * @param customers the {@code customers} table, or null
   * @param spend a canonical marketing_spend table, or null
   * @param options {@code asOf}; grain and dimension are not used
   * @param cache the run's orders index cache (shared with the other order metrics)
   * @return {@code unit_economics}
   */
  static Table table(
      Table orders, Table customers, Table spend, MetricOptions options, OrderFactsCache cache) {
    TrailingYear window = TrailingYear.of(options);
    return cache.unitEconomics(
        orders, customers, spend, window.monthly, () -> compute(orders, customers, spend, window, cache));
  }

  private static Table compute(
      Table orders, Table customers, Table spend, TrailingYear window, OrderFactsCache cache) {
    OrderFacts facts = cache.of(orders, customers, window.monthly);
    String[] channels = new String[facts.channelCount()];
    Arrays.setAll(channels, facts::channelLabel);
    Map<String, double[]> acquisition = spend == null
        ? Map.of()
        : acquisition(Cac.table(orders, customers, spend, window.monthly, cache), window);
    return assemble(
        facts.isEmpty(),
        channels,
        facts.hasChannels(),
        ChannelSums.of(facts, window),
        hasSpells(customers) ? CustomerFlows.fromSpells(customers, window) : facts.lapseFlows(),
        acquisition,
        spend != null,
        customers);
  }

  /**
   * Assembles {@code unit_economics} from the order aggregates of each acquisition channel counted
   * elsewhere (by another engine), the customers and the spend: the same rows and ratios as {@link
   * #table(Table, Table, Table, MetricOptions)}.
   *
   * @param orders the order aggregates per acquisition channel, for the same {@code asOf}
   * @param customers the {@code customers} table (spells give churn and channels), or null
   * @param spend a canonical marketing_spend table, or null
   * @param newCustomers new customers counted with {@link ChannelAggregates#monthly()} (monthly,
   *     not split, acquisition channels as overridden by {@code customers}); read only with spend
   * @return {@code unit_economics}
   * @since 0.3.0
   */
  public static Table table(
      ChannelAggregates orders, Table customers, Table spend, NewCustomerCounts newCustomers) {
    TrailingYear window = orders.window();
    Map<String, double[]> acquisition =
        spend == null ? Map.of() : acquisition(Cac.table(newCustomers, spend), window);
    return assemble(
        orders.isEmpty(),
        orders.channels(),
        orders.hasChannels(),
        orders.sums(),
        hasSpells(customers) ? CustomerFlows.fromSpells(customers, window) : orders.flows(),
        acquisition,
        spend != null,
        customers);
  }

  /**
   * The table from its parts, shared by both engines.
   *
   * @param channels the acquisition channels of the order customers, in natural order
   */
  private static Table assemble(
      boolean noOrders,
      String[] channelLabels,
      boolean hasChannels,
      ChannelSums sums,
      CustomerFlows flows,
      Map<String, double[]> acquisition,
      boolean hasSpend,
      Table customers) {
    TreeMap<String, Integer> channels = new TreeMap<>();
    for (int ch = 0; hasChannels && ch < channelLabels.length; ch++) {
      channels.put(channelLabels[ch], ch + 1);
    }
    acquisition.keySet().forEach(ch -> channels.putIfAbsent(ch, -1));
    for (int g = 1; (hasChannels || hasSpells(customers)) && g < flows.labels.length; g++) {
      channels.putIfAbsent(flows.labels[g], -1);
    }
    channels.remove(AcquisitionGrid.ALL);
    Columns out = new Columns();
    if (!noOrders) {
      out.add(AcquisitionGrid.ALL, 0, sums, flows, acquisition, hasSpend);
      channels.forEach((ch, group) -> out.add(ch, group, sums, flows, acquisition, hasSpend));
    }
    return out.table();
  }

  /**
   * Whether churn and channels come from subscription spells rather than from orders (the lapse
   * rule): then the order aggregates' lapse flows are not read.
   *
   * @param customers the {@code customers} table, or null
   * @return true when {@code customers} is a spell table (it has start dates)
   * @since 0.3.0
   */
  public static boolean hasSpells(Table customers) {
    return customers != null && customers.containsColumn("start_date");
  }

  /** TTM acquisition spend and new customers per channel label, from {@code cac_monthly}. */
  private static Map<String, double[]> acquisition(Table cac, TrailingYear window) {
    StringColumn month = cac.stringColumn("month");
    StringColumn channel = cac.stringColumn("channel");
    DoubleColumn spent = cac.doubleColumn("spend");
    IntColumn acquired = cac.intColumn("new_customers");
    String first = Periods.MONTHLY.label(window.first);
    String last = Periods.MONTHLY.label(window.last);
    Map<String, double[]> totals = new TreeMap<>();
    for (int r = 0; r < cac.rowCount(); r++) {
      String m = month.get(r);
      if (m.compareTo(first) >= 0 && m.compareTo(last) <= 0) {
        double[] t = totals.computeIfAbsent(channel.get(r), k -> new double[2]);
        t[0] += spent.getDouble(r);
        t[1] += acquired.getInt(r);
      }
    }
    return totals;
  }

  /** The output columns, filled one channel at a time. */
  private static final class Columns {
    final StringColumn channel = StringColumn.create("channel");
    final DoubleColumn cac = DoubleColumn.create("cac");
    final DoubleColumn arpa = DoubleColumn.create("arpa");
    final DoubleColumn margin = DoubleColumn.create("gross_margin_pct");
    final DoubleColumn churn = DoubleColumn.create("churn_rate");
    final DoubleColumn ltv = DoubleColumn.create("ltv");
    final DoubleColumn ltvCac = DoubleColumn.create("ltv_cac");
    final DoubleColumn payback = DoubleColumn.create("cac_payback_months");
    final DoubleColumn cohort = DoubleColumn.create("ltv_cohort");

    void add(
        String label,
        int group,
        ChannelSums sums,
        CustomerFlows flows,
        Map<String, double[]> acquisition,
        boolean hasSpend) {
      double[] acquired = acquisition.get(label);
      double c = !hasSpend ? Double.NaN
          : acquired == null ? Double.NaN : Ratios.divide(acquired[0], acquired[1]);
      int flowGroup = flows.indexOf(label);
      double revenue = group < 0 ? Double.NaN : sums.revenue(group);
      double a = flowGroup < 0 ? Double.NaN : Ratios.divide(revenue, flows.customerMonths(flowGroup));
      double m = group < 0 ? Double.NaN : sums.marginPct(group);
      double rate = flowGroup < 0 ? Double.NaN : flows.churnRate(flowGroup);
      double l = Ratios.divide(a * m, rate);
      channel.append(label);
      cac.append(c);
      arpa.append(a);
      margin.append(m);
      churn.append(rate);
      ltv.append(l);
      ltvCac.append(Ratios.divide(l, c));
      payback.append(Ratios.divide(c, a * m));
      cohort.append(group < 0 ? Double.NaN : sums.cohortLtv(group));
    }

    Table table() {
      return Table.create(TABLE, channel, cac, arpa, margin, churn, ltv, ltvCac, payback, cohort);
    }
  }
}
