package dev.kpikit.load.parse;

/**
 * Reads the layout of one date value for {@link DateFormatGuesser}: ISO, day-and-month-then-year
 * ({@code 12/1/2010}, {@code 1.12.2010}, {@code 01-12-10}) or year-first with slashes or dots
 * ({@code 2010/12/1}), optionally followed by a time ({@code 8:26}, {@code 08:26:00}, {@code 8:26
 * PM}). Reused for every sample: {@link #read} overwrites the fields.
 */
final class DateSample {
  enum Kind {
    ISO,
    DAY_AND_MONTH_FIRST,
    YEAR_FIRST,
    UNRECOGNISED
  }

  enum Time {
    NONE(""),
    HOURS_MINUTES(" H:mm"),
    HOURS_MINUTES_SECONDS(" H:mm:ss"),
    HOURS_MINUTES_12(" h:mm a"),
    HOURS_MINUTES_SECONDS_12(" h:mm:ss a");

    final String pattern;

    Time(String pattern) {
      this.pattern = pattern;
    }
  }

  Kind kind;
  char separator;
  int first;
  int second;
  int yearDigits;
  Time time;

  private String s;
  private int i;
  private int to;

  /** Reads {@code value}; afterwards {@link #kind} says what it is. */
  void read(String value) {
    s = value;
    i = Blank.start(value);
    to = Blank.end(value, i);
    kind = readLayout();
  }

  /** True when this sample has the given layout (everything but the day and month values). */
  boolean sameLayout(Kind otherKind, char otherSeparator, int otherYearDigits, Time otherTime) {
    return kind == otherKind
        && separator == otherSeparator
        && yearDigits == otherYearDigits
        && time == otherTime;
  }

  private Kind readLayout() {
    int start = i;
    int leading = number(4);
    int leadingDigits = i - start;
    separator = i < to ? s.charAt(i) : ' ';
    if (leadingDigits == 4 && separator == '-') {
      return Kind.ISO;
    }
    if (leading < 0 || (leadingDigits != 4 && leadingDigits > 2) || !isSeparator(separator)) {
      return Kind.UNRECOGNISED;
    }
    i++;
    int middle = number(2);
    if (middle < 0 || i >= to || s.charAt(i) != separator) {
      return Kind.UNRECOGNISED;
    }
    i++;
    int lastStart = i;
    int last = number(4);
    int lastDigits = i - lastStart;
    if (last < 0 || !readTime()) {
      return Kind.UNRECOGNISED;
    }
    if (leadingDigits == 4) {
      yearDigits = 4;
      first = middle;
      second = last;
      return lastDigits <= 2 && middle >= 1 && middle <= 12 && last >= 1 && last <= 31
          ? Kind.YEAR_FIRST
          : Kind.UNRECOGNISED;
    }
    yearDigits = lastDigits;
    first = leading;
    second = middle;
    boolean plausible =
        (lastDigits == 2 || lastDigits == 4)
            && leading >= 1
            && middle >= 1
            && leading <= 31
            && middle <= 31
            && (leading <= 12 || middle <= 12);
    return plausible ? Kind.DAY_AND_MONTH_FIRST : Kind.UNRECOGNISED;
  }

  /** Reads the optional time part up to the end; false when something else follows the date. */
  private boolean readTime() {
    if (i == to) {
      time = Time.NONE;
      return true;
    }
    if (!Blank.is(s.charAt(i))) {
      return false;
    }
    skipBlanks();
    int hourStart = i;
    if (number(2) < 0 || i == hourStart || !colonAndTwoDigits()) {
      return false;
    }
    boolean seconds = i < to && s.charAt(i) == ':';
    if (seconds && !colonAndTwoDigits()) {
      return false;
    }
    if (i == to) {
      time = seconds ? Time.HOURS_MINUTES_SECONDS : Time.HOURS_MINUTES;
      return true;
    }
    skipBlanks();
    boolean meridiem =
        to - i == 2
            && (s.regionMatches(true, i, "AM", 0, 2) || s.regionMatches(true, i, "PM", 0, 2));
    time = seconds ? Time.HOURS_MINUTES_SECONDS_12 : Time.HOURS_MINUTES_12;
    return meridiem;
  }

  private boolean colonAndTwoDigits() {
    if (i >= to || s.charAt(i) != ':') {
      return false;
    }
    i++;
    int start = i;
    return number(2) >= 0 && i - start == 2;
  }

  /** Reads 1 to {@code maxDigits} digits; their value, or -1 when there is no digit. */
  private int number(int maxDigits) {
    int start = i;
    int value = 0;
    while (i < to && i - start < maxDigits && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      value = value * 10 + (s.charAt(i) - '0');
      i++;
    }
    boolean moreDigits = i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    return i == start || moreDigits ? -1 : value;
  }

  private void skipBlanks() {
    while (i < to && Blank.is(s.charAt(i))) {
      i++;
    }
  }

  private static boolean isSeparator(char c) {
    return c == '/' || c == '.' || c == '-';
  }
}
