package dev.kpikit.clv;

import java.util.Locale;

/**
 * The time unit of recency, age and horizons in the customer-value models: days or weeks (the
 * literature's unit for CDNOW). A purchase is still a calendar day: several orders of one customer
 * on one day are one purchase whatever the unit.
 *
 * @since 0.1.0
 */
public enum PeriodUnit {
  /** One calendar day. */
  DAY(1),
  /** Seven calendar days. */
  WEEK(7);

  private final int days;

  PeriodUnit(int days) {
    this.days = days;
  }

  /** @return the number of calendar days in one unit */
  public int days() {
    return days;
  }

  /** @return the name as written on the command line and in the config: {@code day}, {@code week} */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a unit name.
   *
   * @param text {@code day}, {@code days}, {@code week} or {@code weeks}, any case
   * @return the unit
   * @throws IllegalArgumentException naming the choices
   */
  public static PeriodUnit parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "day", "days" -> DAY;
      case "week", "weeks" -> WEEK;
      default -> throw new IllegalArgumentException(
          "unknown unit '" + text + "', expected one of day, week");
    };
  }
}
