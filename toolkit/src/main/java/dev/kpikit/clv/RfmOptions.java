package dev.kpikit.clv;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to summarise orders per customer: the last day of the calibration period, the optional last
 * day of a holdout period that follows it, and the time unit.
 *
 * @param calibrationEnd the last day whose purchases the models are fitted on (inclusive); ages
 *     {@code T} are measured to the end of this day's start, i.e. {@code calibrationEnd - first
 *     purchase day}
 * @param holdoutEnd the last day of the holdout period (inclusive), or null for no holdout; the
 *     holdout runs from {@code calibrationEnd + 1} to this day
 * @param unit days or weeks
 * @since 0.1.0
 */
public record RfmOptions(LocalDate calibrationEnd, LocalDate holdoutEnd, PeriodUnit unit) {

  /** Checks that the holdout, when given, ends after the calibration period. */
  public RfmOptions {
    Objects.requireNonNull(calibrationEnd, "calibrationEnd");
    Objects.requireNonNull(unit, "unit");
    if (holdoutEnd != null && !holdoutEnd.isAfter(calibrationEnd)) {
      throw new IllegalArgumentException(
          "the holdout end " + holdoutEnd + " must be after the calibration end " + calibrationEnd);
    }
  }

  /**
   * No holdout: every purchase up to {@code asOf} is calibration.
   *
   * @param asOf the last day of data used
   * @param unit days or weeks
   * @return the options
   */
  public static RfmOptions upTo(LocalDate asOf, PeriodUnit unit) {
    return new RfmOptions(asOf, null, unit);
  }

  /**
   * A holdout starting on {@code holdoutStart} and ending on {@code asOf}.
   *
   * @param holdoutStart the first day of the holdout
   * @param asOf the last day of the holdout
   * @param unit days or weeks
   * @return the options
   */
  public static RfmOptions withHoldout(LocalDate holdoutStart, LocalDate asOf, PeriodUnit unit) {
    return new RfmOptions(holdoutStart.minusDays(1), asOf, unit);
  }

  /** @return true when a holdout period follows the calibration period */
  public boolean hasHoldout() {
    return holdoutEnd != null;
  }

  /** @return the last day of data read: the holdout end, else the calibration end */
  public LocalDate lastDay() {
    return holdoutEnd == null ? calibrationEnd : holdoutEnd;
  }

  /** @return the holdout length in units, 0 without holdout */
  public double holdoutLength() {
    return holdoutEnd == null
        ? 0
        : (double) (holdoutEnd.toEpochDay() - calibrationEnd.toEpochDay()) / unit.days();
  }
}
