package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kpikit.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CustomersCommandTest {
  private static final Path NORTHWIND = Path.of("../data-samples/northwind-coffee");
  @TempDir Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int run(String... args) {
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(stderr));
    return cl.execute(args);
  }

  @Test
  void sampleBusiness_writesPredictionsModelAndTracking() throws IOException {
    assertEquals(ExitCodes.OK, run("customers", NORTHWIND.toString(), "--out", out.toString()), stderr.toString());
    List<String> predictions = Files.readAllLines(out.resolve("customers/predictions.csv"));
    assertEquals(
        "customer_id,frequency,recency,T,monetary,p_alive,expected_purchases,expected_spend,clv",
        predictions.get(0));
    assertTrue(predictions.size() > 1000, "one row per customer");
    assertTrue(Files.exists(out.resolve("customers/tracking.csv")));
    assertTrue(!Files.exists(out.resolve("customers/validation.csv")), "no holdout, no validation");
    JsonNode model = new ObjectMapper().readTree(out.resolve("customers/model.json").toFile());
    assertEquals("bg-nbd", model.get("model").asText());
    assertEquals(4, model.get("count_model").get("parameters").size());
    assertTrue(stdout.toString().contains("wrote  customers/predictions.csv"));
  }

  @Test
  void cdnowWithHoldout_writesTheValidationOfThePublishedFit(@TempDir Path data) throws IOException {
    Files.copy(TestData.dataset("cdnow/CDNOW_sample.txt"), data.resolve("CDNOW_sample.txt"));
    Files.writeString(data.resolve("kpikit.yaml"),
        "datasets:\n  orders: { path: CDNOW_sample.txt, preset: cdnow-sample }\n"
            + "customer_value: { margin: 0.3 }\n");
    int code = run("customers", data.toString(), "--out", out.toString(), "--as-of", "1998-06-30",
        "--holdout-start", "1997-10-01");
    assertEquals(ExitCodes.OK, code, stderr.toString());
    List<String> validation = Files.readAllLines(out.resolve("customers/validation.csv"));
    String all = validation.get(validation.size() - 1);
    assertTrue(all.startsWith("all,2357,"), all);
    assertEquals("1882", all.split(",")[4]);
    assertEquals(1653, Double.parseDouble(all.split(",")[5]), 1);
    JsonNode model = new ObjectMapper().readTree(out.resolve("customers/model.json").toFile());
    assertEquals(0.2426, model.get("calibration").get("count_model").get("parameters").get("r").asDouble(), 1e-4);
    assertEquals(0.3, model.get("margin").asDouble());
    assertEquals(79, Files.readAllLines(out.resolve("customers/tracking.csv")).size(), "header + 78 weeks");
  }

  @Test
  void unknownModel_isAUsageError() {
    assertEquals(ExitCodes.USAGE,
        run("customers", NORTHWIND.toString(), "--out", out.toString(), "--model", "weibull"));
    assertTrue(stderr.toString().contains("expected one of [bg-nbd, pareto-nbd]"), stderr.toString());
  }

  @Test
  void noRepeatPurchases_exitsWithAnInputErrorSayingWhatToTry(@TempDir Path data) throws IOException {
    Files.writeString(data.resolve("orders.csv"),
        "order_id,order_date,customer_id,amount\n1,2025-01-01,a,10\n2,2025-02-01,b,20\n");
    assertEquals(ExitCodes.INPUT, run("customers", data.toString(), "--out", out.toString()));
    assertTrue(stderr.toString().contains("no customer made a repeat purchase"), stderr.toString());
  }
}
