package dev.kpikit.sample;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The 36 months every sample covers, 2023-01-01 to 2025-12-31, as day and month indices with their
 * ISO texts precomputed (so the hot loops format no dates).
 */
final class SampleCalendar {
  static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  static final int MONTHS = 36;
  static final LocalDate LAST_DAY = FIRST_DAY.plusMonths(MONTHS).minusDays(1);
  static final SampleCalendar INSTANCE = new SampleCalendar();

  private final int days;
  private final String[] dayText;
  private final byte[] monthOfDay;
  private final int[] firstDayOfMonth;

  private SampleCalendar() {
    days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
    dayText = new String[days];
    monthOfDay = new byte[days];
    firstDayOfMonth = new int[MONTHS + 1];
    for (int d = 0; d < days; d++) {
      LocalDate date = date(d);
      dayText[d] = date.toString();
      monthOfDay[d] = (byte) monthIndex(date);
      if (date.getDayOfMonth() == 1) {
        firstDayOfMonth[monthOfDay[d]] = d;
      }
    }
    firstDayOfMonth[MONTHS] = days;
  }

  /** The number of days covered (1096). */
  int days() {
    return days;
  }

  LocalDate date(int day) {
    return FIRST_DAY.plusDays(day);
  }

  /** The ISO text of a day index, e.g. {@code 2024-02-29}. */
  String text(int day) {
    return dayText[day];
  }

  /** The 0-based month index (0 = 2023-01) of a day index. */
  int monthOf(int day) {
    return monthOfDay[day];
  }

  /** The day index of the first day of a month index; {@code MONTHS} gives {@link #days()}. */
  int firstDayOf(int month) {
    return firstDayOfMonth[month];
  }

  int lengthOf(int month) {
    return firstDayOfMonth[month + 1] - firstDayOfMonth[month];
  }

  YearMonth yearMonth(int month) {
    return YearMonth.from(FIRST_DAY).plusMonths(month);
  }

  /** The day index of a date (may be outside [0, days)). */
  int dayOf(LocalDate date) {
    return (int) (date.toEpochDay() - FIRST_DAY.toEpochDay());
  }

  static int monthIndex(LocalDate date) {
    return (date.getYear() - FIRST_DAY.getYear()) * 12 + date.getMonthValue() - 1;
  }

  /**
   * Splits {@code total} over the days in proportion to {@code weights} by cumulative rounding, so
   * the counts add up to exactly {@code total}.
   */
  static int[] spread(long total, double[] weights) {
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    int[] counts = new int[weights.length];
    double cumulative = 0;
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      cumulative += weights[i];
      long upTo = Math.round(total * cumulative / sum);
      counts[i] = (int) (upTo - given);
      given = upTo;
    }
    return counts;
  }
}
