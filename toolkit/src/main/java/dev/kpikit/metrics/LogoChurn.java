package dev.kpikit.metrics;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Customer (logo) counts and churn per period from subscription spells: the {@code churn_monthly}
 * table of DESIGN §5.
 *
 * <p>Definitions (DESIGN §4), counting <em>customers</em>, not spells:
 *
 * <ul>
 *   <li>{@code end_date} is the first inactive day; a customer is active on day d when one of its
 *       spells has {@code start_date <= d} and ({@code end_date} missing or {@code > d}).
 *   <li>Spells of one customer that overlap or touch (the next one starts on or before the day the
 *       previous one ends, e.g. a plan change) are one continuous span of activity: a plan change
 *       is neither a churn nor a reactivation.
 *   <li>{@code customers_end} = customers active on the last day of the period; {@code
 *       customers_start} = customers active on the last day of the previous period.
 *   <li>{@code new}: the customer's first span starts in the period. {@code reactivated}: a later
 *       span starts in the period. {@code churned}: a span ends (its first inactive day falls) in
 *       the period.
 *   <li>Each customer counts at most once per column and period, so that {@code customers_end =
 *       customers_start + new + reactivated - churned} always holds: a customer whose status at
 *       the two period ends is the same but who left and (re)joined in between (a spell starting
 *       and ending in the same month, or a gap inside the month) counts once in {@code new} or
 *       {@code reactivated} and once in {@code churned}; a customer whose status changes counts
 *       only in the direction of the change (joined: {@code new} or {@code reactivated}; left:
 *       {@code churned}), whatever brief spans it had in between.
 *   <li>{@code logo_churn_rate = churned / customers_start} (ratio 0–1), missing when {@code
 *       customers_start = 0}.
 * </ul>
 *
 * <p>Periods run from the one of the earliest spell start to the one containing {@code asOf}.
 * Spells starting after {@code asOf} are ignored and ends after it are not known yet, so the last
 * period, when incomplete, is counted up to {@code asOf} (period to date; see {@link
 * MetricOptions#isComplete}). Rows without {@code customer_id} are not customers and are ignored.
 * With {@code by}, a customer's segment is the dimension value of its first spell (see {@link
 * CustomerSpells}); every segment gets a row for every period, and the segments add up to the
 * total.
 *
 * @since 0.1.0
 */
public final class LogoChurn {
  /** The output table's name. */
  public static final String TABLE = "churn_monthly";

  private LogoChurn() {}

  /**
   * @param spells the {@code customers} table in spell shape
   * @param options grain, {@code asOf} and optional dimension
   * @return as {@link #table(Table, MetricOptions)}
   * @deprecated since 0.2.0, for removal in 1.0: renamed {@link #table(Table, MetricOptions)} (one
   *     verb for every metric family)
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table byPeriod(Table spells, MetricOptions options) {
    return table(spells, options);
  }

  /**
   * Computes {@code churn_monthly}.
   *
   * @param spells the {@code customers} table in spell shape (customer_id, start_date, optional
   *     end_date and dimension columns)
   * @param options grain, {@code asOf} and optional dimension
   * @return columns: period ({@code month} by default), [dimension], customers_start, new,
   *     reactivated, churned, customers_end (customers, IntColumn), logo_churn_rate (ratio,
   *     DoubleColumn, missing when customers_start is 0); no rows when there are no spells
   * @throws NotComputableException when {@code options.by()} names a column the table lacks
   * @since 0.1.0
   */
  public static Table table(Table spells, MetricOptions options) {
    CustomerSpells indexed = CustomerSpells.of(spells, options, TABLE);
    SpellGrid grid = new SpellGrid(indexed);
    Counts counts = new Counts(grid.rows());
    ActiveSpans spans = ActiveSpans.of(indexed);
    for (int c = 0; c < indexed.customers; c++) {
      countCustomer(spans, c, indexed.segment[c], grid, counts);
    }
    int[] end = new int[grid.rows()];
    int[] start = new int[grid.rows()];
    double[] rate = new double[grid.rows()];
    for (int r = 0; r < grid.rows(); r++) {
      start[r] = r < grid.segments ? 0 : end[r - grid.segments];
      end[r] = start[r] + counts.fresh[r] + counts.reactivated[r] - counts.churned[r];
      rate[r] = Ratios.divide(counts.churned[r], start[r]);
    }
    Table out = grid.leadingColumns(TABLE, options);
    out.addColumns(
        IntColumn.create("customers_start", start),
        IntColumn.create("new", counts.fresh),
        IntColumn.create("reactivated", counts.reactivated),
        IntColumn.create("churned", counts.churned),
        IntColumn.create("customers_end", end),
        DoubleColumn.create("logo_churn_rate", rate));
    return out;
  }

  /** Per-row counts of customers joining and leaving. */
  private static final class Counts {
    final int[] fresh;
    final int[] reactivated;
    final int[] churned;

    Counts(int rows) {
      fresh = new int[rows];
      reactivated = new int[rows];
      churned = new int[rows];
    }
  }

  /**
   * Walks one customer's span boundaries in time order (start, end, start, end, ...: spans are
   * disjoint, so their periods never decrease), grouping the boundaries that fall in one period,
   * and applies the counting rules of the class comment to each group.
   */
  private static void countCustomer(ActiveSpans spans, int c, int segment, SpellGrid grid, Counts counts) {
    int first = spans.offset[c];
    int boundaries = 2 * (spans.offset[c + 1] - first);
    if (spans.isOpen(first + boundaries / 2 - 1)) {
      boundaries--;
    }
    boolean active = false;
    boolean joinedBefore = false;
    int b = 0;
    while (b < boundaries) {
      int period = boundaryPeriod(spans, first, b);
      boolean activeBefore = active;
      boolean joins = false;
      boolean leaves = false;
      for (; b < boundaries && boundaryPeriod(spans, first, b) == period; b++) {
        active = b % 2 == 0;
        joins |= active;
        leaves |= !active;
      }
      int r = grid.row(period, segment);
      if (joins && !(activeBefore && !active)) {
        if (joinedBefore) {
          counts.reactivated[r]++;
        } else {
          counts.fresh[r]++;
        }
      }
      if (leaves && !(!activeBefore && active)) {
        counts.churned[r]++;
      }
      joinedBefore = true;
    }
  }

  /** Boundary {@code b} of a customer: even = start of span b/2, odd = its end. */
  private static int boundaryPeriod(ActiveSpans spans, int first, int b) {
    int span = first + b / 2;
    return b % 2 == 0 ? spans.startPeriod[span] : spans.endPeriod[span];
  }
}
