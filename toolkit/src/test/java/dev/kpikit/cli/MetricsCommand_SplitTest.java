package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * With {@code --by}, {@code metrics.json} says of every table whether it is split by the dimension
 * ({@code "by": "channel"}) or written whole ({@code "by": null}: unit_economics, balances,
 * scorecard), so a breakdown that could not be made is never silent; without {@code --by} the
 * entries are as before.
 */
class MetricsCommand_SplitTest {
  private static final Path COFFEE = Path.of("../data-samples/northwind-coffee");
  @TempDir Path out;

  private Map<String, JsonNode> tables(String... extra) throws IOException {
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(new StringWriter()));
    String[] args = new String[4 + extra.length];
    args[0] = "metrics";
    args[1] = COFFEE.toString();
    args[2] = "--out";
    args[3] = out.toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    assertEquals(ExitCodes.OK, cl.execute(args));
    Map<String, JsonNode> byName = new LinkedHashMap<>();
    new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).get("tables")
        .forEach(t -> byName.put(t.get("name").asText(), t));
    return byName;
  }

  @Test
  void byChannel_namesTheSplitTablesAndMarksTheWholeOnes() throws IOException {
    Map<String, JsonNode> t = tables("--by", "channel");
    assertEquals("channel", t.get("revenue_monthly").get("by").asText());
    assertEquals("channel", t.get("unit_economics").get("by").asText()); // keyed on channel
    assertTrue(t.get("balances").get("by").isNull());
    assertTrue(t.get("scorecard").get("by").isNull());
  }

  @Test
  void byRegion_unitEconomicsIsWrittenWholeAndSaysSo() throws IOException {
    Map<String, JsonNode> t = tables("--by", "region");
    assertTrue(t.get("unit_economics").get("by").isNull());
    assertEquals("region", t.get("cohort_retention").get("by").asText());
  }

  @Test
  void withoutBy_noEntryHasTheKey() throws IOException {
    tables().values().forEach(n -> assertFalse(n.has("by"), n.toString()));
  }
}
