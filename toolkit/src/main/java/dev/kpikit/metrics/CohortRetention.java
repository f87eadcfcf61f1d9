package dev.kpikit.metrics;

import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Cohort retention in long format: {@code cohort_retention} (customers) and {@code
 * cohort_revenue_retention} (revenue), DESIGN §4, §5.
 *
 * <p>A customer's cohort is the period of its first row with amount &gt; 0; customers with only
 * refunds and guest rows belong to no cohort. For cohort {@code c} and offset {@code k = 0, 1, …}
 * (in periods of the grain):
 *
 * <ul>
 *   <li>{@code active_customers(c, k)}: customers of the cohort with a row with amount &gt; 0 in
 *       period {@code c + k} (a customer who skips a period and comes back counts again);
 *       {@code retention = active_customers / cohort_size} (ratio 0–1; 1 at offset 0);
 *   <li>{@code revenue(c, k)}: sum of the amounts of the cohort's customers in {@code c + k},
 *       refunds included (currency); {@code revenue_retention = revenue(c, k) / revenue(c, 0)},
 *       missing when the offset-0 revenue is 0. Refunds a customer got before its cohort period are
 *       left out.
 * </ul>
 *
 * <p>Rows: every cohort with at least one customer (periods without new customers have no cohort),
 * with offsets {@code 0 .. min(maxOffset, lastPeriod - c)}: cells after the period containing {@code
 * asOf} are absent, not 0. The last offset of each cohort may be a partial period when {@code asOf}
 * is not a period end ({@link MetricOptions#isComplete}). By default all offsets are kept ({@code
 * maxOffset} unlimited); pass one to cap wide tables (e.g. 12 or 24 months). Sorted by cohort,
 * dimension value, offset. When split, a customer belongs to the dimension value of its first
 * positive row and all its later rows count for that value.
 *
 * @since 0.1.0
 */
public final class CohortRetention {
  /** The name of the customer retention table. */
  public static final String CUSTOMERS_TABLE = "cohort_retention";
  /** The name of the revenue retention table. */
  public static final String REVENUE_TABLE = "cohort_revenue_retention";
  /** Keeps every offset up to {@code asOf}. */
  public static final int ALL_OFFSETS = Integer.MAX_VALUE;

  private CohortRetention() {}

  /**
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @return as {@link #table(Table, MetricOptions)}
   * @deprecated since 0.2.0, for removal in 1.0: renamed {@link #table(Table, MetricOptions)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table customers(Table orders, MetricOptions options) {
    return table(orders, options);
  }

  /**
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @param maxOffset the largest offset to report, or {@link #ALL_OFFSETS}
   * @return as {@link #table(Table, MetricOptions, int)}
   * @deprecated since 0.2.0, for removal in 1.0: renamed {@link #table(Table, MetricOptions, int)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table customers(Table orders, MetricOptions options, int maxOffset) {
    return table(orders, options, maxOffset);
  }

  /**
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @return as {@link #revenueTable(Table, MetricOptions)}
   * @deprecated since 0.2.0, for removal in 1.0: renamed {@link #revenueTable(Table, MetricOptions)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table revenue(Table orders, MetricOptions options) {
    return revenueTable(orders, options);
  }

  /**
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @param maxOffset the largest offset to report, or {@link #ALL_OFFSETS}
   * @return as {@link #revenueTable(Table, MetricOptions, int)}
   * @deprecated since 0.2.0, for removal in 1.0: renamed {@link #revenueTable(Table, MetricOptions,
   *     int)}
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table revenue(Table orders, MetricOptions options, int maxOffset) {
    return revenueTable(orders, options, maxOffset);
  }

  /**
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @return {@code cohort_retention}: cohort, [dimension], cohort_size, offset, active_customers,
   *     retention, with all offsets
   */
  public static Table table(Table orders, MetricOptions options) {
    return table(orders, options, ALL_OFFSETS);
  }

  /**
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @param maxOffset the largest offset to report (0 or more), or {@link #ALL_OFFSETS}
   * @return {@code cohort_retention} with offsets up to {@code maxOffset}
   * @throws IllegalArgumentException when {@code maxOffset} is negative or {@code options.by()}
   *     is not a column of {@code orders}
   */
  public static Table table(Table orders, MetricOptions options, int maxOffset) {
    return table(orders, options, maxOffset, OrderFactsCache.none());
  }

  /**
   * As {@link #table(Table, MetricOptions, int)}, reusing indexed orders.
   *
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @param maxOffset the largest offset to report (0 or more), or {@link #ALL_OFFSETS}
   * @param facts where indexed orders are shared with the run's other order metrics
   * @return {@code cohort_retention} with offsets up to {@code maxOffset}
   * @throws IllegalArgumentException when {@code maxOffset} is negative or {@code options.by()}
   *     is not a column of {@code orders}
   */
  static Table table(
      Table orders, MetricOptions options, int maxOffset, OrderFactsCache facts) {
    SplitCheck.require(CUSTOMERS_TABLE, orders, "orders", options.by());
    return table(facts.of(orders, null, options), maxOffset);
  }

  /**
   * @param facts indexed orders
   * @param maxOffset the largest offset to report (0 or more), or {@link #ALL_OFFSETS}
   * @return {@code cohort_retention} for the facts' options
   */
  static Table table(OrderFacts facts, int maxOffset) {
    Cohorts cohorts = Cohorts.of(facts, maxOffset);
    int[] active = new int[cohorts.cellCount()];
    ActiveMonths activeMonths = facts.activeMonths();
    for (int c = 0; c < activeMonths.customers(); c++) {
      for (int i = activeMonths.offset[c]; i < activeMonths.offset[c + 1]; i++) {
        active[cohorts.cellOf(c, activeMonths.period[i])]++;
      }
    }
    return table(cohorts, cell -> active[cell]);
  }

  /**
   * Assembles {@code cohort_retention} from the grid and its active customers per cell: the
   * assembly both engines share.
   *
   * @param cohorts the cohort grid
   * @param active per cell of the grid, its active customers
   * @return {@code cohort_retention}
   */
  static Table table(Cohorts cohorts, IntUnaryOperator active) {
    IntColumn size = IntColumn.create("cohort_size");
    IntColumn offset = IntColumn.create("offset");
    IntColumn activeCol = IntColumn.create("active_customers");
    DoubleColumn retention = DoubleColumn.create("retention");
    cohorts.visit((cohortSize, k, cell) -> {
      int customers = active.applyAsInt(cell);
      size.append(cohortSize);
      offset.append(k);
      activeCol.append(customers);
      retention.append(Ratios.divide(customers, cohortSize));
    });
    return cohorts.keys().table(CUSTOMERS_TABLE, size, offset, activeCol, retention);
  }

  /**
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @return {@code cohort_revenue_retention}: cohort, [dimension], offset, revenue,
   *     revenue_retention, with all offsets
   */
  public static Table revenueTable(Table orders, MetricOptions options) {
    return revenueTable(orders, options, ALL_OFFSETS);
  }

  /**
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @param maxOffset the largest offset to report (0 or more), or {@link #ALL_OFFSETS}
   * @return {@code cohort_revenue_retention} with offsets up to {@code maxOffset}
   * @throws IllegalArgumentException when {@code maxOffset} is negative or {@code options.by()}
   *     is not a column of {@code orders}
   */
  public static Table revenueTable(Table orders, MetricOptions options, int maxOffset) {
    return revenueTable(orders, options, maxOffset, OrderFactsCache.none());
  }

  /**
   * As {@link #revenueTable(Table, MetricOptions, int)}, reusing indexed orders.
   *
   * @param orders a canonical orders table
   * @param options grain, {@code asOf} and optional dimension
   * @param maxOffset the largest offset to report (0 or more), or {@link #ALL_OFFSETS}
   * @param facts where indexed orders are shared with the run's other order metrics
   * @return {@code cohort_revenue_retention} with offsets up to {@code maxOffset}
   * @throws IllegalArgumentException when {@code maxOffset} is negative or {@code options.by()}
   *     is not a column of {@code orders}
   */
  static Table revenueTable(
      Table orders, MetricOptions options, int maxOffset, OrderFactsCache facts) {
    SplitCheck.require(REVENUE_TABLE, orders, "orders", options.by());
    return revenueTable(facts.of(orders, null, options), maxOffset);
  }

  /**
   * @param facts indexed orders
   * @param maxOffset the largest offset to report (0 or more), or {@link #ALL_OFFSETS}
   * @return {@code cohort_revenue_retention} for the facts' options
   */
  static Table revenueTable(OrderFacts facts, int maxOffset) {
    Cohorts cohorts = Cohorts.of(facts, maxOffset);
    CompensatedSums sums = new CompensatedSums(cohorts.cellCount());
    RowCohorts rows = facts.rowCohorts();
    for (int r = 0; r < facts.rowCount(); r++) {
      int cell = cohorts.cellOf(rows, r);
      if (cell >= 0) {
        sums.add(cell, facts.amount(r));
      }
    }
    return revenueTable(cohorts, sums::get);
  }

  /**
   * Assembles {@code cohort_revenue_retention} from the grid and its revenue per cell: the assembly
   * both engines share.
   *
   * @param cohorts the cohort grid
   * @param revenue per cell of the grid, the revenue of its customers (0 for an empty cell)
   * @return {@code cohort_revenue_retention}
   */
  static Table revenueTable(Cohorts cohorts, IntToDoubleFunction revenue) {
    IntColumn offset = IntColumn.create("offset");
    DoubleColumn revenueCol = DoubleColumn.create("revenue");
    DoubleColumn retention = DoubleColumn.create("revenue_retention");
    cohorts.visit((cohortSize, k, cell) -> {
      offset.append(k);
      revenueCol.append(revenue.applyAsDouble(cell));
      retention.append(Ratios.divide(revenue.applyAsDouble(cell), revenue.applyAsDouble(cell - k)));
    });
    return cohorts.keys().table(REVENUE_TABLE, offset, revenueCol, retention);
  }
}
