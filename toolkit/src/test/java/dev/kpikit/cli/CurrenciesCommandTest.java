package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kpikit metrics} on orders in USD, EUR and GBP: without rates exit 3 naming the currencies
 * and their rows, never a sum; with rates, revenue in the reporting currency and metrics.json
 * naming it and the rate source.
 */
class CurrenciesCommandTest {
  private static final String ORDERS =
      "order_id,order_date,amount,currency\n"
          + "a,2024-01-10,100,USD\n"
          + "b,2024-01-11,100,EUR\n"
          + "c,2024-01-12,100,GBP\n";
  @TempDir Path data;
  @TempDir Path out;
  private final StringWriter stderr = new StringWriter();

  private int run(String... args) {
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(stderr));
    return cl.execute(args);
  }

  @Test
  void mixedCurrenciesWithoutRatesExitWithAnInputError() throws IOException {
    Files.writeString(data.resolve("orders.csv"), ORDERS);
    assertEquals(ExitCodes.INPUT, run("metrics", data.toString(), "--out", out.resolve("m").toString()));
    assertTrue(
        stderr.toString().contains("orders: amounts in 3 currencies (EUR 1 rows, GBP 1 rows, USD 1 rows)"),
        stderr.toString());
    assertFalse(Files.exists(out.resolve("m").resolve("metrics.json")));
  }

  @Test
  void withRatesRevenueIsInTheReportingCurrencyAndMetricsJsonSaysSo() throws IOException {
    Files.writeString(data.resolve("orders.csv"), ORDERS);
    Files.writeString(data.resolve("kpikit.yaml"), "currency: EUR\n");
    Files.writeString(data.resolve("fx_rates.csv"), "date,currency,rate\n2024-01-01,USD,0.9\n2024-01-01,GBP,1.2\n");
    assertEquals(ExitCodes.OK, run("metrics", data.toString(), "--out", out.resolve("m").toString()), stderr.toString());
    JsonNode json = new ObjectMapper().readTree(out.resolve("m").resolve("metrics.json").toFile());
    assertEquals("EUR", json.get("currency").asText());
    assertEquals("fx_rates.csv (date, currency, rate)", json.get("fx_rates").asText());
    String revenue = Files.readString(out.resolve("m").resolve("metrics").resolve("revenue_monthly.csv"));
    double expected = 100 * 0.9 + 100 + 100 * 1.2;
    assertTrue(revenue.lines().skip(1).findFirst().orElseThrow().contains("," + fmt(expected) + ","), revenue);
  }

  private static String fmt(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
