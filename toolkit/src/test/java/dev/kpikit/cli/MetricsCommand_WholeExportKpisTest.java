package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kpikit.TestData;
import dev.kpikit.testing.DuckDbOracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The whole-export rates of the exports without dates are KPIs of {@code metrics.json} and rows of
 * the Balanced Scorecard: the attrition rate of an HR snapshot (learning and growth), the churn
 * rate and median lifetime of a tenure export (customer). Expected numbers come from DuckDB SQL over
 * the real exports (the Kaplan–Meier curve as a running product over event times) or from a hand
 * fixture.
 */
class MetricsCommand_WholeExportKpisTest {
  private static final Path HR = TestData.dataset("hr-attrition/WA_Fn-UseC_-HR-Employee-Attrition.csv");
  private static final Path TELCO = TestData.dataset("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");

  @TempDir Path work;

  /** Runs {@code kpikit metrics} on a folder holding one file and its preset. */
  private Path metrics(String name, String yaml, String fileName, String csvText, Path source)
      throws IOException {
    Path data = Files.createDirectories(work.resolve(name));
    Files.writeString(data.resolve("kpikit.yaml"), yaml);
    if (source != null) {
      Files.copy(source, data.resolve(fileName));
    } else {
      Files.writeString(data.resolve(fileName), csvText);
    }
    Path out = work.resolve(name + "-out");
    CommandLine cl = KpikitCli.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.OK, cl.execute("metrics", data.toString(), "--out", out.toString()), err.toString());
    return out;
  }

  private static JsonNode kpi(Path out, String name) throws IOException {
    for (JsonNode k : new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).get("kpis")) {
      if (k.get("name").asText().equals(name)) {
        return k;
      }
    }
    throw new AssertionError("no KPI " + name + " in metrics.json");
  }

  /** @return perspective, value, status of the scorecard row of a KPI, as written */
  private static List<String> scorecardRow(Path out, String name) throws IOException {
    for (String line : Files.readAllLines(out.resolve("metrics/scorecard.csv"))) {
      String[] f = line.split(",", -1);
      if (f[1].equals(name)) {
        return List.of(f[0], f[2], f[4]);
      }
    }
    throw new AssertionError("no scorecard row for " + name);
  }

  private static double scalar(String sql) {
    try (DuckDbOracle db = new DuckDbOracle()) {
      return db.query(sql).numberColumn(0).getDouble(0);
    }
  }

  private static String csv(Path file) {
    return "read_csv('" + file.toString().replace("'", "''") + "', header = true, all_varchar = true)";
  }

  @Test
  void hrSnapshot_attritionRateIsAKpiAndALearningAndGrowthRow() throws IOException {
    Path out = metrics("hr", "datasets:\n  employees: { preset: ibm-hr }\n", "employees.csv", null, HR);
    double expected = scalar("SELECT count(*) FILTER (WHERE Attrition = 'Yes') / count(*) FROM " + csv(HR));
    JsonNode k = kpi(out, "attrition_rate");
    assertEquals(expected, k.get("value").asDouble(), 1e-12);
    assertEquals("whole export", k.get("period").asText());
    assertEquals("ratio", k.get("unit").asText());
    assertTrue(k.get("previous").isNull(), "a snapshot has no previous period");
    List<String> row = scorecardRow(out, "attrition_rate");
    assertEquals("learning_and_growth", row.get(0));
    assertEquals(expected, Double.parseDouble(row.get(1)), 1e-12);
    assertEquals("no_target", row.get(2));
  }

  @Test
  void tenureExport_churnRateIsAKpiAndACustomerRow() throws IOException {
    Path out = metrics("telco", "datasets:\n  customers: { preset: ibm-telco }\n", "customers.csv", null, TELCO);
    double expected = scalar("SELECT count(*) FILTER (WHERE Churn = 'Yes') / count(*) FROM " + csv(TELCO));
    assertEquals(expected, kpi(out, "churn_rate").get("value").asDouble(), 1e-12);
    List<String> row = scorecardRow(out, "churn_rate");
    assertEquals("customer", row.get(0));
    assertEquals(expected, Double.parseDouble(row.get(1)), 1e-12);
  }

  @Test
  void tenureExport_medianLifetimeIsMissing_whenKaplanMeierNeverFallsToHalf() throws IOException {
    Path out = metrics("telco", "datasets:\n  customers: { preset: ibm-telco }\n", "customers.csv", null, TELCO);
    // Kaplan–Meier: S(t) = product over event times u <= t of (1 - deaths(u) / at risk(u))
    double lowest = scalar(
        "WITH c AS (SELECT CAST(tenure AS INTEGER) AS t, Churn = 'Yes' AS e FROM " + csv(TELCO) + "), "
            + "g AS (SELECT t, count(*) FILTER (WHERE e) AS d, count(*) AS n FROM c GROUP BY t), "
            + "r AS (SELECT t, d, sum(n) OVER (ORDER BY t DESC) AS at_risk FROM g) "
            + "SELECT exp(sum(ln(1 - d / at_risk))) FROM r WHERE d > 0");
    assertTrue(lowest > 0.5, "the export's curve stays above one half: " + lowest);
    assertTrue(kpi(out, "median_lifetime_months").get("value").isNull());
    assertEquals(List.of("customer", "", "missing"), scorecardRow(out, "median_lifetime_months"));
  }

  @Test
  void tenureExport_medianLifetimeIsTheFirstTimeSurvivalReachesHalf() throws IOException {
    // four customers churning at 1, 2, 3 and 4 months: S = 3/4, 2/4, 1/4, 0; the median is 2
    String customers = "customerID,tenure,Churn\nA,1,Yes\nB,2,Yes\nC,3,Yes\nD,4,Yes\n";
    Path out = metrics("tiny", "datasets:\n  customers: { preset: ibm-telco }\n", "customers.csv", customers, null);
    JsonNode k = kpi(out, "median_lifetime_months");
    assertEquals(2.0, k.get("value").asDouble());
    assertEquals("months", k.get("unit").asText());
    assertEquals(List.of("customer", "2", "no_target"), scorecardRow(out, "median_lifetime_months"));
  }

  @Test
  void subscriptionHistory_hasNoMedianLifetimeKpi_asItsSurvivalIsInDays() throws IOException {
    Path out = work.resolve("cloudnote-out");
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(new StringWriter()));
    assertEquals(ExitCodes.OK, cl.execute("metrics", "../data-samples/cloudnote-saas", "--out", out.toString()));
    assertTrue(Files.exists(out.resolve("metrics/survival.csv")));
    String kpis = new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).get("kpis").toString();
    assertFalse(kpis.contains("median_lifetime_months"), kpis);
    assertFalse(Files.readString(out.resolve("metrics/scorecard.csv")).contains("median_lifetime_months"));
  }

  @Test
  void targetsOnWholeExportKpis_areCheckedOnTheScorecard() throws IOException {
    double rate = scalar("SELECT count(*) FILTER (WHERE Attrition = 'Yes') / count(*) FROM " + csv(HR));
    Path out = metrics("hr-target",
        "datasets:\n  employees: { preset: ibm-hr }\ntargets: { attrition_rate: { max: 0.10 } }\n",
        "employees.csv", null, HR);
    assertTrue(rate > 0.10, "the export's rate is above the target: " + rate);
    assertEquals("off_target", scorecardRow(out, "attrition_rate").get(2));
    String target = Files.readAllLines(out.resolve("metrics/scorecard.csv")).stream()
        .filter(l -> l.contains(",attrition_rate,")).findFirst().orElseThrow().split(",", -1)[3];
    assertEquals("<= 0.1", target);
  }
}
