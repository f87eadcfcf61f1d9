package dev.kpikit.metrics;

import java.util.Arrays;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * Monthly recurring revenue and its movements per period: the {@code mrr_movements} table of
 * DESIGN §5, in the currency of the {@code mrr} column.
 *
 * <p>A customer's MRR at the end of a period is the sum of the {@code mrr} of its spells active on
 * the period's last day (a spell with a missing {@code mrr} adds 0; overlapping spells add up). For
 * each customer, its MRR x at the end of the previous period and y at the end of this one give one
 * movement:
 *
 * <ul>
 *   <li>x = 0, y ≠ 0: {@code new} (+y) when the customer never had MRR at an earlier period end,
 *       else {@code reactivation} (+y);
 *   <li>x ≠ 0, y = 0: {@code churned} (+x);
 *   <li>both ≠ 0: {@code expansion} (+(y - x)) when {@code y > x}, {@code contraction} (+(x -
 *       y)) when {@code y < x}.
 * </ul>
 *
 * All movements are reported as non-negative amounts, so {@code mrr_end = mrr_start + new +
 * expansion - contraction - churned + reactivation}, and {@code mrr_start} is the previous row's
 * {@code mrr_end}. Only period ends matter: a spell that starts and ends within one period never
 * shows here (it does in {@link LogoChurn}).
 *
 * <p>Ratios (missing when the denominator is 0): {@code nrr = (mrr_start + expansion - contraction
 * - churned) / mrr_start}; {@code grr = (mrr_start - contraction - churned) / mrr_start}; {@code
 * quick_ratio = (new + expansion + reactivation) / (contraction + churned)}. The trailing column
 * {@code nrr_12m} is the 12-month net revenue retention: the MRR at the end of this period of the
 * customers who had MRR (≠ 0) at the end of the period 12 months earlier (12 months, 4 quarters, 1
 * year or 52 weeks), divided by their MRR then; it is missing for the first 12 months of data.
 *
 * <p>Periods, {@code asOf} (the last period is counted up to {@code asOf} when incomplete), rows
 * without {@code customer_id} and segments with {@code by} work as in {@link LogoChurn}.
 *
 * @since 0.1.0
 */
public final class MrrMovements {
  /** The output table's name. */
  public static final String TABLE = "mrr_movements";

  /** The amounts summed per output row. */
  private enum Measure {
    MRR_END,
    NEW,
    EXPANSION,
    CONTRACTION,
    CHURNED,
    REACTIVATION,
    /** 12-month NRR denominator: MRR 12 months earlier of the customers who had some. */
    NRR_BASE,
    /** 12-month NRR numerator: those customers' MRR now. */
    NRR_KEPT
  }

  private MrrMovements() {}

  /**
   * @param spells the {@code customers} table in spell shape, with an {@code mrr} column
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
   * Computes {@code mrr_movements}.
   *
   * @param spells the {@code customers} table in spell shape, with an {@code mrr} column
   * @param options grain, {@code asOf} and optional dimension
   * @return columns: period ({@code month} by default), [dimension], mrr_start, new, expansion,
   *     contraction, churned, reactivation, mrr_end (currency), nrr, grr, quick_ratio, nrr_12m
   *     (ratios); all DoubleColumn, missing = NaN; no rows when there are no spells
   * @throws NotComputableException when the table has no {@code mrr} column (the table is not
   *     computable; callers skip it), or {@code options.by()} names a column the table lacks
   * @since 0.1.0
   */
  public static Table table(Table spells, MetricOptions options) {
    CustomerSpells indexed = CustomerSpells.of(spells, options, TABLE);
    double[] mrr = indexed.mrr(spells);
    SpellGrid grid = new SpellGrid(indexed);
    CompensatedSums sums = new CompensatedSums(Measure.values().length, grid.rows());
    double[] customerMrr = new double[grid.periods];
    int lag = periodsInTwelveMonths(options.periods().grain());
    for (int c = 0; c < indexed.customers; c++) {
      addCustomer(indexed, mrr, c, customerMrr, lag, grid, sums);
    }
    return table(grid, sums, options);
  }

  /**
   * Fills the customer's MRR per period end into {@code customerMrr} (all zeros on entry and on
   * exit), then adds its movements and 12-month NRR parts to {@code sums}.
   */
  private static void addCustomer(
      CustomerSpells spells, double[] mrr, int c, double[] customerMrr, int lag, SpellGrid grid, CompensatedSums sums) {
    int from = spells.firstPeriod;
    int first = Integer.MAX_VALUE;
    int until = 0;
    for (int k = spells.offset[c]; k < spells.offset[c + 1]; k++) {
      int end = Math.min(spells.endPeriod[k], spells.lastPeriod + 1);
      for (int p = spells.startPeriod[k]; p < end; p++) {
        customerMrr[p - from] += mrr[k];
      }
      first = Math.min(first, spells.startPeriod[k] - from);
      until = Math.max(until, end - from);
    }
    int segment = spells.segment[c];
    boolean hadMrr = false;
    for (int p = first; p <= Math.min(until, grid.periods - 1); p++) {
      double x = p == 0 ? 0 : customerMrr[p - 1];
      double y = customerMrr[p];
      int r = grid.row(from + p, segment);
      sums.add(Measure.MRR_END, r, y);
      if (x == 0 && y != 0) {
        sums.add(hadMrr ? Measure.REACTIVATION : Measure.NEW, r, y);
      } else if (x != 0 && y == 0) {
        sums.add(Measure.CHURNED, r, x);
      } else if (y > x) {
        sums.add(Measure.EXPANSION, r, y - x);
      } else if (y < x) {
        sums.add(Measure.CONTRACTION, r, x - y);
      }
      hadMrr |= y != 0;
    }
    for (int p = first + lag; p < Math.min(until + lag, grid.periods); p++) {
      double base = customerMrr[p - lag];
      if (base != 0) {
        int r = grid.row(from + p, segment);
        sums.add(Measure.NRR_BASE, r, base);
        sums.add(Measure.NRR_KEPT, r, customerMrr[p]);
      }
    }
    Arrays.fill(customerMrr, first, Math.min(until, grid.periods), 0);
  }

  private static Table table(SpellGrid grid, CompensatedSums sums, MetricOptions options) {
    int rows = grid.rows();
    double[] end = sums.totals(Measure.MRR_END);
    double[] gained = sums.totals(Measure.NEW);
    double[] expansion = sums.totals(Measure.EXPANSION);
    double[] contraction = sums.totals(Measure.CONTRACTION);
    double[] churned = sums.totals(Measure.CHURNED);
    double[] reactivation = sums.totals(Measure.REACTIVATION);
    double[] kept = sums.totals(Measure.NRR_KEPT);
    double[] base = sums.totals(Measure.NRR_BASE);
    double[] start = new double[rows];
    double[] nrr = new double[rows];
    double[] grr = new double[rows];
    double[] quick = new double[rows];
    double[] nrr12 = new double[rows];
    for (int r = 0; r < rows; r++) {
      start[r] = r < grid.segments ? 0 : end[r - grid.segments];
      double lost = contraction[r] + churned[r];
      nrr[r] = Ratios.divide(start[r] + expansion[r] - lost, start[r]);
      grr[r] = Ratios.divide(start[r] - lost, start[r]);
      quick[r] = Ratios.divide(gained[r] + expansion[r] + reactivation[r], lost);
      nrr12[r] = Ratios.divide(kept[r], base[r]);
    }
    Table out = grid.leadingColumns(TABLE, options);
    out.addColumns(
        DoubleColumn.create("mrr_start", start),
        DoubleColumn.create("new", gained),
        DoubleColumn.create("expansion", expansion),
        DoubleColumn.create("contraction", contraction),
        DoubleColumn.create("churned", churned),
        DoubleColumn.create("reactivation", reactivation),
        DoubleColumn.create("mrr_end", end),
        DoubleColumn.create("nrr", nrr),
        DoubleColumn.create("grr", grr),
        DoubleColumn.create("quick_ratio", quick),
        DoubleColumn.create("nrr_12m", nrr12));
    return out;
  }

  /**
   * @param grain a period grain
   * @return how many periods make 12 months (52 for weeks)
   */
  static int periodsInTwelveMonths(Grain grain) {
    return switch (grain) {
      case WEEK -> 52;
      case MONTH -> 12;
      case QUARTER -> 4;
      case YEAR -> 1;
    };
  }

  /**
   * Several rows of sums accumulated with Neumaier's compensated summation, so totals do not
   * depend on the order the amounts arrive in (to about 1e-16 relative).
   */
  private static final class CompensatedSums {
    private final double[][] sum;
    private final double[][] compensation;

    CompensatedSums(int measures, int rows) {
      sum = new double[measures][rows];
      compensation = new double[measures][rows];
    }

    void add(Measure measure, int row, double value) {
      int m = measure.ordinal();
      double s = sum[m][row];
      double t = s + value;
      compensation[m][row] += Math.abs(s) >= Math.abs(value) ? (s - t) + value : (value - t) + s;
      sum[m][row] = t;
    }

    double[] totals(Measure measure) {
      int m = measure.ordinal();
      double[] out = new double[sum[m].length];
      for (int r = 0; r < out.length; r++) {
        out[r] = sum[m][r] + compensation[m][r];
      }
      return out;
    }
  }
}
