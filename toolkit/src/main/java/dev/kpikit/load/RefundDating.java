package dev.kpikit.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The refund policy {@code policies.refunds: at_order} on orders, applied right after loading (after
 * currency conversion, so a refund is converted at the rate of the day it was paid back): a row with
 * a negative {@code amount} takes the date of its order, the earliest row with the same {@code
 * order_id} and a non-negative amount. A refund without such a row (e.g. the UCI Online Retail
 * cancellations, whose invoice numbers differ from the original's) keeps its own date.
 *
 * @since 0.1.0
 */
public final class RefundDating {
  private RefundDating() {}

  /**
   * Dates refunds at their orders.
   *
   * @param result a loaded {@code orders} dataset
   * @param atOrder false ({@code at_refund}, the default) leaves the result untouched
   * @return the result with redated refunds and a ledger note counting them, or the same instance
   *     when no refund was redated
   */
  public static LoadResult apply(LoadResult result, boolean atOrder) {
    Table t = result.table();
    if (!atOrder || !t.containsColumn("order_id")) {
      return result;
    }
    Column<?> ids = t.column("order_id");
    DateColumn dates = t.dateColumn("order_date");
    DoubleColumn amounts = t.doubleColumn("amount");
    Map<String, LocalDate> orderDate = new HashMap<>();
    for (int i = 0; i < t.rowCount(); i++) {
      if (!ids.isMissing(i) && amounts.getDouble(i) >= 0) {
        orderDate.merge(ids.getString(i), dates.get(i), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    int redated = 0;
    for (int i = 0; i < t.rowCount(); i++) {
      if (ids.isMissing(i) || !(amounts.getDouble(i) < 0)) {
        continue;
      }
      LocalDate at = orderDate.get(ids.getString(i));
      if (at != null && !at.equals(dates.get(i))) {
        dates.set(i, at);
        redated++;
      }
    }
    return redated == 0
        ? result
        : result.withNote(
            String.format(Locale.ROOT, "%,d refunds dated at their order (policies.refunds: at_order)", redated));
  }
}
