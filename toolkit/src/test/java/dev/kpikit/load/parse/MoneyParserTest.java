package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyParserTest {
  private final MoneyParser dot = new MoneyParser('.');
  private final MoneyParser comma = new MoneyParser(',');

  @ParameterizedTest(name = "[{index}] ''{0}'' = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1234.5       | 1234.5
          1,234.50     | 1234.5
          $1,234.50    | 1234.5
          -12          | -12
          +12          | 12
          .5           | 0.5
          12.          | 12
          1,234,567.89 | 1234567.89
          0.1          | 0.1
          USD 12.00    | 12
          12.00 EUR    | 12
          £5           | 5
          ¥1,000       | 1000
          5 $          | 5
          """)
  void acceptsCommonLayouts(String text, double expected) {
    assertEquals(expected, dot.parse(text));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          $262      | 262
          '$1,706'  | 1706
          -$383     | -383
          '-$1,665' | -1665
          $0        | 0
          """)
  void readsSuperstoreDisplayAmounts(String text, double expected) {
    assertEquals(expected, dot.parse(text));
  }

  @Test
  void minusMayComeBeforeOrAfterTheCurrencySymbol() {
    assertEquals(-1665, dot.parse("-$1,665"));
    assertEquals(-1665, dot.parse("$-1,665"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"(12.00)", "($12.00)", "$(12.00)", "(12.00) EUR", "( 12 )"})
  void parenthesesMeanNegative(String text) {
    assertEquals(-12, dot.parse(text));
  }

  @Test
  void blanksAndNoBreakSpacesAroundTheValueAreIgnored() {
    assertEquals(1234.5, dot.parse(" \u00A0$ 1,234.50\u00A0 "));
  }

  @Test
  void decimalCommaIsReadWhenConfigured() {
    assertEquals(1234.5, comma.parse("1.234,50"));
    assertEquals(12, comma.parse("€ 12,00"));
    assertEquals(-0.5, comma.parse("-0,5"));
  }

  @Test
  void decimalCommaRejectedUnlessConfigured() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> dot.parse("1.234,50"));
    assertEquals(
        "'1.234,50' is not a money amount (decimal separator is '.'; set decimal_separator: \",\""
            + " for 1.234,50 style)",
        failure.getMessage());
  }

  @Test
  void twoDigitsAfterACommaAreNotReadAsThousands() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> dot.parse("12,50"));
    assertEquals(
        "'12,50' is not a money amount (decimal separator is '.'; set decimal_separator: \",\""
            + " for 1.234,50 style)",
        failure.getMessage());
  }

  @Test
  void decimalPointRejectedWhenCommaIsConfigured() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> comma.parse("1,234.50"));
    assertEquals(
        "'1,234.50' is not a money amount (decimal separator is ','; set decimal_separator: \".\""
            + " for 1,234.50 style)",
        failure.getMessage());
  }

  @Test
  void thousandsSeparatorsMustSeparateGroupsOfThree() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> dot.parse("1,23.4"));
    assertEquals(
        "'1,23.4' is not a money amount (misplaced thousands separator)", failure.getMessage());
  }

  @ParameterizedTest(name = "[{index}] ''{0}'': {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          12-        | the sign must come before the number
          --12       | more than one sign
          (-12)      | both parentheses and a sign
          (12        | unbalanced parentheses
          12)        | unbalanced parentheses
          $€12       | more than one currency mark
          USD 12 EUR | more than one currency mark
          1e3        | scientific notation is only accepted in number columns
          $          | no digits
          12 345     | a blank inside the digits
          1,2345,678 | misplaced thousands separator
          12,34,567  | misplaced thousands separator
          1,234,56.7 | misplaced thousands separator
          1.2.3      | unexpected '.'
          abc        | unexpected 'a'
          NaN        | unexpected 'N'
          12 ABC     | unexpected 'A'
          """)
  void malformedAmountsAreRejectedWithReason(String text, String reason) {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> dot.parse(text));
    assertEquals("'" + text + "' is not a money amount (" + reason + ")", failure.getMessage());
  }

  @Test
  void tenthIsExactlyTheNearestDouble() {
    assertEquals(Double.parseDouble("0.1"), dot.parse("0.1"));
    assertEquals(Double.parseDouble("1234567.89"), dot.parse("$1,234,567.89"));
  }

  @Test
  void manySignificantDigitsAreReadLikeParseDouble() {
    assertEquals(
        Double.parseDouble("12345678901234567890.123456789"),
        dot.parse("12,345,678,901,234,567,890.123456789"));
  }

  @Test
  void negativeZeroIsPlainZero() {
    assertEquals(0.0, dot.parse("(0.00)"));
    assertEquals(0.0, dot.parse("-$0"));
  }

  @Test
  void parseValueReadsNumbersAsTheirDoubleValue() {
    assertEquals(12.5, dot.parseValue(new BigDecimal("12.50")));
    assertEquals(-3, dot.parseValue(-3L));
    assertEquals(7.25, dot.parseValue(7.25));
    assertEquals(-1665, dot.parseValue("-$1,665"));
  }

  @Test
  void parseValueRejectsNotANumber() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> dot.parseValue(Double.NaN));
    assertEquals("'NaN' is not a money amount (not a finite value)", failure.getMessage());
  }

  @Test
  void parseValueRejectsOtherTypesNamingTheType() {
    ParseFailure failure =
        assertThrows(ParseFailure.class, () -> dot.parseValue(LocalDate.of(2024, 1, 2)));
    assertEquals("'2024-01-02' is not a money amount (a LocalDate value)", failure.getMessage());
  }

  @Test
  void onlyDotAndCommaAreDecimalSeparators() {
    assertThrows(IllegalArgumentException.class, () -> new MoneyParser(';'));
  }
}
