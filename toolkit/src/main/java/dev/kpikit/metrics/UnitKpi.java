package dev.kpikit.metrics;

import java.util.Locale;

/**
 * The headline KPIs the {@code units} table compares, each over the trailing twelve complete
 * months (TTM), with the direction that is better and whether it is a proportion of a count (then
 * shown on a funnel plot against exact binomial limits, {@link FunnelLimits}).
 *
 * @since 0.3.0
 */
public enum UnitKpi {
  /** Revenue (TTM, sum of revenue_monthly); additive over units. */
  REVENUE(true, false, "revenue"),
  /** Customers whose first positive order at the unit is in the TTM; additive when no customer buys at two units. */
  NEW_CUSTOMERS(true, false, "new customers"),
  /** Customers with a positive order in a month, averaged over the TTM months (revenue_monthly's customers). */
  ACTIVE_CUSTOMERS(true, false, "active customers a month"),
  /** Acquisition marketing spend (TTM), the unit's own or its allocated share; additive over units. */
  ACQUISITION_SPEND(null, false, "acquisition spend"),
  /** Gross margin / revenue over the TTM. */
  GROSS_MARGIN_PCT(true, false, "gross margin"),
  /** Acquisition spend / new customers over the TTM. */
  CAC(false, false, "CAC"),
  /** Customers with two or more orders / customers (all orders to as_of); denominator customers. */
  REPEAT_PURCHASE_RATE(true, true, "repeat purchase rate"),
  /** Churned / customers at the start of each month, pooled over the TTM; denominator customer-months. */
  LOGO_CHURN_RATE(false, true, "logo churn rate"),
  /** Separations / headcount at the start of each month, pooled over the TTM; denominator employee-months. */
  EMPLOYEE_TURNOVER_RATE(false, true, "employee turnover rate"),
  /**
   * Trials converted to paid / trials decided (converted + lapsed), for the trials started in the
   * TTM months (trial_conversion); trials still running at as_of are left out; denominator decided
   * trials.
   */
  TRIAL_CONVERSION_RATE(true, true, "trial conversion rate");

  private final Boolean higherIsBetter;
  private final boolean proportion;
  private final String label;

  UnitKpi(Boolean higherIsBetter, boolean proportion, String label) {
    this.higherIsBetter = higherIsBetter;
    this.proportion = proportion;
    this.label = label;
  }

  /** @return the name in {@code units.csv}, e.g. {@code repeat_purchase_rate} */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @return the words a reader sees, e.g. {@code repeat purchase rate} */
  public String label() {
    return label;
  }

  /** @return true, false, or null when neither direction is better (spend: ranked by size) */
  public Boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** @return true for a count over a denominator, shown on the funnel plot */
  public boolean isProportion() {
    return proportion;
  }

  /**
   * @return true when a unit is flagged for this KPI getting worse three months running: volumes
   *     (revenue, new and active customers) and the monthly churn and turnover rates; not the ratios
   *     of costs (gross margin, CAC: they move with the product mix and the allocation, together in
   *     every unit) nor spend (no better side)
   */
  public boolean isTrended() {
    return this == REVENUE || this == NEW_CUSTOMERS || this == ACTIVE_CUSTOMERS
        || this == LOGO_CHURN_RATE || this == EMPLOYEE_TURNOVER_RATE;
  }

  /** @return true for a figure that adds up over units (sums, not ratios) */
  public boolean isAdditive() {
    return this == REVENUE || this == NEW_CUSTOMERS || this == ACQUISITION_SPEND;
  }
}
