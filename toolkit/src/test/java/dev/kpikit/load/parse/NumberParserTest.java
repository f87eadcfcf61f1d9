package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {
  private final NumberParser dot = new NumberParser('.');

  @ParameterizedTest(name = "[{index}] ''{0}'' = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          12          | 12
          -3.25       | -3.25
          ' 64.70 '   | 64.7
          1,234.5     | 1234.5
          1.5e3       | 1500
          2E-4        | 0.0002
          -1.25e+2    | -125
          (12)        | -12
          17850.0     | 17850
          """)
  void acceptsPlainNumbersAndScientificNotation(String text, double expected) {
    assertEquals(expected, dot.parse(text));
  }

  @Test
  void exponentIsReadWithTheConfiguredDecimalComma() {
    assertEquals(1500, new NumberParser(',').parse("1,5e3"));
  }

  @Test
  void currencyIsRejectedInNumberColumns() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> dot.parse("$12"));
    assertEquals(
        "'$12' is not a number (currency marks are only accepted in money columns)",
        failure.getMessage());
  }

  @Test
  void decimalCommaRejectedUnlessConfigured() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> dot.parse("12,50"));
    assertEquals(
        "'12,50' is not a number (decimal separator is '.'; set decimal_separator: \",\" for"
            + " 1.234,50 style)",
        failure.getMessage());
  }

  @ParameterizedTest(name = "[{index}] ''{0}'': {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1e         | malformed exponent
          1e5.5      | malformed exponent
          1e12345    | malformed exponent
          e5         | unexpected 'e'
          1e400      | too large
          Infinity   | unexpected 'I'
          """)
  void malformedNumbersAreRejectedWithReason(String text, String reason) {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> dot.parse(text));
    assertEquals("'" + text + "' is not a number (" + reason + ")", failure.getMessage());
  }

  @Test
  void parseValueRejectsInfinity() {
    assertThrows(ParseFailure.class, () -> dot.parseValue(Double.POSITIVE_INFINITY));
  }
}
