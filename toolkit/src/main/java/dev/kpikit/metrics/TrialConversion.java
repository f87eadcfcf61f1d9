package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Trial-to-paid conversion by trial-start period, from subscription spells with a {@code
 * trial_end} column.
 *
 * <ul>
 *   <li><b>A trial:</b> a spell row whose {@code trial_end} is after its trial start. The trial
 *       start is the row's {@code trial_start} (an export's own column, or the signup date that the
 *       {@code paid_only} trial policy keeps there when it moves {@code start_date} to {@code
 *       trial_end}), else its {@code start_date}. So the table is the same under both trial
 *       policies.
 *   <li><b>One trial per customer:</b> a customer's first trial (earliest trial start; ties: the
 *       row that comes first in the file). A later trial of the same customer (a second trial after
 *       a churn) is not counted: the table measures how many new prospects become paying customers.
 *       Trials starting after {@code asOf}, and rows without {@code customer_id}, are left out.
 *   <li><b>Converted:</b> {@code trial_end <= asOf} and the customer pays on the day {@code
 *       trial_end}: one of its spells has {@code paid start <= trial_end < end}, where a spell's
 *       paid start is its own {@code trial_end} when that is after its start, else its start (what
 *       the {@code paid_only} policy makes {@code start_date}), and an end after {@code asOf} is not
 *       known yet, so the spell counts as open. A trial ending exactly on {@code asOf} is decided
 *       on that day. A customer who pays only later, after a gap, did not convert this trial (the
 *       {@code past_due_grace_days} policy bridges short gaps before this rule sees them).
 *   <li><b>Lapsed:</b> {@code trial_end <= asOf} and not converted; or the trial's spell ended on
 *       or before {@code asOf} while the trial was still running (cancelled during the trial).
 *   <li><b>In trial:</b> every other trial: {@code trial_end} after {@code asOf} and its spell not
 *       ended. Not decided yet, so excluded from the rate and counted in {@code in_trial}.
 *   <li>{@code trials_started = converted + lapsed + in_trial}; {@code trial_conversion_rate =
 *       converted / (converted + lapsed)} (ratio 0–1), missing (never 0) when no trial of the
 *       period is decided; {@code median_days_to_convert} = the median of {@code trial_end - trial
 *       start} in days over the converted trials (the mean of the two middle values for an even
 *       count), missing without a conversion.
 * </ul>
 *
 * <p>Rows: every period from the first trial start's to the one containing {@code asOf}. With
 * {@code by}, a trial's segment is the dimension value on its own row ({@code (missing)} when
 * blank: a lapsed trial was never a customer, so the customer rule of {@link Spells} does not
 * apply); every segment gets a row for every period. No trials: no rows.
 *
 * @since 0.2.0
 */
public final class TrialConversion {
  /** The output table's name. */
  public static final String TABLE = "trial_conversion";

  private static final int OPEN = Spells.OPEN;

  private TrialConversion() {}

  /** A customer's counted trial: its row, trial start and end (epoch days). */
  private record Trial(int row, int start, int end) {}

  /**
   * Computes {@code trial_conversion}.
   *
   * @param spells the {@code customers} table in spell shape with {@code trial_end} (and optional
   *     {@code trial_start}, {@code end_date}, dimension columns)
   * @param options grain, {@code asOf} and optional dimension
   * @return columns: period ({@code month} by default), [dimension], trials_started, converted,
   *     lapsed, in_trial (IntColumn), trial_conversion_rate (ratio, missing with no decided trial),
   *     median_days_to_convert (days, missing with no conversion)
   * @throws NotComputableException when the spells have no {@code trial_end} column, or {@code
   *     options.by()} names a column they lack
   */
  public static Table table(Table spells, MetricOptions options) {
    if (!spells.containsColumn("trial_end")) {
      throw new NotComputableException(
          TABLE + " needs trial ends: customers has no trial_end column");
    }
    CustomerSpells.requireDimension(spells, options.by(), TABLE);
    int asOf = (int) options.asOf().toEpochDay();
    Map<String, Trial> trials = firstTrials(spells, asOf);
    Map<String, List<int[]>> activity = spellsOf(spells, trials, asOf);
    DateColumn ends = spells.containsColumn("end_date") ? spells.dateColumn("end_date") : null;
    StringColumn ids = spells.stringColumn("customer_id");
    Map<Integer, Map<String, Cell>> cells = new TreeMap<>();
    Map<String, Boolean> segments = new TreeMap<>();
    int first = options.lastPeriod();
    for (Trial t : trials.values()) {
      int period = options.periods().index(LocalDate.ofEpochDay(t.start()));
      first = Math.min(first, period);
      String segment = segment(spells, options.by(), t.row());
      segments.put(segment, true);
      Cell cell = cells.computeIfAbsent(period, p -> new HashMap<>()).computeIfAbsent(segment, s -> new Cell());
      int spellEnd = endDay(ends, t.row(), asOf);
      if (t.end() <= asOf) {
        if (activeOn(activity.get(ids.get(t.row())), t.end())) {
          cell.days.add(t.end() - t.start());
        } else {
          cell.lapsed++;
        }
      } else if (spellEnd != OPEN) {
        cell.lapsed++;
      } else {
        cell.inTrial++;
      }
    }
    return output(options, trials.isEmpty() ? 0 : first, cells, List.copyOf(segments.keySet()));
  }

  /** What one period and segment holds. */
  private static final class Cell {
    final List<Integer> days = new ArrayList<>();
    int lapsed;
    int inTrial;
  }

  /** Each customer's first trial starting on or before {@code asOf}. */
  private static Map<String, Trial> firstTrials(Table spells, int asOf) {
    StringColumn ids = spells.stringColumn("customer_id");
    DateColumn trialEnds = spells.dateColumn("trial_end");
    DateColumn starts = spells.containsColumn("start_date") ? spells.dateColumn("start_date") : null;
    DateColumn trialStarts = spells.containsColumn("trial_start") ? spells.dateColumn("trial_start") : null;
    Map<String, Trial> first = new HashMap<>();
    for (int r = 0; r < spells.rowCount(); r++) {
      String id = ids.get(r);
      DateColumn startColumn = trialStarts != null && !trialStarts.isMissing(r) ? trialStarts : starts;
      if (id.isEmpty() || trialEnds.isMissing(r) || startColumn == null || startColumn.isMissing(r)) {
        continue;
      }
      int start = (int) startColumn.get(r).toEpochDay();
      int end = (int) trialEnds.get(r).toEpochDay();
      Trial known = first.get(id);
      if (end > start && start <= asOf && (known == null || start < known.start())) {
        first.put(id, new Trial(r, start, end));
      }
    }
    return first;
  }

  /**
   * The paying spells (paid start, end) of the customers with a trial, ends after {@code asOf}
   * open.
   */
  private static Map<String, List<int[]>> spellsOf(Table spells, Map<String, Trial> trials, int asOf) {
    StringColumn ids = spells.stringColumn("customer_id");
    DateColumn starts = spells.containsColumn("start_date") ? spells.dateColumn("start_date") : null;
    DateColumn ends = spells.containsColumn("end_date") ? spells.dateColumn("end_date") : null;
    DateColumn trialEnds = spells.dateColumn("trial_end");
    Map<String, List<int[]>> of = new HashMap<>();
    for (int r = 0; starts != null && r < spells.rowCount(); r++) {
      if (trials.containsKey(ids.get(r)) && !starts.isMissing(r)) {
        int start = (int) starts.get(r).toEpochDay();
        if (!trialEnds.isMissing(r)) {
          start = Math.max(start, (int) trialEnds.get(r).toEpochDay());
        }
        int[] spell = {start, endDay(ends, r, asOf)};
        of.computeIfAbsent(ids.get(r), id -> new ArrayList<>()).add(spell);
      }
    }
    return of;
  }

  /** A row's end as an epoch day, {@link #OPEN} when missing or after {@code asOf}. */
  private static int endDay(DateColumn ends, int row, int asOf) {
    if (ends == null || ends.isMissing(row)) {
      return OPEN;
    }
    int end = (int) ends.get(row).toEpochDay();
    return end > asOf ? OPEN : end;
  }

  private static boolean activeOn(List<int[]> spells, int day) {
    if (spells == null) {
      return false;
    }
    for (int[] s : spells) {
      if (s[0] <= day && day < s[1]) {
        return true;
      }
    }
    return false;
  }

  private static String segment(Table spells, String by, int row) {
    if (by == null) {
      return "ALL";
    }
    Column<?> column = spells.column(by);
    String value = column.isMissing(row) ? "" : column.getString(row);
    return value.isBlank() ? CustomerSpells.MISSING_LABEL : value;
  }

  private static Table output(
      MetricOptions options, int first, Map<Integer, Map<String, Cell>> cells, List<String> segments) {
    int periods = cells.isEmpty() ? 0 : options.lastPeriod() - first + 1;
    int rows = periods * segments.size();
    StringColumn period = StringColumn.create(options.periodColumn());
    StringColumn dim = StringColumn.create(options.by() == null ? "segment" : options.by());
    int[] started = new int[rows];
    int[] converted = new int[rows];
    int[] lapsed = new int[rows];
    int[] inTrial = new int[rows];
    double[] rate = new double[rows];
    double[] median = new double[rows];
    for (int p = 0; p < periods; p++) {
      for (int s = 0; s < segments.size(); s++) {
        int r = p * segments.size() + s;
        period.append(options.periods().label(first + p));
        dim.append(segments.get(s));
        Cell c = cells.getOrDefault(first + p, Map.of()).getOrDefault(segments.get(s), new Cell());
        converted[r] = c.days.size();
        lapsed[r] = c.lapsed;
        inTrial[r] = c.inTrial;
        started[r] = converted[r] + lapsed[r] + inTrial[r];
        rate[r] = Ratios.divide(converted[r], converted[r] + lapsed[r]);
        median[r] = median(c.days);
      }
    }
    Table out = Table.create(TABLE, period);
    if (options.by() != null) {
      out.addColumns(dim);
    }
    out.addColumns(
        IntColumn.create("trials_started", started),
        IntColumn.create("converted", converted),
        IntColumn.create("lapsed", lapsed),
        IntColumn.create("in_trial", inTrial),
        DoubleColumn.create("trial_conversion_rate", rate),
        DoubleColumn.create("median_days_to_convert", median));
    return out;
  }

  /** The median, NaN (missing) for no values. */
  private static double median(List<Integer> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    int[] sorted = values.stream().mapToInt(Integer::intValue).toArray();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
  }
}
