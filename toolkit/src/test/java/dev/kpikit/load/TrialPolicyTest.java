package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.config.DataFolder;
import dev.kpikit.metrics.LogoChurn;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MrrMovements;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@code policies.trials}. c1: trial Jan 5 to Jan 19, then paid (10/month); c2: trial Jan 25 to
 * Feb 8, then paid (20); c3: trial Jan 10 to Jan 24, never converts (its spell ends Jan 24); c4: no
 * trial, from Jan 2 (40). Rows: January, February 2024.
 */
class TrialPolicyTest {
  private static final MetricOptions OPTIONS = MetricOptions.monthly(LocalDate.of(2024, 2, 29));
  @TempDir Path dir;

  private LoadResult load(String yaml) throws IOException {
    return FolderFixtures.load(dir, yaml, Dataset.CUSTOMERS,
        "customer_id,start_date,end_date,mrr,trial_end\n"
            + "c1,2024-01-05,,10,2024-01-19\n"
            + "c2,2024-01-25,,20,2024-02-08\n"
            + "c3,2024-01-10,2024-01-24,30,2024-01-24\n"
            + "c4,2024-01-02,,40,\n");
  }

  @Test
  void byDefaultATrialIsACustomerOnlyFromItsConversion() throws IOException {
    LoadResult r = load("currency: EUR\n");
    Table churn = LogoChurn.byPeriod(r.table(), OPTIONS);
    assertEquals(2, churn.numberColumn("new").getDouble(0), "January: c1 and c4");
    assertEquals(1, churn.numberColumn("new").getDouble(1), "February: c2");
    assertEquals(0, churn.numberColumn("churned").sum(), "c3 never was a customer");
    Table mrr = MrrMovements.byPeriod(r.table(), OPTIONS);
    assertEquals(10 + 40, mrr.numberColumn("mrr_end").getDouble(0), 1e-9);
    assertEquals(10 + 20 + 40, mrr.numberColumn("mrr_end").getDouble(1), 1e-9);
    assertTrue(r.files().get(0).notes().stream().anyMatch(n -> n.startsWith("3 trial spells start at their trial end")
        && n.contains("1 of them ended by their trial end and hold no paid day")), r.files().get(0).notes().toString());
  }

  @Test
  void fromSignupCountsTrialsAsCustomers() throws IOException {
    Table churn = LogoChurn.byPeriod(load("policies:\n  trials: from_signup\n").table(), OPTIONS);
    assertEquals(4, churn.numberColumn("new").getDouble(0), "January: all four signed up");
    assertEquals(0, churn.numberColumn("new").getDouble(1));
    assertEquals(1, churn.numberColumn("churned").getDouble(0), "c3's trial ending is churn");
  }

  @Test
  void anUnknownTrialPolicyIsAConfigError() {
    DataException e = assertThrows(DataException.class, () -> load("policies:\n  trials: sometimes\n"));
    assertTrue(e.getMessage().contains("policies.trials: 'sometimes' is not a trial policy"), e.getMessage());
  }

  @Test
  void theStripePresetReadsTrialEnd() throws IOException {
    Files.writeString(dir.resolve("kpikit.yaml"), "datasets:\n  customers:\n    preset: stripe-subscriptions\n");
    Files.writeString(
        dir.resolve("customers.csv"),
        "id,Customer ID,Plan,Quantity,Interval,Amount,Status,Start (UTC),Trial End (UTC),Ended At (UTC)\n"
            + "sub_1,cus_A,Pro,1,month,10.00,active,2024-01-05 10:00,2024-01-19 10:00,\n");
    Table t = DataFolder.open(dir).load(Dataset.CUSTOMERS).table();
    assertEquals(LocalDate.of(2024, 1, 19), t.dateColumn("start_date").get(0));
  }

  @Test
  void paidOnlyKeepsTheSignupInTrialStart() throws IOException {
    Table t = load("").table();
    assertEquals(LocalDate.of(2024, 1, 19), t.dateColumn("start_date").get(0), "c1 starts paying");
    assertEquals(LocalDate.of(2024, 1, 5), t.dateColumn("trial_start").get(0), "c1 signed up");
    assertTrue(t.dateColumn("trial_start").isMissing(3), "c4 had no trial");
  }

  @Test
  void theStripePresetReadsTrialStart_whenTheExportHasIt() throws IOException {
    Files.writeString(dir.resolve("kpikit.yaml"), "datasets:\n  customers:\n    preset: stripe-subscriptions\n");
    Files.writeString(
        dir.resolve("customers.csv"),
        "id,Customer ID,Plan,Quantity,Interval,Amount,Status,Created (UTC),Start (UTC),Trial Start (UTC),"
            + "Trial End (UTC),Ended At (UTC)\n"
            + "sub_1,cus_A,Pro,1,month,10.00,active,2024-01-02 09:00,2024-01-05 10:00,2024-01-04 10:00,"
            + "2024-01-19 10:00,\n");
    Table t = DataFolder.open(dir).load(Dataset.CUSTOMERS).table();
    assertEquals(LocalDate.of(2024, 1, 19), t.dateColumn("start_date").get(0));
    assertEquals(LocalDate.of(2024, 1, 4), t.dateColumn("trial_start").get(0), "the export's own trial start");
  }
}
