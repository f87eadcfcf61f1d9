package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.report.MetricRun;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both engines on generated messy data ({@link MessyBusiness}): every table the same, rejects too. */
class SparkEngine_MessyDataParityTest {
  @TempDir Path tmp;

  @Test
  void everyTableOfAMessyBusiness() throws IOException {
    MetricRun run = Parity.assertParity(MessyBusiness.write(tmp.resolve("messy"), 17), null);
    assertEquals(3, run.loads().get(Dataset.ORDERS).files().size(), "orders from three files");
    assertTrue(run.loads().get(Dataset.ORDERS).rowsRejected() > 0, "the data has rejects to compare");
    for (String t : new String[] {"churn_monthly", "mrr_movements", "survival", "inventory_turnover",
        "employee_turnover", "balances", "scorecard", "unit_economics", "cohort_revenue_retention"}) {
      assertTrue(run.tables().containsKey(t), t + " computed: " + run.skipped());
    }
  }

  @Test
  void aMessyBusinessSplitByRegion() throws IOException {
    Parity.assertParity(MessyBusiness.write(tmp.resolve("messy-by-region"), 29), "region");
  }
}
