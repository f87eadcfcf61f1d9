package dev.kpikit.config;

/**
 * The {@code policies} section of {@code kpikit.yaml}: how subscription data is read before any
 * metric runs. Every field may be null (unset: the default).
 *
 * @param pastDueGraceDays a customer's lapse between two spells shorter than this many days (the
 *     next spell starts fewer than N days after the previous one ends) is bridged: not a churn and
 *     not a reactivation, the earlier spell's MRR carrying through the lapse. Default 0: end dates
 *     are churn dates as exported
 * @param trials {@code paid_only} (default): a spell with a {@code trial_end} after its start
 *     starts at the trial's end, so a trial is not a customer (nor MRR) until it converts and a
 *     trial that ends before converting never is; {@code from_signup}: spells start at signup,
 *     trials included
 * @param discounts {@code net} (default): a spell's {@code mrr} less its {@code discount} (the
 *     monthly amount off, e.g. a coupon), never below 0; {@code gross}: {@code mrr} as exported
 * @param refunds {@code at_refund} (default): an order row with a negative amount counts on its own
 *     date; {@code at_order}: on the date of its order (the earliest non-negative row with the same
 *     {@code order_id}), when there is one
 * @since 0.1.0
 */
public record PoliciesConfig(Integer pastDueGraceDays, String trials, String discounts, String refunds) {
  /** The default refund policy: a refund counts on its own date. */
  public static final String AT_REFUND = "at_refund";
  /** The refund policy dating a refund at its order. */
  public static final String AT_ORDER = "at_order";
  /** The default discount policy: MRR net of discounts. */
  public static final String NET = "net";
  /** The discount policy keeping MRR before discounts. */
  public static final String GROSS = "gross";
  /** The default trial policy: a trial is not a customer until it converts. */
  public static final String PAID_ONLY = "paid_only";
  /** The trial policy counting trials as customers from their signup. */
  public static final String FROM_SIGNUP = "from_signup";
  /** No policy set: every default. */
  public static final PoliciesConfig DEFAULT = new PoliciesConfig(null, null, null, null);

  /** @return true when refunds are dated at their order */
  public boolean refundsAtOrder() {
    return AT_ORDER.equals(refunds);
  }

  /** @return true when MRR is net of discounts (the default) */
  public boolean discountsAreNetted() {
    return discounts == null || NET.equals(discounts);
  }

  /** @return true when trials count as customers only from their end (the default) */
  public boolean trialsArePaidOnly() {
    return trials == null || PAID_ONLY.equals(trials);
  }

  /** @return the grace in days, 0 when unset */
  public int graceDays() {
    return pastDueGraceDays == null ? 0 : pastDueGraceDays;
  }
}
