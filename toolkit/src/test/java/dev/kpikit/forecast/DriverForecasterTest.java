package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.DriverForecaster;
import dev.kpikit.Kpikit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At a cutoff the forecaster reads nothing dated after it. */
class DriverForecasterTest {
  private static final Path COFFEE = Path.of("../data-samples/northwind-coffee");

  private static List<YearMonth> months(YearMonth from, int count) {
    List<YearMonth> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(from.plusMonths(i));
    }
    return out;
  }

  /** The order date in the business's time zone (the sample's timestamps carry offsets). */
  private static String localDate(String value) {
    try {
      return value.contains("T")
          ? java.time.OffsetDateTime.parse(value).atZoneSameInstant(java.time.ZoneId.of("America/New_York")).toLocalDate().toString()
          : value;
    } catch (java.time.format.DateTimeParseException e) {
      return value; // a deliberately malformed row: rejected in both folders alike
    }
  }

  @Test
  void theForecastAtACutoffIsTheSameWhenEverythingAfterItIsDeleted(@TempDir Path truncated) throws IOException {
    // keep orders and spend up to December 2024 only; no as_of, so the history ends there
    List<String> orders = Files.readAllLines(COFFEE.resolve("orders.csv"));
    Files.write(truncated.resolve("orders.csv"), orders.stream()
        .filter(l -> l.startsWith("order_id") || localDate(l.split(",")[1]).compareTo("2025") < 0).collect(Collectors.toList()));
    List<String> spend = Files.readAllLines(COFFEE.resolve("marketing_spend.csv"));
    Files.write(truncated.resolve("marketing_spend.csv"), spend.stream()
        .filter(l -> l.startsWith("month") || l.compareTo("2025") < 0).collect(Collectors.toList()));
    Files.writeString(truncated.resolve("kpikit.yaml"), "timezone: America/New_York\n");

    List<YearMonth> all = months(YearMonth.of(2023, 1), 36);
    PredictiveQuantiles full = new DriverForecaster(Kpikit.open(COFFEE), "revenue", all, 500, 9).forecast(24, 6);
    PredictiveQuantiles cut = new DriverForecaster(Kpikit.open(truncated), "revenue", all.subList(0, 24), 500, 9).forecast(24, 6);
    assertArrayEquals(full.mean(), cut.mean(), 1e-6);
    assertArrayEquals(full.median(), cut.median(), 1e-6);
    assertEquals(6, full.horizon());
  }
}
