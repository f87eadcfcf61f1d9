package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BooleanParserTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Yes     | true
          No      | false
          TRUE    | true
          false   | false
          y       | true
          N       | false
          1       | true
          0       | false
          ' yes ' | true
          """)
  void acceptsYesNoWordsInAnyCase(String text, boolean expected) {
    assertEquals(expected, BooleanParser.parse(text));
  }

  @Test
  void otherWordsAreRejectedListingTheAcceptedOnes() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> BooleanParser.parse("maybe"));
    assertEquals(
        "'maybe' is not a yes/no value (expected yes/no, true/false, y/n, 1/0)",
        failure.getMessage());
  }

  @Test
  void prefixOfAWordIsRejected() {
    assertThrows(ParseFailure.class, () -> BooleanParser.parse("ye"));
  }

  @Test
  void parseValueReadsBooleansAndZeroOrOne() {
    assertEquals(true, BooleanParser.parseValue(Boolean.TRUE));
    assertEquals(true, BooleanParser.parseValue(1));
    assertEquals(false, BooleanParser.parseValue(0L));
    assertEquals(false, BooleanParser.parseValue("no"));
  }

  @Test
  void parseValueRejectsOtherNumbers() {
    assertThrows(ParseFailure.class, () -> BooleanParser.parseValue(2));
  }
}
