package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ForecastCommandTest {
  private static final Path COFFEE = Path.of("../data-samples/northwind-coffee");
  @TempDir Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int run(String... args) {
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(stderr));
    return cl.execute(args);
  }

  /** The sample folder with a kpikit.yaml that adds {@code extra}. */
  private static Path sampleWithConfig(Path dir, String extra) throws IOException {
    try (Stream<Path> files = Files.list(COFFEE)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    Files.writeString(dir.resolve("kpikit.yaml"), Files.readString(dir.resolve("kpikit.yaml")) + extra);
    return dir;
  }

  @Test
  void writesTheForecastScenariosAndAssumptionsOfEveryScenario(@TempDir Path data) throws IOException {
    Path folder = sampleWithConfig(data, """
        forecast: { horizon: 6, paths: 500, seed: 7 }
        scenarios:
          more_paid_search: { marketing_spend: { paid_search: "+20%" } }
          price_up: { price: "+5%", churn_rate: "+0.5pp" }
        """);
    assertEquals(ExitCodes.OK, run("forecast", folder.toString(), "--out", out.toString(), "--scenario", "cut=marketing_spend:-50%"),
        stderr.toString());
    List<String> forecast = Files.readAllLines(out.resolve("forecast/forecast.csv"));
    assertEquals("scenario,period,metric,mean,p05,p10,p25,p50,p75,p90,p95", forecast.get(0));
    assertEquals(1 + 4 * 3 * 6, forecast.size(), "4 scenarios x 3 metrics (orders: no mrr) x 6 months");
    assertTrue(forecast.get(1).startsWith("base,2026-01,revenue,"), forecast.get(1));
    List<String> scenarios = Files.readAllLines(out.resolve("forecast/scenarios.csv"));
    assertEquals(1 + 4 * 3, scenarios.size());
    assertTrue(scenarios.stream().anyMatch(l -> l.startsWith("cut,new_customers,")));
    JsonNode assumptions = new ObjectMapper().readTree(out.resolve("forecast/assumptions.json").toFile());
    assertEquals(7, assumptions.get("seed").asLong());
    assertEquals(500, assumptions.get("paths").asInt());
    assertEquals(6, assumptions.get("horizon_months").asInt());
    assertEquals(1.2, assumptions.get("scenarios").get("more_paid_search").get("marketing_spend.paid_search").asDouble(), 1e-12);
    assertTrue(assumptions.get("drivers").size() > 10);
  }

  @Test
  void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path second, @TempDir Path third) throws IOException {
    String[] common = {"--horizon", "6", "--paths", "400", "--scenario", "up=price:+5%"};
    run(concat(new String[] {"forecast", COFFEE.toString(), "--out", out.toString(), "--seed", "3"}, common));
    run(concat(new String[] {"forecast", COFFEE.toString(), "--out", second.toString(), "--seed", "3"}, common));
    run(concat(new String[] {"forecast", COFFEE.toString(), "--out", third.toString(), "--seed", "4"}, common));
    for (String f : List.of("forecast/forecast.csv", "forecast/scenarios.csv", "forecast/assumptions.json")) {
      assertEquals(-1L, Files.mismatch(out.resolve(f), second.resolve(f)), f);
    }
    assertNotEquals(-1L, Files.mismatch(out.resolve("forecast/forecast.csv"), third.resolve("forecast/forecast.csv")));
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }

  @Test
  void anUnknownLeverOnTheCommandLineIsAUsageErrorNamingScenarioAndKey() {
    assertEquals(ExitCodes.USAGE, run("forecast", COFFEE.toString(), "--out", out.toString(), "--scenario", "x=discount:+5%"));
    assertTrue(stderr.toString().contains("scenario 'x', discount: unknown lever"), stderr.toString());
  }

  @Test
  void aChannelNotInTheDataOnTheCommandLineIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("forecast", COFFEE.toString(), "--out", out.toString(), "--paths", "100",
        "--scenario", "tv=marketing_spend.television:+20%"));
    assertTrue(stderr.toString().contains("scenario 'tv', marketing_spend.television: no channel 'television'"), stderr.toString());
    assertTrue(Files.notExists(out.resolve("forecast/forecast.csv")), "nothing written");
  }

  @Test
  void aMalformedValueOnTheCommandLineIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("forecast", COFFEE.toString(), "--out", out.toString(), "--scenario", "p=price:five"));
    assertTrue(stderr.toString().contains("scenario 'p', price: 'five' is not a change in percent"), stderr.toString());
  }

  @Test
  void scenarioErrorsInTheConfigAreInputErrorsNamingTheFileScenarioAndKey(@TempDir Path a, @TempDir Path b, @TempDir Path c)
      throws IOException {
    Object[][] cases = {
      {a, "scenarios:\n  s1: { discount: \"+5%\" }\n", "scenario 's1', discount: unknown lever"},
      {b, "scenarios:\n  s2: { marketing_spend: { tv: \"+5%\" } }\n", "scenario 's2', marketing_spend.tv: no channel 'tv'"},
      {c, "scenarios:\n  s3: { churn_rate: \"-1\" }\n", "scenario 's3', churn_rate: '-1' is not a change in percentage points"},
    };
    for (Object[] k : cases) {
      StringWriter err = new StringWriter();
      CommandLine cl = KpikitCli.commandLine();
      cl.setOut(new PrintWriter(new StringWriter()));
      cl.setErr(new PrintWriter(err));
      Path folder = sampleWithConfig((Path) k[0], (String) k[1]);
      assertEquals(ExitCodes.INPUT, cl.execute("forecast", folder.toString(), "--out", out.toString(), "--paths", "100"), err.toString());
      assertTrue(err.toString().contains("kpikit.yaml: scenarios: " + k[2]), err.toString());
    }
  }

  @Test
  void helpShowsTheScenarioSyntaxWithItsPercentSigns() {
    assertEquals(ExitCodes.OK, run("forecast", "--help"));
    assertTrue(stdout.toString().contains("paid_search:+20%'"), stdout.toString());
    assertEquals(ExitCodes.OK, run("backtest", "--help"));
    String help = stdout.toString().replaceAll("\\s+", " ");
    assertTrue(help.contains("the coverage of the 80 % and 95 % intervals"), help);
    assertEquals("", stderr.toString(), "picocli warns about unescaped % signs on stderr");
  }

  @Test
  void dataWithoutOrdersOrSubscriptionsIsAnInputErrorThatSaysWhatIsNeeded(@TempDir Path data) throws IOException {
    Files.copy(COFFEE.resolve("employees.csv"), data.resolve("employees.csv"));
    assertEquals(ExitCodes.INPUT, run("forecast", data.toString(), "--out", out.toString()));
    assertTrue(stderr.toString().contains("a forecast needs an orders file, or a customers file of subscriptions with start_date, end_date and mrr"),
        stderr.toString());
  }

  @Test
  void aHorizonOutOfRangeIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("forecast", COFFEE.toString(), "--out", out.toString(), "--horizon", "0"));
    assertTrue(stderr.toString().contains("horizon"), stderr.toString());
  }
}
