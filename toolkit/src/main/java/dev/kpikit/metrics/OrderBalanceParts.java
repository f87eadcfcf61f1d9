package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.Objects;
import tech.tablesaw.api.Table;

/**
 * The measures of {@link Balances} read from orders, as the few numbers an engine that keeps the
 * orders elsewhere (a cluster) aggregates, so that {@link Balances#fromOrderParts} assembles the
 * same table from them as {@link Balances#table} does from the rows. Every measure is over the
 * trailing twelve months ({@link #ttmFirstMonth}..{@link #ttmLastMonth}, month indexes of {@link
 * Periods#MONTHLY}) and over the <em>kept</em> rows: dated on or before {@code asOf}, with a date
 * and an amount. A <em>positive</em> row has amount &gt; 0; a guest row has no customer_id.
 *
 * @param newCustomerRevenue TTM revenue (refunds included) of rows in their customer's first month
 *     (the month of its first positive row); guests and never-active customers left out
 * @param returningCustomerRevenue the same of rows in any later month of their customer
 * @param productRevenue whether exploration can be measured: orders have {@code product}, some row
 *     is kept and the earliest kept month is before the TTM
 * @param newProductRevenue TTM revenue of rows whose product's first positive sale (any customer)
 *     is in the TTM or never happened; rows without a product left out (0 when {@code
 *     !productRevenue})
 * @param olderProductRevenue TTM revenue of rows whose product was first sold before the TTM
 * @param gained customers gained in the TTM under the lapse rule ({@link CustomerFlows}): a first
 *     positive month, or one more than {@value CustomerFlows#LAPSE_MONTHS} months after the
 *     previous, in the TTM
 * @param lost customers lost in the TTM: a positive month not followed by another within {@value
 *     CustomerFlows#LAPSE_MONTHS} months, plus {@value CustomerFlows#LAPSE_MONTHS}, in the TTM
 * @param lifetimes the orders-only lifetimes (runs of positive months without a 12-month gap) as
 *     counts for {@link Survival#fromCounts}: segment {@code ALL}, time = months from the run's
 *     first to last month + 1, events = runs whose lapse is seen by {@link #ttmLastMonth}, censored
 *     = the others
 * @param regionLabels with a {@code region} column: the distinct regions of kept rows (missing
 *     left out) in natural order; null without the column
 * @param regionRevenue TTM revenue per region of {@code regionLabels} (0 for a region without a
 *     TTM row); null without the column
 * @param buyingCustomers customers (not guests) with a kept row in the TTM
 * @param topCustomerRevenue TTM revenue of the {@link #topCustomers} of them with the most TTM
 *     revenue
 * @param otherCustomerRevenue TTM revenue of the other buying customers
 * @param hasCost whether orders have a {@code cost} column
 * @param ttmRevenue TTM revenue of every kept row (0 without rows)
 * @param ttmCost TTM sum of the known costs, NaN when none is known
 * @since 0.3.0
 */
public record OrderBalanceParts(
    double newCustomerRevenue,
    double returningCustomerRevenue,
    boolean productRevenue,
    double newProductRevenue,
    double olderProductRevenue,
    long gained,
    long lost,
    Table lifetimes,
    String[] regionLabels,
    double[] regionRevenue,
    long buyingCustomers,
    double topCustomerRevenue,
    double otherCustomerRevenue,
    boolean hasCost,
    double ttmRevenue,
    double ttmCost) {

  /** Checks that regions come with their revenue. */
  public OrderBalanceParts {
    Objects.requireNonNull(lifetimes, "lifetimes");
    if ((regionLabels == null) != (regionRevenue == null)
        || regionLabels != null && regionLabels.length != regionRevenue.length) {
      throw new IllegalArgumentException("one TTM revenue per region");
    }
  }

  /**
   * @param options the run's options ({@code asOf}; grain and dimension not used)
   * @return the first month of the TTM, a {@link Periods#MONTHLY} index
   */
  public static int ttmFirstMonth(MetricOptions options) {
    return TrailingYear.of(options).first;
  }

  /**
   * @param options the run's options ({@code asOf}; grain and dimension not used)
   * @return the last month of the TTM: the last complete month on {@code asOf}
   */
  public static int ttmLastMonth(MetricOptions options) {
    return TrailingYear.of(options).last;
  }

  /**
   * @param date a date
   * @return its {@link Periods#MONTHLY} month index, as the balances read it
   */
  public static int month(LocalDate date) {
    return Periods.MONTHLY.index(date);
  }

  /**
   * @param buyingCustomers customers who bought in the TTM
   * @return how many of them are the top 10 % (rounded up)
   */
  public static int topCustomers(long buyingCustomers) {
    return (int) Math.ceil(OrderBalances.TOP_CUSTOMER_SHARE * buyingCustomers);
  }
}
