package dev.kpikit.metrics;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Employee turnover per period from employment spells (DESIGN §4 "Operations"), the table {@code
 * employee_turnover}: {@code month, [by], headcount_start, hires, separations, headcount_end,
 * avg_headcount, turnover_rate, voluntary_turnover_rate, ttm_turnover_rate}.
 *
 * <p>Input: one row per employment spell ({@code employee_id, hire_date, termination_date?,
 * termination_type?}); a rehired employee has one row per spell. {@code termination_date} is the
 * first day no longer employed; missing means still employed. An employee is employed on day d iff
 * {@code hire_date <= d} and ({@code termination_date} missing or {@code > d}). Spells of one
 * employee are assumed not to overlap (each spell counts once in the headcount).
 *
 * <ul>
 *   <li><b>headcount_start</b> / <b>headcount_end</b> (employees): employed on the last day of the
 *       previous period / of the period, so {@code end = start + hires - separations}. For the
 *       incomplete period holding {@code asOf}, the end headcount is as known at {@code asOf}.
 *   <li><b>hires</b>: spells whose hire_date is in the period; <b>separations</b>: spells whose
 *       termination_date is in the period (a spell may be hired and separated in the same period).
 *   <li><b>avg_headcount</b> = (headcount_start + headcount_end) / 2.
 *   <li><b>turnover_rate</b> (ratio per period) = separations / avg_headcount, missing when the
 *       average is 0.
 *   <li><b>voluntary_turnover_rate</b> = separations whose termination_type is {@code voluntary}
 *       (case and surrounding blanks ignored) / avg_headcount. Any other or missing type counts as
 *       a separation but not a voluntary one. Missing in every row when the input has no
 *       termination_type column.
 *   <li><b>ttm_turnover_rate</b> (ratio per 12 months) = separations in the 12 months ending with
 *       the period / mean of their 12 average headcounts (for quarters 4 periods, years 1, weeks
 *       52). Missing until the table has that many periods (counting from the first hire).
 * </ul>
 *
 * <p>Rows: every period from the first hire (on or before {@code asOf}) to the one holding {@code
 * asOf}. Spells hired after {@code asOf} (or without a hire_date) and terminations after it are
 * ignored. With {@code by} (e.g. department), headcounts are per value of the dimension, every
 * period times every value.
 *
 * @since 0.1.0
 */
public final class EmployeeTurnover {
  /** The name of the output table. */
  public static final String TABLE = "employee_turnover";

  private EmployeeTurnover() {}

  /**
   * @param employees employment spells
   * @param options grain, {@code asOf} and optional dimension
   * @return as {@link #table(Table, MetricOptions)}
   * @deprecated since 0.2.0, for removal in 1.0: renamed {@link #table(Table, MetricOptions)} (one
   *     verb for every metric family)
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table compute(Table employees, MetricOptions options) {
    return table(employees, options);
  }

  /**
   * Computes the table.
   *
   * @param employees employment spells
   * @param options grain, {@code asOf} and optional dimension
   * @return a new table; empty (with its columns) when nobody is hired by {@code asOf}
   * @throws NotComputableException when the table lacks the {@code by} column
   */
  public static Table table(Table employees, MetricOptions options) {
    SegmentCodes segments = new SegmentCodes(options.by());
    EmploymentSpells spells = EmploymentSpells.of(employees, segments, TABLE, options.asOf());
    Periods periods = options.periods();
    int firstHire = spells.firstHire();
    boolean empty = firstHire == EmploymentSpells.RUNNING;
    int first = empty ? 0 : periods.indexOfPacked(firstHire);
    PeriodGrid grid = new PeriodGrid(periods, first, empty ? -1 : options.lastPeriod(), segments);
    int[] hires = new int[grid.cells()];
    int[] separations = new int[grid.cells()];
    int[] voluntary = new int[grid.cells()];
    for (int i = 0; i < spells.size(); i++) {
      if (!spells.kept(i)) {
        continue;
      }
      hires[grid.cell(periods.indexOfPacked(spells.hire[i]), spells.segment[i])]++;
      if (spells.termination[i] != EmploymentSpells.RUNNING) {
        int cell = grid.cell(periods.indexOfPacked(spells.termination[i]), spells.segment[i]);
        separations[cell]++;
        voluntary[cell] += spells.voluntary[i] ? 1 : 0;
      }
    }
    return table(
        grid,
        segments,
        hires,
        separations,
        spells.knowsTerminationType ? voluntary : null,
        options);
  }

  private static Table table(
      PeriodGrid grid,
      SegmentCodes segments,
      int[] hires,
      int[] separations,
      int[] voluntary,
      MetricOptions options) {
    int[] order = segments.sortedCodes();
    int segmentCount = order.length;
    int window = periodsInTwelveMonths(options.periods().grain());
    int[] headcountEnd = new int[grid.cells()];
    double[] average = new double[grid.cells()];
    Table out = Table.create(TABLE);
    grid.keyColumns(options.periodColumn(), order).forEach(out::addColumns);
    IntColumn startColumn = IntColumn.create("headcount_start");
    IntColumn hiresColumn = IntColumn.create("hires");
    IntColumn separationsColumn = IntColumn.create("separations");
    IntColumn endColumn = IntColumn.create("headcount_end");
    DoubleColumn averageColumn = DoubleColumn.create("avg_headcount");
    DoubleColumn rate = DoubleColumn.create("turnover_rate");
    DoubleColumn voluntaryRate = DoubleColumn.create("voluntary_turnover_rate");
    DoubleColumn ttm = DoubleColumn.create("ttm_turnover_rate");
    for (int row = 0; row < grid.cells(); row++) {
      int cell = grid.cellOfRow(row, order);
      int start = row < segmentCount ? 0 : headcountEnd[cell - segmentCount];
      headcountEnd[cell] = start + hires[cell] - separations[cell];
      average[cell] = (start + headcountEnd[cell]) / 2.0;
      startColumn.append(start);
      hiresColumn.append(hires[cell]);
      separationsColumn.append(separations[cell]);
      endColumn.append(headcountEnd[cell]);
      averageColumn.append(average[cell]);
      rate.append(Ratios.divide(separations[cell], average[cell]));
      voluntaryRate.append(
          voluntary == null ? Double.NaN : Ratios.divide(voluntary[cell], average[cell]));
      ttm.append(trailingRate(cell, segmentCount, window, separations, average));
    }
    return out.addColumns(
        startColumn,
        hiresColumn,
        separationsColumn,
        endColumn,
        averageColumn,
        rate,
        voluntaryRate,
        ttm);
  }

  /**
   * Separations over the {@code window} periods ending at {@code cell} divided by the mean of their
   * average headcounts; missing when the grid does not reach back that far.
   */
  private static double trailingRate(
      int cell, int segmentCount, int window, int[] separations, double[] average) {
    int firstCell = cell - (window - 1) * segmentCount;
    if (firstCell < 0) {
      return Double.NaN;
    }
    long leavers = 0;
    double headcount = 0;
    for (int c = firstCell; c <= cell; c += segmentCount) {
      leavers += separations[c];
      headcount += average[c];
    }
    return Ratios.divide(leavers, headcount / window);
  }

  /** The number of periods of a grain in the trailing twelve months. */
  private static int periodsInTwelveMonths(Grain grain) {
    return switch (grain) {
      case WEEK -> 52;
      case MONTH -> 12;
      case QUARTER -> 4;
      case YEAR -> 1;
    };
  }
}
