package dev.kpikit.load.parse;

import dev.kpikit.load.parse.DateSample.Kind;
import dev.kpikit.load.parse.DateSample.Time;

/**
 * Decides the {@code date_format} of a column from its values (see {@link DateParser#guess}).
 *
 * <p>All recognisable values must share one layout. For day-and-month-first values, a first
 * component above 12 shows day-first, a second above 12 shows month-first; both is a
 * contradiction, neither is ambiguous. Two-digit years are always ambiguous. Unrecognisable values
 * are left out of the decision: the parser rejects them row by row.
 */
final class DateFormatGuesser {
  private final DateSample sample = new DateSample();
  private Kind kind;
  private char separator;
  private int yearDigits;
  private Time time;
  private String layoutExample;
  private String otherLayoutExample;
  private String dayFirstExample;
  private int dayFirstValue;
  private String monthFirstExample;
  private int monthFirstValue;
  private String unrecognisedExample;

  static DateFormatGuess guess(Iterable<String> samples) {
    DateFormatGuesser guesser = new DateFormatGuesser();
    for (String value : samples) {
      if (value != null && guesser.add(value)) {
        break;
      }
    }
    return guesser.conclusion();
  }

  /** Adds one value; true once the conclusion can no longer change. */
  private boolean add(String value) {
    sample.read(value);
    if (sample.kind == Kind.UNRECOGNISED) {
      unrecognisedExample = unrecognisedExample == null ? value : unrecognisedExample;
      return false;
    }
    if (layoutExample == null) {
      kind = sample.kind;
      separator = sample.separator;
      yearDigits = sample.yearDigits;
      time = sample.time;
      layoutExample = value;
    } else if (!sample.sameLayout(kind, separator, yearDigits, time)) {
      otherLayoutExample = value;
      return true;
    }
    if (sample.kind == Kind.DAY_AND_MONTH_FIRST) {
      if (sample.first > 12 && dayFirstExample == null) {
        dayFirstExample = value;
        dayFirstValue = sample.first;
      } else if (sample.second > 12 && monthFirstExample == null) {
        monthFirstExample = value;
        monthFirstValue = sample.second;
      }
    }
    return dayFirstExample != null && monthFirstExample != null;
  }

  private DateFormatGuess conclusion() {
    if (layoutExample == null) {
      return unrecognisedExample == null
          ? new DateFormatGuess(null, false, "no values; ISO dates assumed")
          : new DateFormatGuess(
              null,
              false,
              "no value looks like a date (e.g. "
                  + Quote.of(unrecognisedExample)
                  + "); ISO dates assumed");
    }
    if (otherLayoutExample != null) {
      return ambiguous(
          "mixed date layouts, "
              + Quote.of(layoutExample)
              + " and "
              + Quote.of(otherLayoutExample)
              + "; set date_format and clean the other values");
    }
    switch (kind) {
      case ISO:
        return new DateFormatGuess(null, false, "ISO dates (e.g. " + Quote.of(layoutExample) + ")");
      case YEAR_FIRST:
        return new DateFormatGuess(
            "yyyy" + separator + "M" + separator + "d" + time.pattern,
            false,
            "year first (e.g. " + Quote.of(layoutExample) + ")");
      default:
        return dayAndMonthConclusion();
    }
  }

  private DateFormatGuess dayAndMonthConclusion() {
    String dayFirst = pattern("d", "M");
    String monthFirst = pattern("M", "d");
    if (dayFirstExample != null && monthFirstExample != null) {
      return ambiguous(
          "the day/month order contradicts itself: "
              + Quote.of(dayFirstExample)
              + " is day-first but "
              + Quote.of(monthFirstExample)
              + " is month-first; set date_format");
    }
    if (yearDigits == 2) {
      String suggestion =
          dayFirstExample != null ? dayFirst : monthFirstExample != null ? monthFirst : null;
      return ambiguous(
          "two-digit years (e.g. "
              + Quote.of(layoutExample)
              + ") are ambiguous; set date_format"
              + (suggestion == null ? ", e.g. \"" + monthFirst + "\"" : " (\"" + suggestion + "\" fits)"));
    }
    if (dayFirstExample != null) {
      return new DateFormatGuess(
          dayFirst,
          false,
          "day first: " + Quote.of(dayFirstExample) + " has " + dayFirstValue + " before the month");
    }
    if (monthFirstExample != null) {
      return new DateFormatGuess(
          monthFirst,
          false,
          "month first: "
              + Quote.of(monthFirstExample)
              + " has "
              + monthFirstValue
              + " after the month");
    }
    return ambiguous(
        "every value fits both day/month and month/day (e.g. "
            + Quote.of(layoutExample)
            + "); set date_format: \""
            + monthFirst
            + "\" or \""
            + dayFirst
            + "\"");
  }

  private String pattern(String firstLetter, String secondLetter) {
    String year = yearDigits == 2 ? "yy" : "yyyy";
    return firstLetter + separator + secondLetter + separator + year + time.pattern;
  }

  private static DateFormatGuess ambiguous(String explanation) {
    return new DateFormatGuess(null, true, explanation);
  }
}
