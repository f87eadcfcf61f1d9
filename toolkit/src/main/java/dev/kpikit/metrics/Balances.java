package dev.kpikit.metrics;

import dev.kpikit.schema.Dataset;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code balances} table (DESIGN §4, §5): pairs of opposing measures, each with an index, a
 * band and a status, over the trailing twelve months (TTM) ending with the last complete month (as
 * in {@link UnitEconomics}; monthly whatever the grain, never split by {@code options.by()}).
 *
 * <p>Rows, always all of them and in this order (a balance whose data is absent has missing values
 * and status {@code missing_data}, so the report can say which data would enable it):
 *
 * <ol>
 *   <li>{@code acquisition_vs_retention}: TTM revenue (refunds included) of customers in their first
 *       month (the month of their first positive order) vs of customers in any later month; guest
 *       rows are left out. Needs orders.
 *   <li>{@code acquisition_vs_retention_spend}: TTM acquisition spend vs retention spend ({@code
 *       purpose = retention}; any other purpose is acquisition). Needs marketing_spend with a
 *       {@code purpose} column. Its band defaults to that of {@code acquisition_vs_retention}.
 *   <li>{@code exploration_vs_exploitation}: TTM revenue of products whose first positive sale
 *       falls in the 12 TTM months vs of products sold earlier; rows without a product are left
 *       out. Needs orders with {@code product} and data starting before the TTM (otherwise every
 *       product would look new).
 *   <li>{@code growth_vs_churn}: customers gained vs lost in the TTM; from {@code customers} spells
 *       when given (new + reactivated vs churned, as in {@link LogoChurn}), else from orders with
 *       the lapse rule: lost after 12 months without a positive
 *       order, gained by a first order or a return after such a lapse.
 *   <li>{@code short_vs_long_term}: CAC payback months ({@code ALL} row of {@link UnitEconomics})
 *       vs the median customer lifetime in months (Kaplan–Meier, {@link Survival}): from spells
 *       (days / 30.4375), from the tenure shape (months), or from orders, where a lifetime runs from
 *       the first to the last month of a run of orders without a 12-month
 *       gap (a one-off buyer lives 1 month) and ends (an event)
 *       once the lapse is observed by the last complete month, otherwise it is censored.
 *   <li>{@code concentration_vs_spread}: TTM revenue of the top region vs the other regions (rows
 *       without a region left out) when orders have {@code region}; else of the top 10 % of the
 *       customers who bought in the TTM (rounded up, ranked by TTM revenue) vs the other customers.
 *   <li>{@code leverage_vs_prudence}: total_debt vs equity from financials, in the latest month up
 *       to {@code asOf} that has both (several rows of a month are added up).
 *   <li>{@code people_vs_profit}: TTM employee turnover rate ({@link EmployeeTurnover}'s {@code
 *       ttm_turnover_rate} at the last complete month) vs TTM gross margin % (orders with costs,
 *       else financials revenue and cogs). Different units: no index. Its band is a healthy range
 *       of annual employee turnover, default [{@value #PEOPLE_LOW}, {@value #PEOPLE_HIGH}]: above
 *       it {@code leans_right} (profit is kept at the people's expense), below it {@code leans_left}
 *       (people are kept at the expense of renewal and cost), inside {@code balanced}; missing_data
 *       when either side is missing.
 * </ol>
 *
 * <p>Index and status of the other balances: {@code index = (left - right) / (left + right)} (see
 * {@link Ratios#balanceIndex}); default band [{@value #LOW}, {@value #HIGH}] ("neither side more
 * than twice the other"), overridable per balance name. Status: {@code missing_data} when a side
 * is missing; {@code leans_left} when index &gt; band_high; {@code leans_right} when index &lt;
 * band_low; {@code balanced} otherwise. Special cases: both sides 0 → index missing, {@code
 * balanced} (nothing to weigh); a negative side (e.g. refunds exceeding sales) → index missing
 * (not defined on [-1, 1]) and the status names the larger side.
 *
 * @since 0.1.0
 */
public final class Balances {
  /** The output table's name. */
  public static final String TABLE = "balances";

  /** Balance names, in row order. */
  public static final String ACQUISITION_VS_RETENTION = "acquisition_vs_retention";
  /** @see #ACQUISITION_VS_RETENTION */
  public static final String ACQUISITION_VS_RETENTION_SPEND = "acquisition_vs_retention_spend";
  /** @see #ACQUISITION_VS_RETENTION */
  public static final String EXPLORATION_VS_EXPLOITATION = "exploration_vs_exploitation";
  /** @see #ACQUISITION_VS_RETENTION */
  public static final String GROWTH_VS_CHURN = "growth_vs_churn";
  /** @see #ACQUISITION_VS_RETENTION */
  public static final String SHORT_VS_LONG_TERM = "short_vs_long_term";
  /** @see #ACQUISITION_VS_RETENTION */
  public static final String CONCENTRATION_VS_SPREAD = "concentration_vs_spread";
  /** @see #ACQUISITION_VS_RETENTION */
  public static final String LEVERAGE_VS_PRUDENCE = "leverage_vs_prudence";
  /** @see #ACQUISITION_VS_RETENTION */
  public static final String PEOPLE_VS_PROFIT = "people_vs_profit";

  /** Every balance, in table order: the names {@code bands} in kpikit.yaml may use. */
  public static final List<String> NAMES = List.of(ACQUISITION_VS_RETENTION, ACQUISITION_VS_RETENTION_SPEND,
      EXPLORATION_VS_EXPLOITATION, GROWTH_VS_CHURN, SHORT_VS_LONG_TERM, CONCENTRATION_VS_SPREAD,
      LEVERAGE_VS_PRUDENCE, PEOPLE_VS_PROFIT);

  /** Default band of the indexed balances. */
  public static final double LOW = -0.33;
  /** @see #LOW */
  public static final double HIGH = 0.33;
  /** Default band of {@code people_vs_profit}: annual employee turnover from 5 % to 25 %. */
  public static final double PEOPLE_LOW = 0.05;
  /** @see #PEOPLE_LOW */
  public static final double PEOPLE_HIGH = 0.25;

  /** Statuses. */
  public static final String BALANCED = "balanced";
  /** @see #BALANCED */
  public static final String LEANS_LEFT = "leans_left";
  /** @see #BALANCED */
  public static final String LEANS_RIGHT = "leans_right";
  /** @see #BALANCED */
  public static final String MISSING_DATA = "missing_data";

  private Balances() {}

  /**
   * Computes every balance from the datasets given.
   *
   * @param data the canonical tables by dataset; any subset (absent datasets give {@code
   *     missing_data} rows). {@code customers} may be in spell or tenure shape, {@code employees}
   *     in spell shape (the snapshot shape has no turnover rate).
   * @param options {@code asOf}; the grain and dimension are not used
   * @param bands balance name to {@code [low, high]} overriding the defaults (e.g. the config's
   *     {@code bands}); may be empty
   * @return {@code balances}: balance, left_label, left_value, right_label, right_value, index,
   *     band_low, band_high, status; one row per balance in the order above
   */
  public static Table table(Map<Dataset, Table> data, MetricOptions options, Map<String, double[]> bands) {
    return table(data, options, bands, OrderFactsCache.none());
  }

  /**
   * As {@link #table(Map, MetricOptions, Map)}, reusing the orders index of a run.
   *
   * @param data the canonical tables by dataset; any subset
   * @param options {@code asOf}; the grain and dimension are not used
   * @param bands balance name to {@code [low, high]} overriding the defaults; may be empty
   * @param cache the run's orders index cache (shared with the other order metrics)
   * @return {@code balances}
   */
  static Table table(
      Map<Dataset, Table> data, MetricOptions options, Map<String, double[]> bands, OrderFactsCache cache) {
    TrailingYear window = TrailingYear.of(options);
    Table orders = data.get(Dataset.ORDERS);
    Table customers = data.get(Dataset.CUSTOMERS);
    Table spend = data.get(Dataset.MARKETING_SPEND);
    Table financials = data.get(Dataset.FINANCIALS);
    OrderFacts facts = orders == null ? null : cache.of(orders, customers, window.monthly);
    ActiveMonths active = facts == null ? null : facts.activeMonths();
    OrderBalances sales = facts == null ? null : new OrderBalances(orders, facts, window);
    CustomerFlows flows = UnitEconomics.hasSpells(customers) ? CustomerFlows.fromSpells(customers, window)
        : facts == null ? null : facts.lapseFlows();
    double margin = sales != null && facts.hasCost() ? sales.grossMarginPct()
        : BalanceMeasures.financialsGrossMarginPct(financials, window);
    BalanceSides acquisition = sales != null ? sales.acquisitionVsRetention() : BalanceSides.missing(
        ACQUISITION_VS_RETENTION, "revenue from new customers (TTM)", "revenue from returning customers (TTM)");
    BalanceSides exploration = sales != null ? sales.explorationVsExploitation() : BalanceSides.missing(
        EXPLORATION_VS_EXPLOITATION, "revenue from products first sold in the last 12 months (TTM)",
        "revenue from older products (TTM)");
    BalanceSides concentration = sales != null ? sales.concentrationVsSpread() : BalanceSides.missing(
        CONCENTRATION_VS_SPREAD, "revenue of the top region or top 10 % of customers (TTM)",
        "revenue of the rest (TTM)");
    double lifetime = BalanceMeasures.medianLifetimeMonths(customers, facts, active, window);
    // Last: unit economics may still be computed on another thread; the other balances do not wait.
    double payback = Double.NaN;
    if (orders != null) {
      payback = paybackMonths(UnitEconomics.table(orders, customers, spend, options, cache));
    }
    return assemble(data, window, bands, acquisition, exploration, BalanceMeasures.growthVsChurn(flows),
        concentration, margin, lifetime, payback);
  }

  /**
   * The {@code balances} table from the measures of orders aggregated elsewhere (e.g. on a
   * cluster), with the other datasets read here exactly as {@link #table(Map, MetricOptions, Map)}
   * reads them: the same table when {@code parts} are the sums of the same orders.
   *
   * @param data the datasets other than orders (any subset; {@code orders} is ignored if present)
   * @param options {@code asOf}; the grain and dimension are not used
   * @param bands balance name to {@code [low, high]} overriding the defaults; may be empty
   * @param parts the order measures (see {@link OrderBalanceParts})
   * @param paybackMonths {@code cac_payback_months} of the {@code ALL} row of {@code
   *     unit_economics} computed with the same options, NaN when it has no row
   * @return {@code balances}, as {@link #table(Map, MetricOptions, Map)}
   * @since 0.3.0
   */
  public static Table fromOrderParts(Map<Dataset, Table> data, MetricOptions options, Map<String, double[]> bands,
      OrderBalanceParts parts, double paybackMonths) {
    TrailingYear window = TrailingYear.of(options);
    Table customers = data.get(Dataset.CUSTOMERS);
    BalanceSides growth = UnitEconomics.hasSpells(customers)
        ? BalanceMeasures.growthVsChurn(CustomerFlows.fromSpells(customers, window))
        : BalanceMeasures.growthVsChurn(parts.gained(), parts.lost());
    double margin = parts.hasCost() ? OrderBalances.marginPct(parts.ttmRevenue(), parts.ttmCost())
        : BalanceMeasures.financialsGrossMarginPct(data.get(Dataset.FINANCIALS), window);
    double lifetime = BalanceMeasures.customersGiveLifetimes(customers)
        ? BalanceMeasures.customersMedianLifetimeMonths(customers, window)
        : BalanceMeasures.ordersMedianLifetimeMonths(parts.lifetimes());
    BalanceSides concentration = parts.regionLabels() != null
        ? OrderBalances.regionSides(parts.regionLabels(), parts.regionRevenue())
        : OrderBalances.customerSides(parts.buyingCustomers(), parts.topCustomerRevenue(), parts.otherCustomerRevenue());
    return assemble(data, window, bands,
        OrderBalances.acquisitionSides(parts.newCustomerRevenue(), parts.returningCustomerRevenue()),
        OrderBalances.explorationSides(parts.productRevenue(), parts.newProductRevenue(), parts.olderProductRevenue()),
        growth, concentration, margin, lifetime, paybackMonths);
  }

  /**
   * @param unitEconomics a {@code unit_economics} table
   * @return its {@code ALL} row's {@code cac_payback_months} (the first row), NaN when it has none
   * @since 0.3.0
   */
  public static double paybackMonths(Table unitEconomics) {
    return unitEconomics.rowCount() == 0 ? Double.NaN : unitEconomics.doubleColumn("cac_payback_months").getDouble(0);
  }

  /** Every row from the order measures given and the other datasets of {@code data}. */
  private static Table assemble(Map<Dataset, Table> data, TrailingYear window, Map<String, double[]> bands,
      BalanceSides acquisition, BalanceSides exploration, BalanceSides growth, BalanceSides concentration,
      double grossMarginPct, double lifetimeMonths, double paybackMonths) {
    List<BalanceSides> rows = List.of(
        acquisition,
        BalanceMeasures.acquisitionVsRetentionSpend(data.get(Dataset.MARKETING_SPEND), window),
        exploration,
        growth,
        BalanceMeasures.shortVsLongTerm(paybackMonths, lifetimeMonths),
        concentration,
        BalanceMeasures.leverageVsPrudence(data.get(Dataset.FINANCIALS), window),
        BalanceMeasures.peopleVsProfit(data.get(Dataset.EMPLOYEES), grossMarginPct, window));
    return assemble(rows, bands);
  }

  /**
   * @param name a balance name
   * @param bands configured bands by balance name
   * @return the band {@code [low, high]} in force for the balance
   */
  static double[] band(String name, Map<String, double[]> bands) {
    double[] own = bands.get(name);
    if (own != null) {
      return own;
    }
    if (name.equals(ACQUISITION_VS_RETENTION_SPEND)) {
      return band(ACQUISITION_VS_RETENTION, bands);
    }
    return name.equals(PEOPLE_VS_PROFIT) ? new double[] {PEOPLE_LOW, PEOPLE_HIGH} : new double[] {LOW, HIGH};
  }

  /**
   * The status of two same-unit sides under a band (see the class comment).
   *
   * @param left the left value, NaN when missing
   * @param right the right value, NaN when missing
   * @param low the band's lower index bound
   * @param high the band's upper index bound
   * @return balanced, leans_left, leans_right or missing_data
   */
  static String status(double left, double right, double low, double high) {
    if (Double.isNaN(left) || Double.isNaN(right)) {
      return MISSING_DATA;
    }
    if (left == 0 && right == 0) {
      return BALANCED;
    }
    if (left < 0 || right < 0) {
      return left > right ? LEANS_LEFT : LEANS_RIGHT;
    }
    double index = Ratios.balanceIndex(left, right);
    return index > high ? LEANS_LEFT : index < low ? LEANS_RIGHT : BALANCED;
  }

  /**
   * The status of {@code people_vs_profit} (see the class comment).
   *
   * @param turnover the TTM employee turnover rate, NaN when missing
   * @param grossMarginPct the TTM gross margin %, NaN when missing
   * @param low the lowest healthy turnover
   * @param high the highest healthy turnover
   * @return balanced, leans_left, leans_right or missing_data
   */
  static String peopleStatus(double turnover, double grossMarginPct, double low, double high) {
    if (Double.isNaN(turnover) || Double.isNaN(grossMarginPct)) {
      return MISSING_DATA;
    }
    return turnover > high ? LEANS_RIGHT : turnover < low ? LEANS_LEFT : BALANCED;
  }

  private static Table assemble(List<BalanceSides> rows, Map<String, double[]> bands) {
    StringColumn balance = StringColumn.create("balance");
    StringColumn leftLabel = StringColumn.create("left_label");
    DoubleColumn left = DoubleColumn.create("left_value");
    StringColumn rightLabel = StringColumn.create("right_label");
    DoubleColumn right = DoubleColumn.create("right_value");
    DoubleColumn index = DoubleColumn.create("index");
    DoubleColumn low = DoubleColumn.create("band_low");
    DoubleColumn high = DoubleColumn.create("band_high");
    StringColumn status = StringColumn.create("status");
    for (BalanceSides row : rows) {
      double[] band = band(row.name(), bands);
      boolean comparable = row.indexed() && row.left() >= 0 && row.right() >= 0;
      balance.append(row.name());
      leftLabel.append(row.leftLabel());
      left.append(row.left());
      rightLabel.append(row.rightLabel());
      right.append(row.right());
      index.append(comparable ? Ratios.balanceIndex(row.left(), row.right()) : Double.NaN);
      low.append(band[0]);
      high.append(band[1]);
      status.append(row.indexed()
          ? status(row.left(), row.right(), band[0], band[1])
          : peopleStatus(row.left(), row.right(), band[0], band[1]));
    }
    return Table.create(TABLE, balance, leftLabel, left, rightLabel, right, index, low, high, status);
  }
}
