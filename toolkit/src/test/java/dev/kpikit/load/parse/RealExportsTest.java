package dev.kpikit.load.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The parsers on the real exports in {@code testdata}, against the reference figures of
 * datasets/README.md. Blank values are skipped here, as the loader does.
 */
class RealExportsTest {
  private static final Path SUPERSTORE = SharedCsv.dataset("superstore/superstore.csv");
  private static final Path TELCO =
      SharedCsv.dataset("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
  private static final Path HR =
      SharedCsv.dataset("hr-attrition/WA_Fn-UseC_-HR-Employee-Attrition.csv");

  @Test
  void superstoreDisplayAmountsSumToTheRoundedTotals() throws IOException {
    MoneyParser money = new MoneyParser('.');
    assertEquals(2_297_354, sum(SharedCsv.column(SUPERSTORE, "Sales"), money::parse), 1e-6);
    assertEquals(286_347, sum(SharedCsv.column(SUPERSTORE, "Profit"), money::parse), 1e-6);
  }

  @Test
  void superstoreRatiosAreFractions() throws IOException {
    PercentParser percent = new PercentParser('.');
    for (String value : SharedCsv.column(SUPERSTORE, "Discount")) {
      double discount = percent.parse(value);
      assertTrue(discount >= 0 && discount <= 1, value);
    }
  }

  @Test
  void superstoreOrderDatesAreGuessedMonthFirstAndSpanTheDocumentedRange() throws IOException {
    List<String> dates = SharedCsv.column(SUPERSTORE, "Order Date");
    DateFormatGuess guess = DateParser.guess(dates);
    assertEquals("M/d/yyyy", guess.pattern(), guess.explanation());
    DateParser parser = DateParser.of(guess.pattern(), ZoneOffset.UTC);
    List<LocalDate> parsed = dates.stream().map(parser::parse).sorted().collect(Collectors.toList());
    assertEquals(LocalDate.of(2014, 1, 3), parsed.get(0));
    assertEquals(LocalDate.of(2017, 12, 30), parsed.get(parsed.size() - 1));
  }

  @Test
  void telcoChargesSumToTheReferenceTotals() throws IOException {
    NumberParser number = new NumberParser('.');
    assertEquals(
        456_116.60, sum(SharedCsv.column(TELCO, "MonthlyCharges"), number::parse), 1e-6);
    List<String> total = SharedCsv.column(TELCO, "TotalCharges");
    assertEquals(7_032, total.stream().filter(v -> !v.isBlank()).count());
    assertEquals(16_056_168.70, sum(total, number::parse), 1e-5);
  }

  @Test
  void telcoChurnAndTenureParse() throws IOException {
    long churned =
        SharedCsv.column(TELCO, "Churn").stream().filter(BooleanParser::parse).count();
    assertEquals(1_869, churned);
    int maxTenure =
        SharedCsv.column(TELCO, "tenure").stream().mapToInt(IntegerParser::parse).max().orElse(-1);
    assertEquals(72, maxTenure);
  }

  @Test
  void hrAttritionFlagsParse() throws IOException {
    long left = SharedCsv.column(HR, "Attrition").stream().filter(BooleanParser::parse).count();
    assertEquals(237, left);
  }

  @Test
  void onlineRetailDecember2010NetRevenueMatchesTheReference() throws IOException {
    MoneyParser money = new MoneyParser('.');
    DateParser iso = DateParser.of(null, ZoneOffset.UTC);
    double revenue = 0;
    for (Path day : december2010Files()) {
      List<String> quantities = SharedCsv.column(day, "Quantity");
      List<String> prices = SharedCsv.column(day, "UnitPrice");
      for (int row = 0; row < quantities.size(); row++) {
        revenue += IntegerParser.parse(quantities.get(row)) * money.parse(prices.get(row));
      }
      for (String date : SharedCsv.column(day, "InvoiceDate")) {
        LocalDate parsed = iso.parse(date);
        assertEquals(day.getFileName().toString().substring(0, 10), parsed.toString());
      }
      SharedCsv.column(day, "CustomerID").stream()
          .filter(v -> !v.isBlank())
          .forEach(IntegerParser::parse);
    }
    assertEquals(748_957.02, revenue, 1e-4);
  }

  private static List<Path> december2010Files() throws IOException {
    try (Stream<Path> files = Files.list(SharedCsv.dataset("online-retail/by-day"))) {
      List<Path> december =
          files
              .filter(p -> p.getFileName().toString().startsWith("2010-12-"))
              .sorted()
              .collect(Collectors.toList());
      assertEquals(20, december.size());
      return december;
    }
  }

  private static double sum(List<String> values, ToDoubleFunction<String> parse) {
    return values.stream().filter(v -> !v.isBlank()).mapToDouble(parse).sum();
  }
}
