package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.metrics.LogoChurn;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MrrMovements;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@code policies.past_due_grace_days}: customer c1 lapses 9 days (spell ends 2024-02-01, the next
 * starts 2024-02-10); c2 lapses 40 days. With a grace of 10 days c1's lapse is neither churn nor
 * reactivation and c2's is both; with 9 days (a lapse of exactly N) both are churn and reactivation.
 */
class PastDueGraceTest {
  private static final MetricOptions OPTIONS = MetricOptions.monthly(LocalDate.of(2024, 4, 30));
  @TempDir Path dir;

  private LoadResult load(String policies) throws IOException {
    return FolderFixtures.load(dir, "currency: EUR\n" + policies, Dataset.CUSTOMERS,
        "customer_id,start_date,end_date,mrr\n"
            + "c1,2024-01-05,2024-02-01,100\n"
            + "c1,2024-02-10,,120\n"
            + "c2,2024-01-05,2024-02-01,50\n"
            + "c2,2024-03-12,,50\n");
  }

  private static int sum(Table t, String column) {
    return (int) t.numberColumn(column).sum();
  }

  @Test
  void aLapseShorterThanTheGraceIsNeitherChurnNorReactivation() throws IOException {
    LoadResult r = load("policies:\n  past_due_grace_days: 10\n");
    Table churn = LogoChurn.byPeriod(r.table(), OPTIONS);
    assertEquals(1, sum(churn, "churned"), "only c2");
    assertEquals(1, sum(churn, "reactivated"), "only c2");
    Table mrr = MrrMovements.byPeriod(r.table(), OPTIONS);
    assertEquals(50, mrr.numberColumn("churned").sum(), 1e-9, "only c2's 50");
    assertEquals(20, mrr.numberColumn("expansion").sum(), 1e-9, "c1 100 -> 120 is expansion");
    assertTrue(r.files().get(0).notes().stream().anyMatch(n -> n.startsWith("1 lapses shorter than 10 days bridged")),
        r.files().get(0).notes().toString());
  }

  @Test
  void aLapseOfExactlyTheGraceIsChurnAndReactivation() throws IOException {
    Table churn = LogoChurn.byPeriod(load("policies:\n  past_due_grace_days: 9\n").table(), OPTIONS);
    assertEquals(2, sum(churn, "churned"));
    assertEquals(2, sum(churn, "reactivated"));
  }

  @Test
  void withoutThePolicyEveryLapseIsChurnAsBefore() throws IOException {
    LoadResult r = load("");
    Table churn = LogoChurn.byPeriod(r.table(), OPTIONS);
    assertEquals(2, sum(churn, "churned"));
    assertEquals(2, sum(churn, "reactivated"));
    assertEquals(
        churn.print(),
        LogoChurn.byPeriod(
            DatasetLoader.load(Dataset.CUSTOMERS, java.util.List.of(dir.resolve("customers.csv").toString()), LoadOptions.DEFAULT)
                .table(),
            OPTIONS).print());
  }
}
