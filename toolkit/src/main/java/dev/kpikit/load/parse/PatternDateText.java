package dev.kpikit.load.parse;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * Reads dates with a configured {@code date_format} ({@code M/d/yyyy H:mm}, {@code dd/MM/yyyy},
 * {@code yyyy-MM-dd HH:mm:ss Z}, ...) through a strict {@link DateTimeFormatter}. A value with an
 * offset or zone is converted to the business zone before taking the date; one without is local
 * business time.
 */
final class PatternDateText implements DateText {
  private final String pattern;
  private final DateTimeFormatter formatter;
  private final ZoneId zone;

  PatternDateText(String pattern, ZoneId zone) {
    this.pattern = pattern;
    this.formatter = DatePattern.compile(pattern);
    this.zone = zone;
  }

  String pattern() {
    return pattern;
  }

  @Override
  public LocalDate parse(String s) {
    int from = Blank.start(s);
    int to = Blank.end(s, from);
    String text = from == 0 && to == s.length() ? s : s.substring(from, to);
    try {
      TemporalAccessor parsed = formatter.parse(text);
      if (parsed.query(TemporalQueries.zone()) == null) {
        return parsed.query(TemporalQueries.localDate());
      }
      return ZonedDateTime.from(parsed).withZoneSameInstant(zone).toLocalDate();
    } catch (DateTimeException e) {
      throw explain(s, text);
    }
  }

  /** Says whether the text does not fit the pattern or fits it but names no real date or time. */
  private ParseFailure explain(String s, String text) {
    ParsePosition position = new ParsePosition(0);
    TemporalAccessor fields = formatter.parseUnresolved(text, position);
    boolean fits =
        fields != null && position.getErrorIndex() < 0 && position.getIndex() == text.length();
    String problem = null;
    if (fits) {
      problem = datesProblem(fields);
      if (problem == null) {
        problem = timeProblem(fields);
      }
    }
    if (problem != null) {
      return new ParseFailure(
          Quote.of(s) + " is not a valid date (" + problem + "; date_format is '" + pattern + "')");
    }
    return new ParseFailure(Quote.of(s) + " does not match date_format '" + pattern + "'");
  }

  private static String datesProblem(TemporalAccessor fields) {
    ChronoField yearField =
        fields.isSupported(ChronoField.YEAR) ? ChronoField.YEAR : ChronoField.YEAR_OF_ERA;
    if (!fields.isSupported(yearField)
        || !fields.isSupported(ChronoField.MONTH_OF_YEAR)
        || !fields.isSupported(ChronoField.DAY_OF_MONTH)) {
      return null;
    }
    return CalendarCheck.dateProblem(
        (int) fields.getLong(yearField),
        (int) fields.getLong(ChronoField.MONTH_OF_YEAR),
        (int) fields.getLong(ChronoField.DAY_OF_MONTH));
  }

  private static String timeProblem(TemporalAccessor fields) {
    return CalendarCheck.timeProblem(
        field(fields, ChronoField.HOUR_OF_DAY),
        field(fields, ChronoField.MINUTE_OF_HOUR),
        field(fields, ChronoField.SECOND_OF_MINUTE));
  }

  private static int field(TemporalAccessor fields, ChronoField field) {
    return fields.isSupported(field) ? (int) fields.getLong(field) : 0;
  }
}
