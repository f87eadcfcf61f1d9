package dev.kpikit.load.parse;

import java.time.LocalDate;

/**
 * Reads ISO dates and date-times by hand, without a formatter: {@code 2024-02-29}, {@code 2024-02}
 * (the first of the month), {@code 2024-02-29T13:45}, {@code 2024-02-29 13:45:00}, with a fraction
 * of up to 9 digits ({@code .5}, {@code ,123456}), and optionally a UTC offset, with or without a
 * blank before it: {@code Z}, {@code UTC}, {@code +01}, {@code +01:00}, {@code +0100}.
 *
 * <p>A date-time without offset is local business time: its date is taken as written. With an
 * offset it is an instant, converted to the business zone before taking the date.
 */
final class IsoDateText implements DateText {
  private static final int MAX_FRACTION_DIGITS = 9;
  private static final int MAX_OFFSET_HOURS = 18;

  private final BusinessDate business;

  IsoDateText(BusinessDate business) {
    this.business = business;
  }

  @Override
  public LocalDate parse(String s) {
    int from = Blank.start(s);
    int to = Blank.end(s, from);
    int year = digits(s, from, 4, to);
    int month = separated(s, '-', from + 4, to);
    if (year < 0 || month < 0) {
      throw notIso(s);
    }
    if (to == from + 7) {
      return validDate(s, year, month, 1);
    }
    int day = separated(s, '-', from + 7, to);
    if (day < 0) {
      throw notIso(s);
    }
    LocalDate date = validDate(s, year, month, day);
    if (to == from + 10) {
      return date;
    }
    return dateOfDateTime(s, date, from + 10, to);
  }

  /** The date of the date-time whose time part starts at {@code at} with 'T' or ' '. */
  private LocalDate dateOfDateTime(String s, LocalDate date, int at, int to) {
    char t = s.charAt(at);
    int hour = t == 'T' || t == ' ' ? digits(s, at + 1, 2, to) : -1;
    int minute = separated(s, ':', at + 3, to);
    if (hour < 0 || minute < 0) {
      throw notIso(s);
    }
    int i = at + 6;
    int second = 0;
    if (i < to && s.charAt(i) == ':') {
      second = separated(s, ':', i, to);
      if (second < 0) {
        throw notIso(s);
      }
      i += 3;
      i = skipFraction(s, i, to);
    }
    String timeProblem = CalendarCheck.timeProblem(hour, minute, second);
    if (timeProblem != null) {
      throw new ParseFailure(Quote.of(s) + " is not a valid date-time (" + timeProblem + ")");
    }
    if (i == to) {
      return date;
    }
    int offsetSeconds = offsetSeconds(s, i < to && s.charAt(i) == ' ' ? i + 1 : i, to);
    return business.of(date, hour * 3600 + minute * 60 + second, offsetSeconds);
  }

  private static int skipFraction(String s, int i, int to) {
    if (i < to && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
      int start = ++i;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == start || i - start > MAX_FRACTION_DIGITS) {
        throw notIso(s);
      }
    }
    return i;
  }

  /** Seconds east of UTC for {@code Z}, {@code UTC}, {@code ±HH}, {@code ±HH:MM}, {@code ±HHMM}. */
  private static int offsetSeconds(String s, int i, int to) {
    int length = to - i;
    if (length == 1 && s.charAt(i) == 'Z' || length == 3 && s.startsWith("UTC", i)) {
      return 0;
    }
    char sign = i < to ? s.charAt(i) : ' ';
    int hours = sign == '+' || sign == '-' ? digits(s, i + 1, 2, to) : -1;
    int minutes;
    if (length == 3) {
      minutes = 0;
    } else if (length == 5) {
      minutes = digits(s, i + 3, 2, to);
    } else if (length == 6 && s.charAt(i + 3) == ':') {
      minutes = digits(s, i + 4, 2, to);
    } else {
      minutes = -1;
    }
    if (hours < 0 || minutes < 0 || hours > MAX_OFFSET_HOURS || minutes > 59) {
      throw new ParseFailure(
          Quote.of(s)
              + " is not an ISO date-time (malformed UTC offset; expected Z, +01:00 or +0100)");
    }
    int seconds = hours * 3600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
  }

  private static LocalDate validDate(String s, int year, int month, int day) {
    String problem = CalendarCheck.dateProblem(year, month, day);
    if (problem != null) {
      throw new ParseFailure(Quote.of(s) + " is not a valid date (" + problem + ")");
    }
    return LocalDate.of(year, month, day);
  }

  /** The two digits after {@code separator} at {@code at}, or -1. */
  private static int separated(String s, char separator, int at, int to) {
    return at < to && s.charAt(at) == separator ? digits(s, at + 1, 2, to) : -1;
  }

  /** The value of {@code count} digits at {@code at}, or -1 when they are not all digits. */
  private static int digits(String s, int at, int count, int to) {
    if (at + count > to) {
      return -1;
    }
    int value = 0;
    for (int i = at; i < at + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static ParseFailure notIso(String s) {
    return new ParseFailure(
        Quote.of(s)
            + " is not an ISO date (expected yyyy-MM-dd or yyyy-MM-dd HH:mm:ss;"
            + " set date_format for other layouts)");
  }
}
