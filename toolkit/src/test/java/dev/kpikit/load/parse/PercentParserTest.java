package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentParserTest {
  private final PercentParser dot = new PercentParser('.');

  @ParameterizedTest(name = "[{index}] ''{0}'' = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          16%      | 0.16
          0%       | 0
          -3.5 %   | -0.035
          (2%)     | -0.02
          100%     | 1
          0.16     | 0.16
          16       | 16
          """)
  void percentSignDividesByHundredAndBareNumbersAreFractions(String text, double expected) {
    assertEquals(expected, dot.parse(text));
  }

  @Test
  void percentOfATenthIsTheNearestDoubleToAThousandth() {
    assertEquals(Double.parseDouble("0.001"), dot.parse("0.1%"));
  }

  @Test
  void decimalCommaIsReadWhenConfigured() {
    assertEquals(0.125, new PercentParser(',').parse("12,5 %"));
  }

  @Test
  void percentSignTwiceIsRejected() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> dot.parse("16%%"));
    assertEquals("'16%%' is not a percentage (unexpected '%')", failure.getMessage());
  }

  @Test
  void currencyIsRejected() {
    assertThrows(ParseFailure.class, () -> dot.parse("$16%"));
  }

  @Test
  void parseValueTakesANumberAsAFraction() {
    assertEquals(0.16, dot.parseValue(0.16));
  }
}
