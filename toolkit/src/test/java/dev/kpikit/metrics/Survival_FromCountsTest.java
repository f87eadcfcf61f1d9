package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@link Survival#fromCounts}: the same curve from counts per (segment, time) as from the customers. */
class Survival_FromCountsTest {
  @Test
  void countsGiveTheTableOfTheObservationsTheyCount() {
    // tenure: b churned at 2, 2 and 5 and stayed at 5; a churned at 1 and stayed at 3
    Table tenure = Table.create("customers",
        StringColumn.create("customer_id", "1", "2", "3", "4", "5", "6"),
        IntColumn.create("tenure", 2, 1, 5, 2, 3, 5),
        BooleanColumn.create("churned", true, true, true, true, false, false),
        StringColumn.create("plan", "b", "a", "b", "b", "a", "b"));
    Table counts = Table.create("counts",
        StringColumn.create("segment", "b", "a", "b", "a", "b"),
        IntColumn.create("time", 5, 1, 2, 3, 5),
        IntColumn.create("events", 1, 1, 2, 0, 0),
        IntColumn.create("censored", 0, 0, 0, 1, 1));
    Table expected = Survival.tenure(tenure, "plan");
    Table actual = Survival.fromCounts(counts);
    assertEquals(expected.print(), actual.print());
    assertEquals("[a, a, b, b]", actual.stringColumn("segment").asList().toString(), "sorted by segment, then time");
  }

  @Test
  void repeatedPairsAreAddedUp() {
    Table once = Table.create("counts", StringColumn.create("segment", "ALL"), IntColumn.create("time", new int[] {4}),
        IntColumn.create("events", new int[] {3}), IntColumn.create("censored", new int[] {1}));
    Table split = Table.create("counts", StringColumn.create("segment", "ALL", "ALL"), IntColumn.create("time", 4, 4),
        IntColumn.create("events", 1, 2), IntColumn.create("censored", 1, 0));
    assertEquals(Survival.fromCounts(once).print(), Survival.fromCounts(split).print());
    assertEquals(0.25, Survival.fromCounts(split).doubleColumn("survival").getDouble(0), 1e-15, "1 - 3/4");
  }

  @Test
  void aFractionalCountIsRefused() {
    Table counts = Table.create("counts", StringColumn.create("segment", "ALL"),
        DoubleColumn.create("time", new double[] {1}), DoubleColumn.create("events", new double[] {0.5}),
        DoubleColumn.create("censored", new double[] {0}));
    assertThrows(IllegalArgumentException.class, () -> Survival.fromCounts(counts));
  }
}
