package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * The rules every spell follows, a customer's subscription ({@code start_date}, {@code end_date})
 * as much as an employee's employment ({@code hire_date}, {@code termination_date}), and the one
 * rule for a customer's channel, region or any other attribute at a date.
 *
 * <ul>
 *   <li><b>Active:</b> a spell is active on day d when {@code start <= d < end}; the end is the
 *       first inactive day (DESIGN §4), a missing end means still active.
 *   <li><b>End on or before start:</b> such a spell is active on no day, so it is left out of every
 *       count: it is no customer, no churn, no hire and no termination. (Until 0.1, customers' were
 *       left out while an employee's termination before hire failed the run.)
 *   <li><b>A customer's attribute at a date</b> (its channel, region, plan...): the value on its
 *       earliest spell that starts on or before the date and is ever active (ties: the row that
 *       comes first in the file). When that value is missing or blank the customer has none (the subscription tables label it {@code (missing)}; order
 *       tables keep the channel of its first order). Both {@code mrr_movements} and {@code
 *       unit_economics} by channel use this rule, so a customer is in one channel in both.
 * </ul>
 */
final class Spells {
  /** The end of a spell with no end: it is still active. */
  static final int OPEN = Integer.MAX_VALUE;

  private Spells() {}

  /**
   * @param start the first active day, in any day count that orders like dates (epoch or packed)
   * @param end the first inactive day in the same count, or {@link #OPEN}
   * @return true when the spell is active on at least one day ({@code end > start})
   */
  static boolean everActive(int start, int end) {
    return end > start;
  }

  /**
   * A customer's value of {@code column} on {@code asOf}, for every customer that has one, by the
   * rule in the class comment. A table without {@code start_date} (a hand-made list of customers)
   * has every row starting at the beginning, so file order decides.
   *
   * @param customers a table with {@code customer_id}, optional {@code start_date} and {@code
   *     end_date}, and {@code column}
   * @param column the attribute, e.g. {@code channel}
   * @param asOf the date the attribute is wanted at
   * @return customer_id to value; customers without a value are absent
   */
  static Map<String, String> attributeAt(Table customers, String column, LocalDate asOf) {
    StringColumn ids = customers.stringColumn("customer_id");
    DateColumn starts = customers.containsColumn("start_date") ? customers.dateColumn("start_date") : null;
    DateColumn ends = customers.containsColumn("end_date") ? customers.dateColumn("end_date") : null;
    Column<?> values = customers.column(column);
    int asOfPacked = PackedLocalDate.pack(asOf);
    Map<String, String> value = new HashMap<>();
    Map<String, Integer> startOf = new HashMap<>();
    for (int r = 0; r < customers.rowCount(); r++) {
      String id = ids.get(r);
      if (id.isEmpty()) {
        continue;
      }
      int start = Integer.MIN_VALUE;
      if (starts != null) {
        if (starts.isMissing(r) || starts.getIntInternal(r) > asOfPacked) {
          continue;
        }
        start = starts.getIntInternal(r);
      }
      int end = ends == null || ends.isMissing(r) ? OPEN : ends.getIntInternal(r);
      if (!everActive(start, end)) {
        continue;
      }
      Integer known = startOf.get(id);
      if (known == null || start < known) {
        startOf.put(id, start);
        value.put(id, values.isMissing(r) ? "" : values.getString(r));
      }
    }
    value.values().removeIf(String::isBlank);
    return value;
  }
}
