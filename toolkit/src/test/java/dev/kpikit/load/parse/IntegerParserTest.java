package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegerParserTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' = {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          12          | 12
          +12         | 12
          ' 12 '      | 12
          -3          | -3
          12.0        | 12
          17850.00    | 17850
          007         | 7
          2147483647  | 2147483647
          -2147483648 | -2147483648
          """)
  void acceptsWholeNumbersAndZeroFractions(String text, int expected) {
    assertEquals(expected, IntegerParser.parse(text));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'': {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          12.5        | has a fractional part
          12.         | no digits after the decimal point
          1e3         | unexpected 'e'
          1,234       | unexpected ','
          2147483648  | out of range -2147483648..2147483647
          -2147483649 | out of range -2147483648..2147483647
          99999999999 | out of range -2147483648..2147483647
          -           | no digits
          twelve      | no digits
          """)
  void rejectsOtherValuesWithReason(String text, String reason) {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> IntegerParser.parse(text));
    assertEquals("'" + text + "' is not a whole number (" + reason + ")", failure.getMessage());
  }

  @Test
  void parseValueAcceptsWholeValuesOfAnyNumberType() {
    assertEquals(7, IntegerParser.parseValue(7L));
    assertEquals(7, IntegerParser.parseValue(7.0));
    assertEquals(7, IntegerParser.parseValue(new BigDecimal("7.00")));
    assertEquals(7, IntegerParser.parseValue(BigInteger.valueOf(7)));
    assertEquals(7, IntegerParser.parseValue("7"));
  }

  @Test
  void parseValueRejectsFractionalDoubles() {
    ParseFailure failure = assertThrows(ParseFailure.class, () -> IntegerParser.parseValue(7.5));
    assertEquals("'7.5' is not a whole number (has a fractional part)", failure.getMessage());
  }

  @Test
  void parseValueRejectsLongsOutsideTheIntRange() {
    ParseFailure failure =
        assertThrows(ParseFailure.class, () -> IntegerParser.parseValue(1L << 40));
    assertEquals(
        "'1099511627776' is not a whole number (out of range -2147483648..2147483647)",
        failure.getMessage());
  }
}
