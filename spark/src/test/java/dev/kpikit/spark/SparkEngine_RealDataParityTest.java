package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.TestData;
import dev.kpikit.report.MetricRun;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both engines on the held-in public datasets, each read through its preset: UCI Online Retail
 * (305 daily files, one Spark task each; order lines merged on the cluster), IBM Telco (the tenure
 * shape of customers) and the CDNOW purchases (space-aligned, derived order ids).
 */
class SparkEngine_RealDataParityTest {
  @TempDir Path tmp;

  @Test
  void onlineRetailThroughItsPreset() throws IOException {
    Path byDay = TestData.dataset("online-retail/by-day");
    Path dir = Parity.folderWithConfig(tmp.resolve("retail"),
        "datasets:\n  orders: { path: \"" + byDay + "/*.csv.gz\", preset: uci-online-retail }\n");
    MetricRun run = Parity.assertParity(dir, null);
    assertEquals(305, run.loads().get(Dataset.ORDERS).files().size(), "one ledger per daily file");
  }

  @Test
  void onlineRetailByCountry() throws IOException {
    Path byDay = TestData.dataset("online-retail/by-day");
    Path dir = Parity.folderWithConfig(tmp.resolve("retail-by-region"),
        "datasets:\n  orders: { path: \"" + byDay + "/2011-1*.csv.gz\", preset: uci-online-retail }\n");
    Parity.assertParity(dir, "region");
  }

  @Test
  void telcoTenureShape() throws IOException {
    Path telco = TestData.dataset("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    Path dir = Parity.folderWithConfig(tmp.resolve("telco"),
        "as_of: 2024-12-31\ndatasets:\n  customers: { path: \"" + telco + "\", preset: ibm-telco }\n");
    MetricRun run = Parity.assertParity(dir, null);
    assertTrue(run.tables().containsKey("survival"), "the tenure shape gives a survival table");
  }

  @Test
  void cdnowPurchases() throws IOException {
    Path cdnow = TestData.dataset("cdnow/CDNOW_master.txt");
    Path dir = Parity.folderWithConfig(tmp.resolve("cdnow"),
        "datasets:\n  orders: { path: \"" + cdnow + "\", preset: cdnow }\n");
    MetricRun run = Parity.assertParity(dir, null);
    assertTrue(run.tables().containsKey("cohort_retention"));
  }
}
