package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormatTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "12345.6   | currency | EUR 12,346",
    "12.345    | currency | EUR 12.35",
    "-1665     | currency | EUR -1,665",
    "0.0425    | ratio    | 4.3 %",
    "45739     | count    | 45,739",
    "5.56      | months   | 5.6 months",
    "36.2      | days     | 36 days",
    "2.5       | times    | 2.50×",
    "NaN       | currency | –",
  })
  void formatsByUnit(double value, String unit, String expected) {
    assertEquals(expected, ValueFormat.format(value, unit, "EUR"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"1234.5, '1,235'", "12.345, 12.35", "Infinity, –"})
  void plainNumbers_keepTwoDecimalsBelowAHundred(double value, String expected) {
    assertEquals(expected, ValueFormat.number(value));
  }
}
