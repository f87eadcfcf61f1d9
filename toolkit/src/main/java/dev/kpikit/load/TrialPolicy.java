package dev.kpikit.load;

import java.util.Locale;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;

/**
 * The trial policy ({@code policies.trials: paid_only}, the default) on customer spells, applied
 * right after loading: a spell whose {@code trial_end} is after its {@code start_date} starts at
 * {@code trial_end}, so the trial is not a customer and carries no MRR until it converts. A trial
 * that never converts (its spell ends on or before {@code trial_end}) is left with {@code end_date
 * <= start_date}, which the subscription metrics never count as active (DESIGN §5). The signup is
 * kept: a moved spell's {@code trial_start} (added when the export has none) holds its original
 * {@code start_date} unless the export gave one, so trial conversion ({@code
 * metrics.TrialConversion}) still knows when each trial began. Rows are kept: rows read = loaded +
 * rejected is unchanged.
 *
 * @since 0.1.0
 */
public final class TrialPolicy {
  private static final String TRIAL_START = "trial_start";

  private TrialPolicy() {}

  /** The table's {@code trial_start} column, or a new one, all missing, not yet in the table. */
  private static DateColumn trialStarts(Table t) {
    if (t.containsColumn(TRIAL_START)) {
      return t.dateColumn(TRIAL_START);
    }
    DateColumn created = DateColumn.create(TRIAL_START);
    for (int i = 0; i < t.rowCount(); i++) {
      created.appendMissing();
    }
    return created;
  }

  /**
   * Moves trial spells' starts to their trial ends.
   *
   * @param result a loaded {@code customers} dataset
   * @param paidOnly false ({@code from_signup}) leaves the result untouched
   * @return the result with moved starts and a ledger note counting the moved trial spells and those
   *     without a paid day, or the same instance when no spell has a trial
   */
  public static LoadResult apply(LoadResult result, boolean paidOnly) {
    Table t = result.table();
    if (!paidOnly || !t.containsColumn("trial_end") || !t.containsColumn("start_date")) {
      return result;
    }
    DateColumn starts = t.dateColumn("start_date");
    DateColumn trialEnds = t.dateColumn("trial_end");
    DateColumn ends = t.containsColumn("end_date") ? t.dateColumn("end_date") : null;
    DateColumn trialStarts = trialStarts(t);
    int withPaidDays = 0;
    int withoutPaidDays = 0;
    for (int i = 0; i < t.rowCount(); i++) {
      if (starts.isMissing(i) || trialEnds.isMissing(i) || !trialEnds.get(i).isAfter(starts.get(i))) {
        continue;
      }
      if (trialStarts.isMissing(i)) {
        trialStarts.set(i, starts.get(i));
      }
      starts.set(i, trialEnds.get(i));
      if (ends != null && !ends.isMissing(i) && !ends.get(i).isAfter(trialEnds.get(i))) {
        withoutPaidDays++;
      } else {
        withPaidDays++;
      }
    }
    if (withPaidDays + withoutPaidDays == 0) {
      return result;
    }
    if (!t.containsColumn(TRIAL_START)) {
      t.addColumns(trialStarts);
    }
    return result.withNote(
        String.format(
            Locale.ROOT,
            // Per spell, not per customer: a trial spell with no paid day may still convert through
            // the customer's next spell, which trial_conversion counts.
            "%,d trial spells start at their trial end (policies.trials: paid_only); %,d of them"
                + " ended by their trial end and hold no paid day (trial_conversion counts conversions"
                + " per customer)",
            withPaidDays + withoutPaidDays,
            withoutPaidDays));
  }
}
