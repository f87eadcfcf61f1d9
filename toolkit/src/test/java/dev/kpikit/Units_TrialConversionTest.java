package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Trial conversion is one of the proportions the units table compares. Store A has three trials
 * started in 2024: two customers pay on their trial's last day (converted), one spell ends on it
 * (lapsed). Store B has one lapsed trial and one still running at the as-of date, which is left
 * out of the rate. So A converts 2 of 3 decided trials, B 0 of 1, the business 2 of 4.
 */
class Units_TrialConversionTest {
  @TempDir static Path dir;
  private static Table units;

  @BeforeAll
  static void compute() throws IOException {
    Files.writeString(dir.resolve("kpikit.yaml"), "as_of: 2024-12-31\nunit: store\n");
    Files.writeString(dir.resolve("orders.csv"), """
        order_id,order_date,customer_id,amount,store
        o1,2024-03-20,a1,10,A
        o2,2024-05-20,b1,10,B
        """);
    Files.writeString(dir.resolve("customers.csv"), """
        customer_id,start_date,end_date,mrr,trial_end,store
        a1,2024-03-01,,20,2024-03-15,A
        a2,2024-06-01,2024-09-01,20,2024-06-15,A
        a3,2024-04-01,2024-04-15,20,2024-04-15,A
        b1,2024-05-01,2024-05-15,20,2024-05-15,B
        b2,2024-12-20,,20,2025-01-03,B
        """);
    units = Kpikit.open(dir).by("store").table();
  }

  private static int row(String unit) {
    for (int i = 0; i < units.rowCount(); i++) {
      if (units.getString(i, "unit").equals(unit) && units.getString(i, "kpi").equals("trial_conversion_rate")) {
        return i;
      }
    }
    throw new AssertionError("no trial_conversion_rate row for " + unit + " in\n" + units.print());
  }

  @Test
  void eachUnitsRateIsItsConvertedOverItsDecidedTrials() {
    int a = row("A");
    assertEquals(2, units.longColumn("numerator").get(a));
    assertEquals(3, units.longColumn("denominator").get(a));
    assertEquals(2.0 / 3, units.doubleColumn("value").get(a), 1e-12);
    int b = row("B");
    assertEquals(0, units.longColumn("numerator").get(b));
    assertEquals(1, units.longColumn("denominator").get(b), "the running trial is not decided yet");
    assertEquals(0.0, units.doubleColumn("value").get(b), 1e-12);
  }

  @Test
  void theFunnelCentreIsTheWholeBusinessRate() {
    assertEquals(2.0 / 4, units.doubleColumn("business_value").get(row("A")), 1e-12);
    assertEquals(1, units.intColumn("rank").get(row("A")), "higher conversion ranks first");
  }
}
