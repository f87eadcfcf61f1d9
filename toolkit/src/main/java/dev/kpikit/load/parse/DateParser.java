package dev.kpikit.load.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Reads the values of a date column ({@link dev.kpikit.schema.ColumnType#DATE}) as calendar dates
 * in the business time zone (config {@code timezone}). Immutable and thread-safe.
 *
 * <p><b>ISO</b> (no {@code date_format}): {@code 2024-02-29}; {@code 2024-02} (the first of the
 * month, for monthly periods); date-times {@code 2024-02-29T13:45}, {@code 2024-02-29 13:45:00},
 * with a fraction ({@code 13:45:00.123}) and optionally a UTC offset ({@code Z}, {@code UTC},
 * {@code +01}, {@code +01:00}, {@code +0100}, with or without a blank before it). These are read by
 * hand, without a formatter.
 *
 * <p><b>Pattern</b> ({@code date_format}, e.g. {@code M/d/yyyy H:mm}, {@code dd/MM/yyyy}, {@code
 * yyyy-MM-dd HH:mm:ss Z} as in Shopify exports): a {@link java.time.format.DateTimeFormatter} with
 * {@link java.time.format.ResolverStyle#STRICT} resolving, English month names in any case; {@code
 * yyyy} is read as the proleptic year (so it works with STRICT). A pattern without a day reads the
 * first of the month.
 *
 * <p>In both modes, a date-time without offset is already local business time, so its date is
 * taken as written; a date-time with an offset or zone is an instant, converted to the business
 * zone before taking the date ({@code 2024-01-31T23:30:00-05:00} is 2024-02-01 in UTC). Dates that
 * do not exist are rejected with a reason that says so: {@code '2024-02-31' is not a valid date
 * (February 2024 has 29 days)}.
 *
 * @since 0.1.0
 */
public final class DateParser {
  private final String pattern;
  private final ZoneId zone;
  private final DateText text;

  private DateParser(String pattern, ZoneId zone, DateText text) {
    this.pattern = pattern;
    this.zone = zone;
    this.text = text;
  }

  /**
   * Creates a parser.
   *
   * @param patternOrNull a {@link java.time.format.DateTimeFormatter} pattern (config {@code
   *     date_format}), or null for ISO dates and date-times
   * @param zone the business time zone that offsets are converted to
   * @return the parser
   * @throws IllegalArgumentException when the pattern is not a valid pattern or gives no whole date
   *     (year, month and day, or year and month); the message is one line naming the pattern
   */
  public static DateParser of(String patternOrNull, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    DateText text =
        patternOrNull == null
            ? new IsoDateText(new BusinessDate(zone))
            : new PatternDateText(patternOrNull, zone);
    return new DateParser(patternOrNull, zone, text);
  }

  /**
   * Reads one date.
   *
   * @param s a non-blank text
   * @return the date in the business zone
   * @throws ParseFailure when {@code s} does not have the expected layout or names a date or time
   *     that does not exist, with the reason
   */
  public LocalDate parse(String s) {
    return text.parse(s);
  }

  /**
   * Reads one date from a typed source (Parquet).
   *
   * @param v a String (read as {@link #parse}); a LocalDate (as is); a LocalDateTime (its date: it
   *     is already local); an Instant, OffsetDateTime or ZonedDateTime (converted to the business
   *     zone, then its date)
   * @return the date in the business zone
   * @throws ParseFailure for a String that does not parse or a value of another type
   */
  public LocalDate parseValue(Object v) {
    if (v instanceof String) {
      return parse((String) v);
    }
    if (v instanceof LocalDate) {
      return (LocalDate) v;
    }
    if (v instanceof LocalDateTime) {
      return ((LocalDateTime) v).toLocalDate();
    }
    if (v instanceof Instant) {
      return LocalDate.ofInstant((Instant) v, zone);
    }
    if (v instanceof OffsetDateTime) {
      return ((OffsetDateTime) v).atZoneSameInstant(zone).toLocalDate();
    }
    if (v instanceof ZonedDateTime) {
      return ((ZonedDateTime) v).withZoneSameInstant(zone).toLocalDate();
    }
    throw Quote.unsupportedType(v, "a date");
  }

  /** @return the configured pattern, or null for ISO */
  public String pattern() {
    return pattern;
  }

  /** @return the business time zone */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Decides the pattern of a date column without a configured {@code date_format}, from all its
   * values (or a large sample; more values give more chances to decide).
   *
   * <p>ISO values give a null pattern. Values like {@code 12/1/2010 8:26} (separator {@code /},
   * {@code .} or {@code -}, time {@code H:mm}, {@code H:mm:ss} or with AM/PM optional): a first
   * component above 12 decides day-first ({@code d/M/yyyy H:mm}), a second above 12 month-first
   * ({@code M/d/yyyy H:mm}); both is a contradiction and neither is ambiguous, as are two-digit
   * years and values of mixed layouts: the result is then {@link DateFormatGuess#ambiguous()} with
   * an explanation, never a silent guess. Year-first values ({@code 2010/12/1}) give {@code
   * yyyy/M/d}. Null values and values that look like no date are ignored.
   *
   * @param samples the column's values; stops early once a contradiction is found
   * @return the decision and its one-line explanation
   */
  public static DateFormatGuess guess(Iterable<String> samples) {
    return DateFormatGuesser.guess(samples);
  }

  @Override
  public String toString() {
    return "DateParser{" + (pattern == null ? "ISO" : pattern) + ", zone=" + zone + "}";
  }
}
