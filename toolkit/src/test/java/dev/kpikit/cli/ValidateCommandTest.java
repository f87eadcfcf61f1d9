package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private void orders(String csv) throws IOException {
    Files.writeString(dir.resolve("orders.csv"), csv);
  }

  @Test
  void folderWithRejectedRowsStillExitsZeroAndPrintsTheLedger() throws IOException {
    orders("order_id,order_date,amount\n1,2024-01-01,10\n2,2024-02-31,10\n");
    assertEquals(ExitCodes.OK, run("validate", dir.toString()));
    String text = out.toString();
    assertTrue(text.contains("orders.csv"), text);
    assertTrue(text.contains("orders.csv:3: order_date: "), text);
    assertTrue(text.contains("total: 2 rows read, 1 loaded, 1 rejected"), text);
  }

  @Test
  void rejectRateAboveTheLimitExitsFour() throws IOException {
    orders("order_id,order_date,amount\n1,2024-01-01,10\n2,2024-02-31,10\n");
    assertEquals(ExitCodes.REJECTS, run("validate", "--max-reject-rate", "0.1", dir.toString()));
    assertTrue(err.toString().startsWith("kpikit: reject rate 0.5000 is above --max-reject-rate 0.1000"));
  }

  @Test
  void missingRequiredColumnIsOneLineOnStderrAndExitThree() throws IOException {
    orders("order_id,amount\n1,10\n");
    assertEquals(ExitCodes.INPUT, run("validate", dir.toString()));
    String e = err.toString();
    assertTrue(e.startsWith("kpikit: " + dir.resolve("orders.csv") + ": missing required column 'order_date'"), e);
    assertEquals(1, e.strip().lines().count(), e);
    assertFalse(e.contains("Exception"), e);
  }

  @Test
  void debugShowsTheStackTrace() throws IOException {
    orders("order_id,amount\n1,10\n");
    assertEquals(ExitCodes.INPUT, run("validate", "--debug", dir.toString()));
    assertTrue(err.toString().contains("DataException"), err.toString());
  }

  @Test
  void missingFolderExitsThree() {
    assertEquals(ExitCodes.INPUT, run("validate", dir.resolve("nope").toString()));
    assertEquals("kpikit: " + dir.resolve("nope") + ": no such folder", err.toString().strip());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("validate", "--bogus", dir.toString()));
  }

  @Test
  void singleDatasetWithAPresetValidatesTheRealTelcoExport() {
    String telco = TestData.dataset("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv").toString();
    assertEquals(ExitCodes.OK, run("validate", "--dataset", "customers", "--preset", "ibm-telco", telco));
    assertTrue(out.toString().contains("total: 7,043 rows read, 7,043 loaded, 0 rejected"), out.toString());
  }

  @Test
  void unknownDatasetNameIsAUsageErrorListingTheChoices() {
    assertEquals(ExitCodes.USAGE, run("validate", "--dataset", "sales", dir.toString()));
    assertTrue(err.toString().contains("expected one of orders, customers"), err.toString());
  }

  @Test
  void versionPrintsTheBuildVersion() {
    assertEquals(ExitCodes.OK, run("--version"));
    assertTrue(out.toString().startsWith("kpikit 0.1.0"), out.toString());
  }

  @Test
  void helpListsTheExitCodes() {
    assertEquals(ExitCodes.OK, run("validate", "--help"));
    assertTrue(out.toString().contains("Exit codes:"), out.toString());
    assertTrue(out.toString().contains("Reject rate above --max-reject-rate."), out.toString());
  }
}
