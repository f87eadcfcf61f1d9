package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateParserGuessTest {

  @Test
  void firstComponentAboveTwelveMeansDayFirst() {
    DateFormatGuess guess = DateParser.guess(List.of("1/12/2010", "13/1/2011", "2/1/2011"));
    assertEquals(
        new DateFormatGuess("d/M/yyyy", false, "day first: '13/1/2011' has 13 before the month"),
        guess);
  }

  @Test
  void secondComponentAboveTwelveMeansMonthFirst_andTheTimeIsPartOfThePattern() {
    DateFormatGuess guess = DateParser.guess(List.of("12/1/2010 8:26", "12/13/2010 17:05"));
    assertEquals(
        new DateFormatGuess(
            "M/d/yyyy H:mm", false, "month first: '12/13/2010 17:05' has 13 after the month"),
        guess);
  }

  @Test
  void secondsAndDotSeparatorsAreKept() {
    DateFormatGuess guess = DateParser.guess(List.of("31.12.2010 08:26:00"));
    assertEquals("d.M.yyyy H:mm:ss", guess.pattern());
  }

  @Test
  void twelveHourClockGivesAnAmPmPattern() {
    DateFormatGuess guess = DateParser.guess(List.of("12/31/2010 8:26 PM"));
    assertEquals("M/d/yyyy h:mm a", guess.pattern());
  }

  @Test
  void guessIsAmbiguousWhenEveryValueFitsBothOrders() {
    DateFormatGuess guess = DateParser.guess(List.of("12/1/2010 8:26", "1/2/2011 9:00"));
    assertEquals(
        new DateFormatGuess(
            null,
            true,
            "every value fits both day/month and month/day (e.g. '12/1/2010 8:26'); set"
                + " date_format: \"M/d/yyyy H:mm\" or \"d/M/yyyy H:mm\""),
        guess);
  }

  @Test
  void guessIsAmbiguousWhenTheOrderContradictsItself() {
    DateFormatGuess guess = DateParser.guess(List.of("13/1/2011", "1/13/2011"));
    assertEquals(
        new DateFormatGuess(
            null,
            true,
            "the day/month order contradicts itself: '13/1/2011' is day-first but '1/13/2011' is"
                + " month-first; set date_format"),
        guess);
  }

  @Test
  void twoDigitYearsAreAmbiguousEvenWhenTheOrderIsKnown() {
    DateFormatGuess guess = DateParser.guess(List.of("1/2/10", "13/2/10"));
    assertEquals(
        new DateFormatGuess(
            null,
            true,
            "two-digit years (e.g. '1/2/10') are ambiguous; set date_format (\"d/M/yy\" fits)"),
        guess);
  }

  @Test
  void isoValuesGiveNoPattern() {
    DateFormatGuess guess = DateParser.guess(List.of("2010-12-01 08:26:00", "2010-12-02"));
    assertEquals(
        new DateFormatGuess(null, false, "ISO dates (e.g. '2010-12-01 08:26:00')"), guess);
  }

  @Test
  void yearFirstWithSlashesIsDecided() {
    assertEquals("yyyy/M/d", DateParser.guess(List.of("2010/12/1")).pattern());
  }

  @Test
  void mixedLayoutsAreAmbiguous() {
    DateFormatGuess guess = DateParser.guess(List.of("13/1/2011", "2011-01-14"));
    assertEquals(
        new DateFormatGuess(
            null,
            true,
            "mixed date layouts, '13/1/2011' and '2011-01-14'; set date_format and clean the other"
                + " values"),
        guess);
  }

  @Test
  void dateWithAndWithoutTimeAreMixedLayouts() {
    assertEquals(true, DateParser.guess(List.of("13/1/2011", "13/1/2011 8:00")).ambiguous());
  }

  @Test
  void unrecognisableAndNullValuesDoNotTakePartInTheDecision() {
    DateFormatGuess guess = DateParser.guess(Arrays.asList(null, "n/a", "13/1/2011", "45/1/2011"));
    assertEquals("d/M/yyyy", guess.pattern());
  }

  @Test
  void onlyUnrecognisableValuesFallBackToIso() {
    DateFormatGuess guess = DateParser.guess(List.of("yesterday"));
    assertEquals(
        new DateFormatGuess(null, false, "no value looks like a date (e.g. 'yesterday'); ISO dates assumed"),
        guess);
  }

  @Test
  void guessedPatternReadsTheSamples() {
    List<String> samples = List.of("12/1/2010 8:26", "12/13/2010 17:05");
    DateParser parser = DateParser.of(DateParser.guess(samples).pattern(), ZoneOffset.UTC);
    assertEquals(LocalDate.of(2010, 12, 13), parser.parse(samples.get(1)));
  }
}
