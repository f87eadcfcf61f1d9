package dev.kpikit.metrics;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Attrition rate of an employee snapshot (DESIGN §4 "Operations", snapshot shape such as IBM HR:
 * one row per employee with an {@code attrition} flag). Table {@code attrition}: {@code segment,
 * employees, leavers, attrition_rate}.
 *
 * <ul>
 *   <li><b>employees</b>: rows whose attrition flag is known (one row per employee); rows with a
 *       missing flag are left out of both counts.
 *   <li><b>leavers</b>: rows with {@code attrition = true}.
 *   <li><b>attrition_rate</b> (ratio 0–1) = leavers / employees, missing when there are no
 *       employees.
 * </ul>
 *
 * <p>Without a dimension the table has one row, segment {@code ALL}; with one, a row per value
 * sorted by value, a missing value being {@code (missing)}. There are no periods: the snapshot is
 * one point in time.
 *
 * @since 0.1.0
 */
public final class Attrition {
  /** The name of the output table. */
  public static final String TABLE = "attrition";

  private Attrition() {}

  /**
   * Computes the table.
   *
   * @param employees the snapshot: an {@code attrition} BooleanColumn and any dimension columns
   * @param options the column to split by ({@code options.by()}, any type: text, numbers) or none
   *     for one row; a snapshot has no dates, so grain and {@code asOf} are not used
   * @return a new table
   * @throws NotComputableException when the table lacks the dimension column
   * @since 0.2.0
   */
  public static Table table(Table employees, MetricOptions options) {
    return of(employees, options.by());
  }

  /**
   * @param employees the snapshot
   * @param dimension the column to split by, or null for one row
   * @return as {@link #table(Table, MetricOptions)}
   * @deprecated since 0.2.0, for removal in 1.0: use {@link #table(Table, MetricOptions)} (one verb
   *     and {@code MetricOptions} for every metric family)
   */
  @Deprecated(since = "0.2.0", forRemoval = true)
  public static Table attritionRate(Table employees, String dimension) {
    return of(employees, dimension);
  }

  static Table of(Table employees, String dimension) {
    SegmentCodes segments = new SegmentCodes(dimension);
    segments.require(employees, TABLE, "employees");
    int[] segment = segments.codesOf(employees);
    BooleanColumn attrition = employees.booleanColumn("attrition");
    int[] counted = new int[segments.size()];
    int[] leavers = new int[segments.size()];
    for (int i = 0; i < segment.length; i++) {
      byte flag = attrition.getByte(i);
      if (!BooleanColumn.valueIsMissing(flag)) {
        counted[segment[i]]++;
        leavers[segment[i]] += flag == 1 ? 1 : 0;
      }
    }
    StringColumn segmentColumn = StringColumn.create("segment");
    IntColumn employeesColumn = IntColumn.create("employees");
    IntColumn leaversColumn = IntColumn.create("leavers");
    DoubleColumn rate = DoubleColumn.create("attrition_rate");
    for (int s : segments.sortedCodes()) {
      segmentColumn.append(segments.label(s));
      employeesColumn.append(counted[s]);
      leaversColumn.append(leavers[s]);
      rate.append(Ratios.divide(leavers[s], counted[s]));
    }
    return Table.create(TABLE, segmentColumn, employeesColumn, leaversColumn, rate);
  }
}
