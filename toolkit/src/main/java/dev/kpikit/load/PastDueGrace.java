package dev.kpikit.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The past-due grace policy ({@code policies.past_due_grace_days}) on customer spells, applied right
 * after loading: when a customer's next spell starts fewer than N days after the customer's earlier
 * spells all ended (a lapse of 1 to N−1 days; end dates are first inactive days), the spell that
 * ended last is extended to the next start. The customer is then active without interruption: no
 * churn and no reactivation, and the earlier spell's MRR carries through the lapse. A lapse of N
 * days or more is kept (churn, then reactivation). Row order and every other value are unchanged.
 *
 * @since 0.1.0
 */
public final class PastDueGrace {
  private PastDueGrace() {}

  /**
   * Bridges short lapses.
   *
   * @param result a loaded {@code customers} dataset
   * @param graceDays N; 0 leaves the result untouched
   * @return the result with extended end dates and a ledger note counting them, or the same
   *     instance when nothing is bridged (0 days, tenure shape, no end dates)
   */
  public static LoadResult apply(LoadResult result, int graceDays) {
    Table t = result.table();
    if (graceDays <= 0 || !t.containsColumn("end_date") || !t.containsColumn("start_date")
        || !t.containsColumn("customer_id")) {
      return result;
    }
    Column<?> ids = t.column("customer_id");
    DateColumn starts = t.dateColumn("start_date");
    DateColumn ends = t.dateColumn("end_date");
    Map<String, List<Integer>> byCustomer = new HashMap<>();
    for (int i = 0; i < t.rowCount(); i++) {
      if (!ids.isMissing(i) && !starts.isMissing(i)) {
        byCustomer.computeIfAbsent(ids.getString(i), k -> new ArrayList<>()).add(i);
      }
    }
    int bridged = 0;
    for (List<Integer> rows : byCustomer.values()) {
      rows.sort(Comparator.comparing(starts::get));
      int last = -1; // the spell whose end is the latest so far; open spells end never
      for (int r : rows) {
        if (last >= 0 && !ends.isMissing(last)) {
          LocalDate lapseStart = ends.get(last);
          long lapse = starts.get(r).toEpochDay() - lapseStart.toEpochDay();
          if (lapse > 0 && lapse < graceDays) {
            ends.set(last, starts.get(r));
            bridged++;
          }
        }
        if (last < 0 || ends.isMissing(r) || (!ends.isMissing(last) && ends.get(r).isAfter(ends.get(last)))) {
          last = r;
        }
      }
    }
    if (bridged == 0) {
      return result;
    }
    return result.withNote(
        String.format(
            Locale.ROOT,
            "%,d lapses shorter than %d days bridged (policies.past_due_grace_days): not churn, not reactivation",
            bridged,
            graceDays));
  }
}
