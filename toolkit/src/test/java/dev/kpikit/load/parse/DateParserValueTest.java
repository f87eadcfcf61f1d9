package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DateParserValueTest {
  private final DateParser paris = DateParser.of(null, ZoneId.of("Europe/Paris"));

  @Test
  void localDateIsTakenAsIs() {
    assertEquals(LocalDate.of(2024, 2, 29), paris.parseValue(LocalDate.of(2024, 2, 29)));
  }

  @Test
  void localDateTimeIsAlreadyLocal() {
    assertEquals(
        LocalDate.of(2024, 1, 31), paris.parseValue(LocalDateTime.of(2024, 1, 31, 23, 30)));
  }

  @Test
  void instantIsConvertedToTheBusinessZone() {
    assertEquals(
        LocalDate.of(2024, 2, 1), paris.parseValue(Instant.parse("2024-01-31T23:30:00Z")));
  }

  @Test
  void offsetAndZonedDateTimesAreConvertedToTheBusinessZone() {
    OffsetDateTime evening = OffsetDateTime.of(2024, 1, 31, 18, 30, 0, 0, ZoneOffset.ofHours(-5));
    assertEquals(LocalDate.of(2024, 2, 1), paris.parseValue(evening));
    ZonedDateTime zoned = evening.atZoneSameInstant(ZoneId.of("America/New_York"));
    assertEquals(LocalDate.of(2024, 2, 1), paris.parseValue(zoned));
  }

  @Test
  void stringIsParsed() {
    assertEquals(LocalDate.of(2024, 2, 29), paris.parseValue("2024-02-29"));
  }

  @Test
  void otherTypesAreRejectedNamingTheType() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> paris.parseValue(20240229L));
    assertEquals("'20240229' is not a date (a Long value)", failure.getMessage());
  }
}
