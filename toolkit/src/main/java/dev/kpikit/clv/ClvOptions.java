package dev.kpikit.clv;

/**
 * How customer value is projected: the horizon, the yearly discount rate and the margin.
 *
 * @param horizon the projection horizon in the summary's units (e.g. 52 weeks), {@code > 0}
 * @param discountRate the yearly discount rate, e.g. {@code 0.10} for 10 % a year, {@code >= 0}
 * @param margin the share of spend that is profit, in {@code (0, 1]}; 1 gives revenue value
 * @since 0.1.0
 */
public record ClvOptions(double horizon, double discountRate, double margin) {

  /** One year in weeks, 10 % a year, revenue value (margin 1). */
  public static final ClvOptions DEFAULT = new ClvOptions(52, 0.10, 1.0);

  /** Checks the ranges. */
  public ClvOptions {
    if (!(horizon > 0) || !Double.isFinite(horizon)) {
      throw new IllegalArgumentException("horizon must be positive, got " + horizon);
    }
    if (!(discountRate >= 0) || !Double.isFinite(discountRate)) {
      throw new IllegalArgumentException("discount_rate must be >= 0, got " + discountRate);
    }
    if (!(margin > 0 && margin <= 1)) {
      throw new IllegalArgumentException("margin must be in (0, 1], got " + margin);
    }
  }

  /**
   * @param newHorizon the horizon in units
   * @return these options with another horizon
   */
  public ClvOptions withHorizon(double newHorizon) {
    return new ClvOptions(newHorizon, discountRate, margin);
  }
}
