package dev.kpikit.load.parse;

import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;

/** Says why year-month-day or hour-minute-second fields are not a real date or time. */
final class CalendarCheck {
  private CalendarCheck() {}

  /** Null when the date exists, else the reason, e.g. "February 2023 has 28 days". */
  static String dateProblem(int year, int month, int day) {
    if (month < 1 || month > 12) {
      return "month " + month + " does not exist";
    }
    int length = Month.of(month).length(Year.isLeap(year));
    if (day < 1 || day > length) {
      String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      return name + " " + year + " has " + length + " days";
    }
    return null;
  }

  /** Null when the time of day exists, else the reason, e.g. "hour 25 does not exist". */
  static String timeProblem(int hour, int minute, int second) {
    if (hour > 23) {
      return "hour " + hour + " does not exist";
    }
    if (minute > 59) {
      return "minute " + minute + " does not exist";
    }
    if (second > 59) {
      return "second " + second + " does not exist";
    }
    return null;
  }
}
