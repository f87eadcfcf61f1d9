package dev.kpikit.load;

import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * The discount policy ({@code policies.discounts: net}, the default) on customer spells, applied
 * right after loading (and after currency conversion, so both amounts are in the reporting
 * currency): a spell's {@code mrr} becomes {@code mrr - discount}, never below 0 (a 100 % coupon is
 * an MRR of 0, not a negative one). A missing {@code discount} is no discount; a missing {@code mrr}
 * stays missing.
 *
 * @since 0.1.0
 */
public final class DiscountPolicy {
  private DiscountPolicy() {}

  /**
   * Nets discounts out of MRR.
   *
   * @param result a loaded {@code customers} dataset
   * @param net false ({@code gross}) leaves the result untouched
   * @return the result with net MRR and a ledger note counting discounted spells, or the same
   *     instance when no spell has a discount
   */
  public static LoadResult apply(LoadResult result, boolean net) {
    Table t = result.table();
    if (!net || !t.containsColumn("discount") || !t.containsColumn("mrr")) {
      return result;
    }
    DoubleColumn mrr = t.doubleColumn("mrr");
    DoubleColumn discount = t.doubleColumn("discount");
    int discounted = 0;
    for (int i = 0; i < t.rowCount(); i++) {
      if (mrr.isMissing(i) || discount.isMissing(i) || discount.getDouble(i) == 0) {
        continue;
      }
      mrr.set(i, Math.max(0, mrr.getDouble(i) - discount.getDouble(i)));
      discounted++;
    }
    return discounted == 0
        ? result
        : result.withNote(
            String.format(
                Locale.ROOT, "%,d spells' mrr net of their discount (policies.discounts: net)", discounted));
  }
}
