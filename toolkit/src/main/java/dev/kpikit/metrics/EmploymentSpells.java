package dev.kpikit.metrics;

import java.time.LocalDate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * The employment spells of an {@code employees} table (one row per spell; a rehired employee has
 * several rows) as packed-date arrays, cut at {@code asOf}: spells hired after it are left out
 * ({@link #kept} is false) and terminations after it are treated as not (yet) known. A spell whose
 * termination_date is on or before its hire_date is active on no day and is left out too, as a
 * customer's spell would be ({@link Spells}).
 */
final class EmploymentSpells {
  /** The packed termination date of a spell still running at {@code asOf}. */
  static final int RUNNING = Spells.OPEN;

  final int[] hire;
  final int[] termination;
  final boolean[] voluntary;
  final int[] segment;
  final boolean knowsTerminationType;

  private EmploymentSpells(int n, int[] segment, boolean knowsTerminationType) {
    this.hire = new int[n];
    this.termination = new int[n];
    this.voluntary = new boolean[n];
    this.segment = segment;
    this.knowsTerminationType = knowsTerminationType;
  }

  /**
   * @param employees employee_id, hire_date, and optional termination_date, termination_type
   * @param segments the split; checked against the table
   * @param metric the metric name, for error messages
   * @param asOf the end of the analysis
   */
  static EmploymentSpells of(
      Table employees, SegmentCodes segments, String metric, LocalDate asOf) {
    segments.require(employees, metric, "employees");
    int asOfPacked = PackedLocalDate.pack(asOf);
    DateColumn hires = employees.dateColumn("hire_date");
    DateColumn ends =
        employees.containsColumn("termination_date")
            ? employees.dateColumn("termination_date")
            : null;
    int[] segment =
        segments.codesOf(
            employees,
            i -> !hires.isMissing(i)
                && hires.getIntInternal(i) <= asOfPacked
                && Spells.everActive(hires.getIntInternal(i), end(ends, i)));
    boolean knowsType = employees.containsColumn("termination_type");
    EmploymentSpells spells = new EmploymentSpells(employees.rowCount(), segment, knowsType);
    StringColumn types = knowsType ? employees.stringColumn("termination_type") : null;
    for (int i = 0; i < segment.length; i++) {
      if (segment[i] == SegmentCodes.NONE) {
        continue;
      }
      int start = hires.getIntInternal(i);
      int end = end(ends, i);
      spells.hire[i] = start;
      spells.termination[i] = end > asOfPacked ? RUNNING : end;
      spells.voluntary[i] = types != null && isVoluntary(types.get(i));
    }
    return spells;
  }

  /** @return the packed termination date of row {@code i}, or {@link #RUNNING} */
  private static int end(DateColumn ends, int i) {
    return ends == null || ends.isMissing(i) ? RUNNING : ends.getIntInternal(i);
  }

  private static boolean isVoluntary(String type) {
    return type.strip().equalsIgnoreCase("voluntary");
  }

  /**
   * @return the number of rows (kept or not)
   */
  int size() {
    return segment.length;
  }

  /**
   * @return true when the spell starts on or before {@code asOf}
   */
  boolean kept(int i) {
    return segment[i] != SegmentCodes.NONE;
  }

  /**
   * @return the earliest hire date kept, packed, or {@link #RUNNING} when none is kept
   */
  int firstHire() {
    int first = RUNNING;
    for (int i = 0; i < segment.length; i++) {
      if (kept(i) && hire[i] < first) {
        first = hire[i];
      }
    }
    return first;
  }
}
