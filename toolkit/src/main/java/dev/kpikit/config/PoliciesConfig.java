package dev.kpikit.config;

/**
 * The {@code policies} section of {@code kpikit.yaml}: how subscription data is read before any
 * metric runs. Every field may be null (unset: the default).
 *
 * @param pastDueGraceDays a customer's lapse between two spells shorter than this many days (the
 *     next spell starts fewer than N days after the previous one ends) is bridged: not a churn and
 *     not a reactivation, the earlier spell's MRR carrying through the lapse. Default 0: end dates
 *     are churn dates as exported
 * @since 0.1.0
 */
public record PoliciesConfig(Integer pastDueGraceDays) {
  /** No policy set: every default. */
  public static final PoliciesConfig DEFAULT = new PoliciesConfig(null);

  /** @return the grace in days, 0 when unset */
  public int graceDays() {
    return pastDueGraceDays == null ? 0 : pastDueGraceDays;
  }
}
