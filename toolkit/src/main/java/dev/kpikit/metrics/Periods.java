package dev.kpikit.metrics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.columns.dates.PackedLocalDate;

/**
 * Numbers periods of a {@link Grain} with consecutive ints, so metrics can work on int arrays:
 * period {@code p + 1} always follows period {@code p}. Also gives each period's first and last
 * day, length in days and label.
 *
 * <p>Fiscal years: with {@code fiscalYearStartMonth = 4}, quarters start in April, July, October
 * and January, and the fiscal year April 2024 – March 2025 is labelled {@code FY2025} (named after
 * the calendar year it ends in). Weeks and months ignore the fiscal start.
 *
 * @since 0.1.0
 */
public final class Periods {
  /** Calendar months, the default. */
  public static final Periods MONTHLY = new Periods(Grain.MONTH, 1);

  private final Grain grain;
  private final int fiscalStart;

  private Periods(Grain grain, int fiscalYearStartMonth) {
    this.grain = Objects.requireNonNull(grain, "grain");
    if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
      throw new IllegalArgumentException(
          "fiscal year start month must be 1..12, got " + fiscalYearStartMonth);
    }
    this.fiscalStart = fiscalYearStartMonth;
  }

  /**
   * @param grain the period length
   * @return calendar periods of that grain
   */
  public static Periods of(Grain grain) {
    return new Periods(grain, 1);
  }

  /**
   * @param grain the period length
   * @param fiscalYearStartMonth 1 (January) to 12; affects quarters and years only
   * @return periods of that grain
   */
  public static Periods of(Grain grain, int fiscalYearStartMonth) {
    return new Periods(grain, fiscalYearStartMonth);
  }

  /** @return the grain */
  public Grain grain() {
    return grain;
  }

  /** @return the month (1–12) the fiscal year starts in */
  public int fiscalYearStartMonth() {
    return fiscalStart;
  }

  /**
   * @param date a date
   * @return the index of the period containing it
   */
  public int index(LocalDate date) {
    return index(date.getYear(), date.getMonthValue(), date.toEpochDay());
  }

  /**
   * The index from Tablesaw's packed date representation, without creating a {@link LocalDate}
   * (for hot loops over {@link DateColumn#getIntInternal(int)} values).
   *
   * @param packed a packed date, see {@link PackedLocalDate}
   * @return the index of the period containing it
   */
  public int indexOfPacked(int packed) {
    int y = PackedLocalDate.getYear(packed);
    int m = PackedLocalDate.getMonthValue(packed);
    long epochDay = grain == Grain.WEEK ? PackedLocalDate.toEpochDay(packed) : 0;
    return index(y, m, epochDay);
  }

  private int index(int year, int month, long epochDay) {
    int monthIndex = year * 12 + month - 1;
    return switch (grain) {
      case MONTH -> monthIndex;
      case QUARTER -> Math.floorDiv(monthIndex - (fiscalStart - 1), 3);
      case YEAR -> Math.floorDiv(monthIndex - (fiscalStart - 1), 12);
      // 1970-01-01 is a Thursday: shifting by 3 days makes weeks start on Monday.
      case WEEK -> (int) Math.floorDiv(epochDay + 3, 7);
    };
  }

  /**
   * Period indexes of a whole date column; a missing date gives {@link Integer#MIN_VALUE}.
   *
   * @param dates the dates
   * @return one index per row
   */
  public int[] indexes(DateColumn dates) {
    int[] out = new int[dates.size()];
    for (int i = 0; i < out.length; i++) {
      int packed = dates.getIntInternal(i);
      out[i] = dates.isMissing(i) ? Integer.MIN_VALUE : indexOfPacked(packed);
    }
    return out;
  }

  /**
   * @param index a period index
   * @return the period's first day
   */
  public LocalDate start(int index) {
    return switch (grain) {
      case MONTH -> monthStart(index);
      case QUARTER -> monthStart(index * 3 + fiscalStart - 1);
      case YEAR -> monthStart(index * 12 + fiscalStart - 1);
      case WEEK -> LocalDate.ofEpochDay((long) index * 7 - 3);
    };
  }

  private static LocalDate monthStart(int monthIndex) {
    return LocalDate.of(Math.floorDiv(monthIndex, 12), Math.floorMod(monthIndex, 12) + 1, 1);
  }

  /**
   * @param index a period index
   * @return the period's last day
   */
  public LocalDate end(int index) {
    return start(index + 1).minusDays(1);
  }

  /**
   * @param index a period index
   * @return the number of days in the period
   */
  public int days(int index) {
    return (int) (start(index + 1).toEpochDay() - start(index).toEpochDay());
  }

  /**
   * The period's label: {@code 2024-01}, {@code 2024-W05}, {@code 2024-Q1}, {@code 2024}, or with a
   * fiscal year not starting in January {@code FY2025-Q1} and {@code FY2025}.
   *
   * @param index a period index
   * @return the label
   */
  public String label(int index) {
    LocalDate s = start(index);
    return switch (grain) {
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", s.getYear(), s.getMonthValue());
      case WEEK -> String.format(
          Locale.ROOT,
          "%04d-W%02d",
          s.get(IsoFields.WEEK_BASED_YEAR),
          s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case QUARTER -> yearLabel(Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1);
      case YEAR -> yearLabel(index);
    };
  }

  /** A (fiscal) year index, as used by {@link Grain#YEAR}, as its label. */
  private String yearLabel(int yearIndex) {
    LocalDate first = monthStart(yearIndex * 12 + fiscalStart - 1);
    return fiscalStart == 1 ? String.valueOf(first.getYear()) : "FY" + first.plusMonths(11).getYear();
  }

  /**
   * @param date a date
   * @return true when the date is the last day of its period
   */
  public boolean isLastDay(LocalDate date) {
    return date.equals(end(index(date)));
  }

  /**
   * Periods are equal when they cut time the same way: same grain and, for quarters and years, the
   * same fiscal start (weeks and months ignore it).
   *
   * @param other another object
   * @return true when both give every date the same period index and label
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Periods p && grain == p.grain && effectiveFiscalStart() == p.effectiveFiscalStart();
  }

  @Override
  public int hashCode() {
    return 31 * grain.hashCode() + effectiveFiscalStart();
  }

  private int effectiveFiscalStart() {
    return grain == Grain.MONTH || grain == Grain.WEEK ? 1 : fiscalStart;
  }

  /** @return the grain's name in lower case with the fiscal start when not January */
  @Override
  public String toString() {
    String g = grain.name().toLowerCase(Locale.ROOT);
    return fiscalStart == 1 || grain == Grain.MONTH || grain == Grain.WEEK
        ? g
        : g + " (fiscal year from month " + fiscalStart + ")";
  }
}
