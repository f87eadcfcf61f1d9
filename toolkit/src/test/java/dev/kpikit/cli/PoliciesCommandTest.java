package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/** metrics.json states a policy that is set, and says nothing of policies left at their default. */
class PoliciesCommandTest {
  @TempDir Path data;
  @TempDir Path out;

  private JsonNode metricsJson(String yaml) throws IOException {
    Files.writeString(data.resolve("kpikit.yaml"), yaml);
    Files.writeString(
        data.resolve("customers.csv"), "customer_id,start_date,end_date,mrr\nc1,2024-01-05,2024-02-01,100\n");
    CommandLine cl = KpikitCli.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    assertEquals(ExitCodes.OK, cl.execute("metrics", data.toString(), "--out", out.toString()), err.toString());
    return new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
  }

  @Test
  void aGracePeriodIsStatedInMetricsJson() throws IOException {
    JsonNode json = metricsJson("policies:\n  past_due_grace_days: 14\n");
    assertEquals(14, json.get("policies").get("past_due_grace_days").asInt());
    assertEquals("paid_only", json.get("policies").get("trials").asText());
  }

  @Test
  void aTrialPolicyIsStatedInMetricsJson() throws IOException {
    JsonNode json = metricsJson("policies:\n  trials: from_signup\n");
    assertEquals("from_signup", json.get("policies").get("trials").asText());
    assertEquals(0, json.get("policies").get("past_due_grace_days").asInt());
  }

  @Test
  void defaultPoliciesAddNothing() throws IOException {
    assertFalse(metricsJson("currency: EUR\n").has("policies"));
  }
}
