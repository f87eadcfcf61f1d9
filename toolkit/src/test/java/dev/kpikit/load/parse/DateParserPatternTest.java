package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserPatternTest {

  @ParameterizedTest(name = "[{index}] ''{1}'' with {0} = {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          M/d/yyyy H:mm       | 12/1/2010 8:26            | 2010-12-01
          M/d/yyyy            | 11/8/2016                 | 2016-11-08
          dd/MM/yyyy          | 01/12/2010                | 2010-12-01
          d.M.yy              | 1.12.10                   | 2010-12-01
          dd MMM yyyy         | 01 DEC 2010               | 2010-12-01
          yyyy-MM             | 2024-02                   | 2024-02-01
          M/d/uuuu h:mm a     | 12/1/2010 8:26 pm         | 2010-12-01
          'Day' d 'of' M yyyy | Day 1 of 12 2010          | 2010-12-01
          """)
  void readsConfiguredPatterns(String pattern, String text, LocalDate expected) {
    assertEquals(expected, DateParser.of(pattern, ZoneOffset.UTC).parse(text));
  }

  @Test
  void shopifyOffsetIsConvertedToBusinessZoneBeforeTakingTheDate() {
    DateParser shopify = DateParser.of("yyyy-MM-dd HH:mm:ss Z", ZoneOffset.UTC);
    assertEquals(LocalDate.of(2024, 2, 1), shopify.parse("2024-01-31 23:30:00 -0500"));
  }

  @Test
  void patternWithoutOffsetIsLocalBusinessTime() {
    DateParser sydney = DateParser.of("M/d/yyyy H:mm", ZoneId.of("Australia/Sydney"));
    assertEquals(LocalDate.of(2010, 12, 1), sydney.parse("12/1/2010 23:59"));
  }

  @Test
  void februaryThirtyFirstIsRejectedWithReason() {
    DateParser parser = DateParser.of("d/M/yyyy", ZoneOffset.UTC);
    ParseFailure failure = assertThrows(ParseFailure.class, () -> parser.parse("31/2/2024"));
    assertEquals(
        "'31/2/2024' is not a valid date (February 2024 has 29 days; date_format is 'd/M/yyyy')",
        failure.getMessage());
  }

  @Test
  void monthThirteenIsRejectedWithReason() {
    DateParser parser = DateParser.of("M/d/yyyy", ZoneOffset.UTC);
    ParseFailure failure = assertThrows(ParseFailure.class, () -> parser.parse("13/1/2024"));
    assertEquals(
        "'13/1/2024' is not a valid date (month 13 does not exist; date_format is 'M/d/yyyy')",
        failure.getMessage());
  }

  @Test
  void valueOfAnotherLayoutDoesNotMatch() {
    DateParser parser = DateParser.of("M/d/yyyy", ZoneOffset.UTC);
    ParseFailure failure = assertThrows(ParseFailure.class, () -> parser.parse("2024-01-05"));
    assertEquals("'2024-01-05' does not match date_format 'M/d/yyyy'", failure.getMessage());
  }

  @Test
  void invalidPatternIsRejectedNamingIt() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> DateParser.of("M/d/yyyy {", ZoneOffset.UTC));
    assertEquals(
        true,
        error.getMessage().startsWith("date_format 'M/d/yyyy {' is not a valid date pattern: "),
        error.getMessage());
  }

  @Test
  void patternWithoutADateIsRejected() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> DateParser.of("HH:mm", ZoneOffset.UTC));
    assertEquals(
        "date_format 'HH:mm' does not give a whole date (year, month and day)", error.getMessage());
  }

  @Test
  void patternIsReportedAsConfigured() {
    assertEquals("M/d/yyyy", DateParser.of("M/d/yyyy", ZoneOffset.UTC).pattern());
  }
}
