package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserIsoTest {
  private final DateParser utc = DateParser.of(null, ZoneOffset.UTC);

  @ParameterizedTest(name = "[{index}] ''{0}'' = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2024-02-29                    | 2024-02-29
          ' 2024-02-29 '                | 2024-02-29
          2024-02                       | 2024-02-01
          2024-02-29T13:45              | 2024-02-29
          2024-02-29 13:45:00           | 2024-02-29
          2024-02-29T23:59:59.999999999 | 2024-02-29
          2024-02-29 13:45:00,5         | 2024-02-29
          2010-12-01 08:26:00           | 2010-12-01
          """)
  void readsIsoDatesAndLocalDateTimes(String text, LocalDate expected) {
    assertEquals(expected, utc.parse(text));
  }

  @Test
  void dateTimeWithoutOffsetIsAlreadyLocalBusinessTime() {
    DateParser tokyo = DateParser.of(null, ZoneId.of("Asia/Tokyo"));
    assertEquals(LocalDate.of(2024, 1, 31), tokyo.parse("2024-01-31T23:30:00"));
  }

  @Test
  void offsetIsConvertedToBusinessZoneBeforeTakingTheDate() {
    assertEquals(LocalDate.of(2024, 2, 1), utc.parse("2024-01-31T23:30:00-05:00"));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-01-31T22:30:00Z",
        "2024-01-31 22:30:00 UTC",
        "2024-01-31T23:30:00+01:00",
        "2024-01-31T23:30+0100",
        "2024-01-31 23:30:00.250 +01",
        "2024-01-31T17:30:00-05:00"
      })
  void everyOffsetSpellingIsUnderstood(String text) {
    DateParser paris = DateParser.of(null, ZoneId.of("Europe/Paris"));
    assertEquals(LocalDate.of(2024, 1, 31), paris.parse(text));
    DateParser auckland = DateParser.of(null, ZoneId.of("Pacific/Auckland"));
    assertEquals(LocalDate.of(2024, 2, 1), auckland.parse(text));
  }

  @Test
  void regionZoneUsesTheDaylightSavingOffsetOfThatInstant() {
    DateParser newYork = DateParser.of(null, ZoneId.of("America/New_York"));
    assertEquals(LocalDate.of(2024, 7, 1), newYork.parse("2024-07-02T03:30:00Z"));
    assertEquals(LocalDate.of(2024, 1, 2), newYork.parse("2024-01-02T05:30:00Z"));
  }

  @Test
  void februaryThirtyFirstIsRejectedWithReason() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> utc.parse("2024-02-31"));
    assertEquals(
        "'2024-02-31' is not a valid date (February 2024 has 29 days)", failure.getMessage());
  }

  @Test
  void leapDayOfACommonYearIsRejectedWithReason() {
    ParseFailure failure =
        assertThrows(ParseFailure.class, () -> utc.parse("2023-02-29 10:00:00"));
    assertEquals(
        "'2023-02-29 10:00:00' is not a valid date (February 2023 has 28 days)",
        failure.getMessage());
  }

  @Test
  void monthThirteenIsRejectedWithReason() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> utc.parse("2024-13"));
    assertEquals("'2024-13' is not a valid date (month 13 does not exist)", failure.getMessage());
  }

  @Test
  void hourTwentyFiveIsRejectedWithReason() {
    ParseFailure failure =
        assertThrows(ParseFailure.class, () -> utc.parse("2024-02-29T25:00"));
    assertEquals(
        "'2024-02-29T25:00' is not a valid date-time (hour 25 does not exist)",
        failure.getMessage());
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "12/1/2010 8:26",
        "2024-2-29",
        "2024-02-29X",
        "2024-02-29T13",
        "2024-02-29T13:45:",
        "2024-02-29T13:45:00.",
        "2024-02-29T13:45:00.1234567891",
        "20240229",
        "24-02-29"
      })
  void otherLayoutsAreNotIso(String text) {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> utc.parse(text));
    assertEquals(
        "'"
            + text
            + "' is not an ISO date (expected yyyy-MM-dd or yyyy-MM-dd HH:mm:ss;"
            + " set date_format for other layouts)",
        failure.getMessage());
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(
      delimiter = '|',
      value = {"2024-02-29T13:45:00+1", "2024-02-29T13:45:00+19:00", "2024-02-29T13:45:00 CET"})
  void malformedOffsetIsRejectedWithReason(String text) {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> utc.parse(text));
    assertEquals(
        "'"
            + text
            + "' is not an ISO date-time (malformed UTC offset; expected Z, +01:00 or +0100)",
        failure.getMessage());
  }

  @Test
  void isoParserHasNoPattern() {
    assertEquals(null, utc.pattern());
  }
}
