package dev.kpikit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnNamesTest {

  @ParameterizedTest
  @CsvSource({
    "Order Date, orderdate",
    "order_date, orderdate",
    "ORDER-DATE, orderdate",
    "orderDate, orderdate",
    "'\uFEFFAge', age",
    "R&D Spend, rdspend"
  })
  void normalizeIgnoresCaseSpacesUnderscoresAndPunctuation(String header, String key) {
    assertEquals(key, ColumnNames.normalize(header));
  }

  @ParameterizedTest
  @CsvSource({
    "Payment Method, payment_method",
    "customerID, customer_id",
    "SeniorCitizen, senior_citizen",
    "Profit (bin), profit_bin",
    "Sub-Category, sub_category",
    "'***', column"
  })
  void extraColumnsAreKeptUnderSnakeCaseNames(String header, String snake) {
    assertEquals(snake, ColumnNames.snakeCase(header));
  }
}
