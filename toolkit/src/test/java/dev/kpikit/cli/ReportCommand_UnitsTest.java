package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kpikit.metrics.UnitComparison;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code kpikit report --by UNIT}: the business compared by its units, every table whole. */
class ReportCommand_UnitsTest {
  private static final Path CLOUDNOTE = Path.of("../data-samples/cloudnote-saas").toAbsolutePath().normalize();

  @TempDir Path tmp;

  private record Run(int exit, String stderr) {}

  private Run report(String... more) {
    StringWriter err = new StringWriter();
    CommandLine cl = KpikitCli.commandLine(PageRenderers.reportWith(PageRenderers.page()));
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    String[] args = java.util.stream.Stream.concat(
        java.util.stream.Stream.of("report", CLOUDNOTE.toString(), "--out", tmp.resolve("r").toString()),
        java.util.stream.Stream.of(more)).toArray(String[]::new);
    return new Run(cl.execute(args), err.toString());
  }

  @Test
  void byRegion_writesUnitsCsv_andSaysInMetricsJsonWhatIsSplitAndWhatIsAllocated() throws IOException {
    Run run = report("--by", "region");
    assertEquals(ExitCodes.OK, run.exit(), run.stderr());
    Path metrics = tmp.resolve("r/metrics");
    assertEquals(String.join(",", UnitComparison.COLUMNS), Files.readAllLines(metrics.resolve("units.csv")).get(0));
    JsonNode units = new ObjectMapper().readTree(tmp.resolve("r/metrics.json").toFile()).get("units");
    assertEquals("region", units.get("column").asText());
    assertEquals("split", units.get("datasets").get("orders").asText());
    assertEquals("split", units.get("datasets").get("customers").asText());
    assertEquals("revenue_share", units.get("datasets").get("marketing_spend").asText());
    assertEquals("revenue_share", units.get("datasets").get("financials").asText());
  }

  @Test
  void byRegion_leavesTheOtherTablesWhole() throws IOException {
    assertEquals(ExitCodes.OK, report("--by", "region").exit());
    String header = Files.readAllLines(tmp.resolve("r/metrics/revenue_monthly.csv")).get(0);
    assertFalse(header.contains("region"), header);
  }

  @Test
  void byAColumnOrdersLack_isAUsageError() {
    Run run = report("--by", "franchisee");
    assertEquals(ExitCodes.USAGE, run.exit());
    assertTrue(run.stderr().contains("--by franchisee: orders has no franchisee column"), run.stderr());
    assertFalse(Files.exists(tmp.resolve("r/metrics")), "nothing written");
  }
}
