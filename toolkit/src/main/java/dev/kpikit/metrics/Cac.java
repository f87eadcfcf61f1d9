package dev.kpikit.metrics;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Customer acquisition cost: the {@code cac_monthly} table, and the retention spend that CAC leaves
 * out (DESIGN §4, §5).
 *
 * <p>{@code cac(period, channel) = spend(period, channel) / new_customers(period, channel)}, in
 * currency per customer; channel {@code ALL} is blended: all acquisition spend of the period / all
 * new customers of the period (spend on channels that acquired nobody is included). New customers
 * are as in {@link NewCustomers}. Spend rows whose {@code purpose} is {@code retention} (ignoring
 * case) are excluded; rows with any other or no purpose are acquisition spend. A spend period that
 * is a date inside a period counts for that period; several rows of a period and channel are
 * summed.
 *
 * <p>Edge cases: spend but no new customers → cac missing (no customer to divide by); new customers
 * but no spend row → spend 0 and cac 0 (nothing was spent on that channel, e.g. organic); neither
 * (a channel in a later period) → spend 0, new_customers 0, cac missing. Channels are matched by
 * exact label between orders (or customers) and spend.
 *
 * <p>Rows: for each period, {@code ALL} then the channels in natural order; each channel runs from
 * its first period with spend or a new customer to {@code asOf}. When split by a dimension, the
 * spend table must have that column too; splitting by {@code channel} adds nothing and is ignored.
 *
 * @since 0.1.0
 */
public final class Cac {
  /** The output table's name. */
  public static final String TABLE = "cac_monthly";

  private Cac() {}

  /**
   * @param orders a canonical orders table
   * @param spend a canonical marketing_spend table (period, channel, spend; optional purpose)
   * @param options grain, {@code asOf} and optional dimension
   * @return {@code cac_monthly}: period, [dimension], channel, spend, new_customers, cac
   * @throws NotComputableException when {@code options.by()} is missing from an input
   */
  public static Table table(Table orders, Table spend, MetricOptions options) {
    return table(orders, null, spend, options);
  }

  /**
   * @param orders a canonical orders table
   * @param customers a table with customer_id and channel overriding the acquisition channel, or
   *     null
   * @param spend a canonical marketing_spend table
   * @param options grain, {@code asOf} and optional dimension
   * @return {@code cac_monthly}: period, [dimension], channel, spend, new_customers, cac
   * @throws NotComputableException when {@code options.by()} is missing from an input
   */
  public static Table table(Table orders, Table customers, Table spend, MetricOptions options) {
    return table(orders, customers, spend, options, OrderFactsCache.none());
  }

  /**
   * As {@link #table(Table, Table, Table, MetricOptions)}, reusing indexed orders.
   *
   * @param orders a canonical orders table
   * @param customers a table with customer_id and channel overriding the acquisition channel, or
   *     null
   * @param spend a canonical marketing_spend table
   * @param options grain, {@code asOf} and optional dimension
   * @param facts where indexed orders are shared with the run's other order metrics
   * @return {@code cac_monthly}: period, [dimension], channel, spend, new_customers, cac
   * @throws NotComputableException when {@code options.by()} is missing from an input
   */
  static Table table(
      Table orders, Table customers, Table spend, MetricOptions options, OrderFactsCache facts) {
    MetricOptions o = NewCustomers.withoutChannelSplit(options);
    SplitCheck.require(TABLE, orders, "orders", o.by());
    SplitCheck.require(TABLE, spend, "marketing_spend", o.by());
    return table(NewCustomerCounts.of(facts.of(orders, customers, o)), spend);
  }

  /**
   * Assembles {@code cac_monthly} from new customers already counted (by this toolkit's orders
   * index or by another engine) and the marketing spend: the {@code ALL} row and the channel rows
   * of each period, spend summed per cell, CAC as described above.
   *
   * @param counts new customers per cohort period, dimension value and acquisition channel
   * @param spend a canonical marketing_spend table
   * @return {@code cac_monthly}: period, [dimension], channel, spend, new_customers, cac
   * @throws NotComputableException when the counts are split by a dimension {@code spend} lacks
   * @since 0.3.0
   */
  public static Table table(NewCustomerCounts counts, Table spend) {
    MetricOptions o = counts.options();
    SplitCheck.require(TABLE, spend, "marketing_spend", o.by());
    AcquisitionGrid grid = AcquisitionGrid.of(counts, MarketingSpend.of(spend, o));
    KeyColumns keys = new KeyColumns(o.periodColumn(), o.by());
    StringColumn channel = StringColumn.create("channel");
    DoubleColumn spendCol = DoubleColumn.create("spend");
    IntColumn count = IntColumn.create("new_customers");
    DoubleColumn cac = DoubleColumn.create("cac");
    grid.visit((period, dimension, ch, newCustomers, spent) -> {
      keys.append(o.periods().label(period), dimension);
      channel.append(ch);
      spendCol.append(spent);
      count.append(newCustomers);
      cac.append(Ratios.divide(spent, newCustomers));
    });
    return keys.table(TABLE, channel, spendCol, count, cac);
  }

  /**
   * Retention spend per period: the marketing spend with {@code purpose = retention} that CAC
   * excludes, for the acquisition-vs-retention balance.
   *
   * <p>Rows: each period (and dimension value) from its first spend row of any purpose to {@code
   * asOf}. {@code retention_spend} is the sum of retention rows (0 when there are none in the
   * period), or missing in every row when the spend table has no purpose column (then retention
   * spend is unknown, not zero).
   *
   * @param spend a canonical marketing_spend table
   * @param options grain, {@code asOf} and optional dimension
   * @return a table: period, [dimension], retention_spend (currency)
   * @throws NotComputableException when {@code options.by()} is not a column of {@code spend}
   */
  static Table retentionSpend(Table spend, MetricOptions options) {
    SplitCheck.require("retention spend", spend, "marketing_spend", options.by());
    MarketingSpend rows = MarketingSpend.of(spend, options);
    int min = PeriodPanel.NEVER;
    for (int r = 0; r < rows.rowCount(); r++) {
      min = Math.min(min, rows.period[r]);
    }
    int periods = min == PeriodPanel.NEVER ? 0 : options.lastPeriod() - min + 1;
    int dims = rows.dimensionLabels.length;
    CompensatedSums sums = new CompensatedSums(periods * dims);
    int[] first = PeriodPanel.firstPeriods(dims);
    for (int r = 0; r < rows.rowCount(); r++) {
      int p = rows.period[r] - min;
      first[rows.dimension[r]] = Math.min(first[rows.dimension[r]], p);
      sums.add(rows.dimension[r] * periods + p, rows.retention[r] ? rows.spend[r] : 0);
    }
    KeyColumns keys = new KeyColumns(options.periodColumn(), options.by());
    DoubleColumn retention = DoubleColumn.create("retention_spend");
    for (int p = 0; p < periods; p++) {
      for (int d = 0; d < dims; d++) {
        if (p >= first[d]) {
          keys.append(options.periods().label(min + p), rows.dimensionLabels[d]);
          retention.append(rows.hasPurpose ? sums.get(d * periods + p) : Double.NaN);
        }
      }
    }
    return keys.table("retention_spend", retention);
  }
}
