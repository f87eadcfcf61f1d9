package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The tenure shape's churn rate, by hand and on IBM Telco (figures from the datasets README). */
class TenureChurn_RatesTest {

  @Test
  void telcoOverall_is1869Of7043() {
    Table t = TenureChurn.of(TenureTables.telco(), null);
    assertEquals(List.of("ALL"), t.stringColumn("segment").asList());
    assertEquals(7043, t.intColumn("customers").get(0));
    assertEquals(1869, t.intColumn("churned").get(0));
    assertEquals(1869 / 7043.0, t.doubleColumn("churn_rate").get(0));
  }

  @Test
  void telcoByContract_matchesPublishedCounts() {
    Table t = TenureChurn.of(TenureTables.telco(), "contract");
    assertEquals(List.of("Month-to-month", "One year", "Two year"), t.stringColumn("segment").asList());
    assertEquals(List.of(3875, 1473, 1695), t.intColumn("customers").asList());
    assertEquals(List.of(1655, 166, 48), t.intColumn("churned").asList());
    assertEquals(1655 / 3875.0, t.doubleColumn("churn_rate").get(0));
  }

  @Test
  void rowsWithoutCustomerId_areIgnored_andMissingDimensionIsItsOwnSegment() {
    Table customers =
        Table.create(
            "customers",
            StringColumn.create("customer_id", "a", "", "c", "d"),
            IntColumn.create("tenure", 1, 2, 3, 4),
            BooleanColumn.create("churned", new boolean[] {true, true, false, true}),
            StringColumn.create("contract", "monthly", "monthly", "", "monthly"));
    Table t = TenureChurn.of(customers, "contract");
    assertEquals(List.of("(missing)", "monthly"), t.stringColumn("segment").asList());
    assertEquals(List.of(1, 2), t.intColumn("customers").asList());
    assertEquals(List.of(0, 2), t.intColumn("churned").asList());
  }

  @Test
  void emptyTable_givesAnAllRowWithMissingRate() {
    Table empty =
        Table.create(
            "customers", StringColumn.create("customer_id"), IntColumn.create("tenure"), BooleanColumn.create("churned"));
    Table t = TenureChurn.of(empty, null);
    assertEquals(0, t.intColumn("customers").get(0));
    assertTrue(t.doubleColumn("churn_rate").isMissing(0));
  }
}
