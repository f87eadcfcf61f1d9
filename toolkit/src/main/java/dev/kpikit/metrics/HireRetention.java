package dev.kpikit.metrics;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Twelve-month retention of hires (DESIGN §4 "Operations"): of the spells hired in a month, the
 * share still employed twelve months after their own hire date. Table {@code hire_retention}:
 * {@code hire_month, [by], hires, retained_12m, retention_12m}.
 *
 * <ul>
 *   <li><b>hires</b>: spells whose hire_date is in the month (a rehire is a new hire).
 *   <li><b>retained_12m</b>: those of them still employed on the day twelve months after hire_date
 *       (29 February → 28 February), i.e. with termination_date missing or later than that day.
 *       Missing while the month twelve months after the hire month is not complete at {@code asOf}
 *       (some of the cohort's anniversaries are not reached yet).
 *   <li><b>retention_12m</b> (ratio 0–1) = retained_12m / hires, missing when either is missing or
 *       there were no hires.
 * </ul>
 *
 * <p>Always monthly, whatever the grain of the options. Rows: every month from the first hire to
 * the month holding {@code asOf}; with {@code by}, every month times every value.
 *
 * @since 0.1.0
 */
public final class HireRetention {
  /** The name of the output table. */
  public static final String TABLE = "hire_retention";

  private HireRetention() {}

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
   * @param employees employment spells, as for {@link EmployeeTurnover#table}
   * @param options {@code asOf} and optional dimension (the grain is ignored: always months)
   * @return a new table; empty (with its columns) when nobody is hired by {@code asOf}
   * @throws NotComputableException when the table lacks the {@code by} column
   */
  public static Table table(Table employees, MetricOptions options) {
    MetricOptions monthly = options.withPeriods(Periods.MONTHLY);
    SegmentCodes segments = new SegmentCodes(options.by());
    EmploymentSpells spells = EmploymentSpells.of(employees, segments, TABLE, options.asOf());
    int firstHire = spells.firstHire();
    boolean empty = firstHire == EmploymentSpells.RUNNING;
    int first = empty ? 0 : Periods.MONTHLY.indexOfPacked(firstHire);
    PeriodGrid grid =
        new PeriodGrid(Periods.MONTHLY, first, empty ? -1 : monthly.lastPeriod(), segments);
    int[] hires = new int[grid.cells()];
    int[] retained = new int[grid.cells()];
    for (int i = 0; i < spells.size(); i++) {
      if (spells.kept(i)) {
        int cell = grid.cell(Periods.MONTHLY.indexOfPacked(spells.hire[i]), spells.segment[i]);
        hires[cell]++;
        retained[cell] += spells.termination[i] > anniversary(spells.hire[i]) ? 1 : 0;
      }
    }
    int[] order = segments.sortedCodes();
    Table out = Table.create(TABLE);
    grid.keyColumns("hire_month", order).forEach(out::addColumns);
    IntColumn hiresColumn = IntColumn.create("hires");
    IntColumn retainedColumn = IntColumn.create("retained_12m");
    DoubleColumn retention = DoubleColumn.create("retention_12m");
    for (int row = 0; row < grid.cells(); row++) {
      int cell = grid.cellOfRow(row, order);
      hiresColumn.append(hires[cell]);
      if (monthly.isComplete(grid.period(row / order.length) + 12)) {
        retainedColumn.append(retained[cell]);
        retention.append(Ratios.divide(retained[cell], hires[cell]));
      } else {
        retainedColumn.appendMissing();
        retention.appendMissing();
      }
    }
    return out.addColumns(hiresColumn, retainedColumn, retention);
  }

  /** The packed date one year after {@code packed}; 29 February becomes 28 February. */
  private static int anniversary(int packed) {
    int year = PackedLocalDate.getYear(packed) + 1;
    int month = PackedLocalDate.getMonthValue(packed);
    int day = PackedLocalDate.getDayOfMonth(packed);
    boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return PackedLocalDate.pack(year, month, month == 2 && day == 29 && !leap ? 28 : day);
  }
}
