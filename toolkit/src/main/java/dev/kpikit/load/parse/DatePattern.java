package dev.kpikit.load.parse;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalQueries;
import java.util.Locale;

/**
 * Compiles a configured {@code date_format} into a strict formatter.
 *
 * <p>With {@link ResolverStyle#STRICT}, {@code yyyy} (year of era) needs an era to resolve a date,
 * so {@code y} letters outside quotes are read as {@code u} (proleptic year; the same for years
 * after 0) unless the pattern has an era ({@code G}). A pattern without a day ({@code yyyy-MM})
 * reads the first day of the month. Month and day names are English, in any letter case.
 */
final class DatePattern {
  private static final ZonedDateTime PROBE =
      ZonedDateTime.of(2001, 2, 3, 4, 5, 6, 0, ZoneOffset.ofHours(1));

  private DatePattern() {}

  /**
   * The strict formatter for {@code pattern}.
   *
   * @throws IllegalArgumentException when the pattern is invalid or does not give a whole date
   */
  static DateTimeFormatter compile(String pattern) {
    DateTimeFormatter formatter;
    try {
      DateTimeFormatterBuilder builder =
          new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(withProlepticYear(pattern));
      if (!hasUnquoted(pattern, 'd') && !hasUnquoted(pattern, 'D')) {
        builder.parseDefaulting(ChronoField.DAY_OF_MONTH, 1);
      }
      formatter = builder.toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "date_format '" + pattern + "' is not a valid date pattern: " + e.getMessage(), e);
    }
    checkGivesADate(pattern, formatter);
    return formatter;
  }

  /** Formats a known date-time and reads it back, to reject patterns such as {@code HH:mm}. */
  private static void checkGivesADate(String pattern, DateTimeFormatter formatter) {
    boolean givesDate;
    try {
      givesDate = formatter.parse(formatter.format(PROBE)).query(TemporalQueries.localDate()) != null;
    } catch (DateTimeException e) {
      givesDate = false;
    }
    if (!givesDate) {
      throw new IllegalArgumentException(
          "date_format '" + pattern + "' does not give a whole date (year, month and day)");
    }
  }

  static String withProlepticYear(String pattern) {
    if (hasUnquoted(pattern, 'G')) {
      return pattern;
    }
    StringBuilder out = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      quoted ^= c == '\'';
      out.append(c == 'y' && !quoted ? 'u' : c);
    }
    return out.toString();
  }

  private static boolean hasUnquoted(String pattern, char letter) {
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      quoted ^= c == '\'';
      if (c == letter && !quoted) {
        return true;
      }
    }
    return false;
  }
}
