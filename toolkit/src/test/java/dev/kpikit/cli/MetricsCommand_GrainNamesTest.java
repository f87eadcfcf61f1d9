package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A table named for the month and computed at another grain is written under the name of that
 * grain ({@code revenue_quarterly.csv}) and, for one release, also under its old name with the same
 * bytes; a monthly run writes the old names only.
 */
class MetricsCommand_GrainNamesTest {
  private static final Path CLOUDNOTE = Path.of("../data-samples/cloudnote-saas");
  private static final List<String> MONTH_NAMED =
      List.of("revenue", "new_customers", "cac", "churn");

  @TempDir Path out;

  private void metrics(String... extra) {
    List<String> args = new ArrayList<>(List.of("metrics", CLOUDNOTE.toString(), "--out", out.toString()));
    args.addAll(List.of(extra));
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.OK, cl.execute(args.toArray(String[]::new)), err.toString());
  }

  @Test
  void quarterlyRun_writesTheQuarterlyNameAndKeepsTheOldOneWithTheSameBytes() throws IOException {
    metrics("--grain", "quarter");
    for (String stem : MONTH_NAMED) {
      Path old = out.resolve("metrics/" + stem + "_monthly.csv");
      Path now = out.resolve("metrics/" + stem + "_quarterly.csv");
      assertTrue(Files.isRegularFile(now), now.toString());
      assertArrayEquals(Files.readAllBytes(old), Files.readAllBytes(now), stem);
      assertTrue(Files.readAllLines(now).get(0).startsWith("quarter,"), stem);
    }
  }

  @Test
  void quarterlyRun_metricsJsonNamesTheGrainFileAndTheDeprecatedOne() throws IOException {
    metrics("--grain", "quarter");
    JsonNode tables = new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).get("tables");
    JsonNode revenue = null;
    for (JsonNode t : tables) {
      if (t.get("name").asText().equals("revenue_monthly")) {
        revenue = t;
      }
      if (t.get("name").asText().equals("mrr_movements")) {
        assertEquals("metrics/mrr_movements.csv", t.get("file").asText());
        assertFalse(t.has("deprecated_file"));
      }
    }
    assertEquals("metrics/revenue_quarterly.csv", revenue.get("file").asText());
    assertEquals("metrics/revenue_monthly.csv", revenue.get("deprecated_file").asText());
  }

  @Test
  void monthlyRun_writesNoOtherName() throws IOException {
    metrics();
    try (Stream<Path> files = Files.list(out.resolve("metrics"))) {
      assertEquals(
          List.of(),
          files.map(p -> p.getFileName().toString())
              .filter(n -> n.matches(".*_(weekly|quarterly|yearly)\\.csv"))
              .toList());
    }
  }
}
