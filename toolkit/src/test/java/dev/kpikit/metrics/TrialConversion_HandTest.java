package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.config.DataFolder;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@code trial_conversion} on spells small enough to check by eye, loaded through the trial
 * policies. As of 2024-03-31:
 *
 * <ul>
 *   <li>January: a (trial Jan 5-19, pays: 14 days), b (trial ends Jan 24 with its spell: never
 *       converts), c (cancelled Jan 28 during a trial ending Feb 3), j (trial row Jan 3-31 then a
 *       paid spell from Jan 31: converts, 28 days); g pays from Jan 2 without a trial.
 *   <li>February: h's first trial (Feb 1-11, lapses); its second trial in March is not counted.
 *   <li>March: d (trial ends on the as-of date, Mar 31, and pays: converted, 14 days), e (trial to
 *       Apr 8: still in trial), f (cancelled Mar 30 during a trial to Apr 3); i's trial starts
 *       after the as-of date.
 * </ul>
 */
class TrialConversion_HandTest {
  private static final String SPELLS =
      "customer_id,start_date,end_date,mrr,trial_end,plan\n"
          + "a,2024-01-05,,10,2024-01-19,pro\n"
          + "b,2024-01-10,2024-01-24,10,2024-01-24,pro\n"
          + "c,2024-01-20,2024-01-28,10,2024-02-03,basic\n"
          + "d,2024-03-17,,10,2024-03-31,pro\n"
          + "e,2024-03-25,,10,2024-04-08,basic\n"
          + "f,2024-03-20,2024-03-30,10,2024-04-03,pro\n"
          + "g,2024-01-02,,10,,pro\n"
          + "h,2024-02-01,2024-02-11,10,2024-02-11,basic\n"
          + "h,2024-03-01,,10,2024-03-15,basic\n"
          + "i,2024-04-02,,10,2024-04-16,pro\n"
          + "j,2024-01-03,2024-01-31,0,2024-01-31,pro\n"
          + "j,2024-01-31,,20,,team\n";
  private static final LocalDate MARCH_END = LocalDate.of(2024, 3, 31);

  @TempDir Path dir;

  private Table spells(String yaml) throws IOException {
    Files.writeString(dir.resolve("kpikit.yaml"), yaml);
    Files.writeString(dir.resolve("customers.csv"), SPELLS);
    return DataFolder.open(dir).load(Dataset.CUSTOMERS).table();
  }

  private static List<Object> row(Table t, int r) {
    return List.of(
        t.stringColumn("month").get(r),
        t.intColumn("trials_started").getInt(r),
        t.intColumn("converted").getInt(r),
        t.intColumn("lapsed").getInt(r),
        t.intColumn("in_trial").getInt(r),
        t.doubleColumn("trial_conversion_rate").getDouble(r),
        t.doubleColumn("median_days_to_convert").getDouble(r));
  }

  @Test
  void paidOnly_countsFirstTrials_byTrialStartMonth() throws IOException {
    Table t = TrialConversion.table(spells(""), MetricOptions.monthly(MARCH_END));

    assertEquals(3, t.rowCount());
    assertEquals(List.of("2024-01", 4, 2, 2, 0, 2 / 4.0, (14 + 28) / 2.0), row(t, 0));
    assertEquals(List.of("2024-02", 1, 0, 1, 0, 0.0, Double.NaN), row(t, 1), "a decided trial: rate 0");
    assertEquals(List.of("2024-03", 3, 1, 1, 1, 1 / 2.0, 14.0), row(t, 2), "e still in trial");
  }

  @Test
  void fromSignup_givesTheSameTable() throws IOException {
    MetricOptions options = MetricOptions.monthly(MARCH_END);

    Table paidOnly = TrialConversion.table(spells(""), options);
    Table fromSignup = TrialConversion.table(spells("policies:\n  trials: from_signup\n"), options);

    assertEquals(paidOnly.printAll(), fromSignup.printAll());
  }

  @Test
  void noDecidedTrial_leavesTheRateMissing_andCountsThemInTrial() throws IOException {
    Table t = TrialConversion.table(spells(""), MetricOptions.monthly(LocalDate.of(2024, 3, 26)));

    assertEquals(List.of("2024-03", 3, 0, 0, 3, Double.NaN, Double.NaN), row(t, 2),
        "d ends after the as-of date, f's end is not known yet");
  }

  @Test
  void byPlan_usesEachTrialRowsOwnPlan() throws IOException {
    Table t = TrialConversion.table(spells(""), MetricOptions.monthly(MARCH_END).withBy("plan"));

    assertEquals(List.of("basic", "pro", "basic", "pro", "basic", "pro"), t.stringColumn("plan").asList());
    assertEquals(List.of(1, 3, 1, 0, 1, 2), t.intColumn("trials_started").asList());
    assertEquals(List.of(0, 2, 0, 0, 0, 1), t.intColumn("converted").asList());
    assertTrue(Double.isNaN(t.doubleColumn("trial_conversion_rate").getDouble(3)), "pro, February: no trial");
  }

  @Test
  void spellsWithoutTrialEnds_areNotComputable() {
    Table noTrials = Table.create("customers", tech.tablesaw.api.StringColumn.create("customer_id"));
    NotComputableException e =
        assertThrows(NotComputableException.class, () -> TrialConversion.table(noTrials, MetricOptions.monthly(MARCH_END)));
    assertEquals("trial_conversion needs trial ends: customers has no trial_end column", e.getMessage());
  }
}
