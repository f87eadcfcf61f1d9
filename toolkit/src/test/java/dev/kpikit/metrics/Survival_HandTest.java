package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Hand-checked cases of the survival table and the median lifetime. */
class Survival_HandTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  /** A tenure-shaped table; each entry is "months churned?" like "3 y" or "5 n". */
  private static Table tenure(String... rows) {
    StringColumn ids = StringColumn.create("customer_id");
    IntColumn months = IntColumn.create("tenure");
    BooleanColumn churned = BooleanColumn.create("churned");
    for (String row : rows) {
      String[] f = row.split(" ");
      ids.append("C" + ids.size());
      months.append(Integer.parseInt(f[0]));
      churned.append(f[1].equals("y"));
    }
    return Table.create("customers", ids, months, churned);
  }

  @Test
  void columns_areThoseOfDesign() {
    assertEquals(
        List.of("segment", "time", "at_risk", "events", "censored", "survival", "ci_lower", "ci_upper"),
        Survival.tenure(tenure("1 y"), null).columnNames());
  }

  @Test
  void survival_isProductOfOneMinusEventsOverAtRisk_withCensoredStillAtRiskAtTheirTime() {
    Table t = Survival.tenure(tenure("1 y", "2 y", "2 n", "4 y", "5 n"), null);
    assertEquals(List.of(1, 2, 4, 5), t.intColumn("time").asList());
    assertEquals(List.of(5, 4, 2, 1), t.intColumn("at_risk").asList());
    assertEquals(List.of(1, 1, 1, 0), t.intColumn("events").asList());
    assertEquals(List.of(0, 1, 0, 1), t.intColumn("censored").asList());
    double s1 = 4 / 5.0;
    double s2 = s1 * 3 / 4.0;
    double s4 = s2 * 1 / 2.0;
    assertEquals(List.of(s1, s2, s4, s4), t.doubleColumn("survival").asList());
  }

  @Test
  void interval_isLogTransformedGreenwood_cappedAtOne() {
    Table t = Survival.tenure(tenure("1 y", "2 y", "3 n", "3 n"), null);
    double se = Math.sqrt(1 / (4.0 * 3) + 1 / (3.0 * 2));
    double s = 3 / 4.0 * 2 / 3.0;
    assertEquals(s * Math.exp(-KaplanMeier.Z_95 * se), t.doubleColumn("ci_lower").get(1), 1e-15);
    assertEquals(Math.min(1, s * Math.exp(KaplanMeier.Z_95 * se)), t.doubleColumn("ci_upper").get(1), 1e-15);
    assertEquals(1.0, t.doubleColumn("ci_upper").get(0));
  }

  @Test
  void survivalReachingZero_hasMissingInterval() {
    Table t = Survival.tenure(tenure("1 y", "2 y"), null);
    assertEquals(0.0, t.doubleColumn("survival").get(1));
    assertTrue(t.doubleColumn("ci_lower").isMissing(1));
    assertTrue(t.doubleColumn("ci_upper").isMissing(1));
  }

  @Test
  void spells_areEventsInDaysWhenEndedByAsOf_elseCensoredAtAsOf() {
    Table spells = SpellRows.of("A 2024-06-01 2024-06-11 10 north", "B 2024-06-20 2024-07-05 10 north");
    Table t = Survival.spells(spells, MetricOptions.monthly(AS_OF));
    assertEquals(List.of(10), t.intColumn("time").asList(), "A ended after 10 days, B seen for 10 days by asOf");
    assertEquals(List.of(2), t.intColumn("at_risk").asList());
    assertEquals(List.of(1), t.intColumn("events").asList());
    assertEquals(List.of(1), t.intColumn("censored").asList());
  }

  @Test
  void planChange_isOneLifetime_andAReturnIsAnother() {
    Table spells = SpellRows.of("A 2024-01-01 2024-02-01 10 north", "A 2024-02-01 2024-03-01 20 north",
        "A 2024-05-01 - 10 north");
    Table t = Survival.spells(spells, MetricOptions.monthly(AS_OF));
    assertEquals(List.of(60), t.intColumn("time").asList(), "Jan 1 to Mar 1 is 60 days; May 1 to Jun 30 too");
    assertEquals(List.of(1), t.intColumn("events").asList(), "the plan change ended nothing");
    assertEquals(List.of(1), t.intColumn("censored").asList(), "the return is still active");
  }

  @Test
  void byDimension_givesOneCurvePerSegment_withoutAnAllCurve() {
    Table spells = SpellRows.of("A 2024-06-01 2024-06-11 10 north", "B 2024-06-01 - 10 south",
        "C 2024-06-01 - 10 -");
    Table t = Survival.spells(spells, MetricOptions.monthly(AS_OF).withBy("region"));
    assertEquals(List.of("(missing)", "north", "south"), t.stringColumn("segment").asList());
  }

  @Test
  void emptyTable_givesNoRows_withTheColumns() {
    Table t = Survival.spells(SpellRows.of(), MetricOptions.monthly(AS_OF));
    assertEquals(0, t.rowCount());
    assertEquals(8, t.columnCount());
  }

  @Test
  void missingDimensionColumn_isRejectedWithAClearMessage() {
    IllegalArgumentException e =
        assertThrows(NotComputableException.class, () -> Survival.tenure(tenure("1 y"), "contract"));
    assertEquals("survival cannot be split by contract: customers has no contract column", e.getMessage());
  }

  @Test
  void negativeTenure_isRejected() {
    assertThrows(NotComputableException.class, () -> Survival.tenure(tenure("-1 y"), null));
  }

  @Test
  void medianLifetime_isFirstTimeWithSurvivalAtMostHalf_missingWhenNeverReached() {
    Table halfAt2 = tenure("1 y", "2 y", "3 n", "4 n");
    halfAt2.addColumns(StringColumn.create("group", "a", "a", "a", "a"));
    Table never = tenure("1 y", "2 n", "3 n", "4 n");
    never.addColumns(StringColumn.create("group", "b", "b", "b", "b"));
    Table medians = Survival.medianLifetime(Survival.tenure(halfAt2.append(never), "group"));
    assertEquals(List.of("a", "b"), medians.stringColumn("segment").asList());
    assertEquals(2.0, medians.doubleColumn("median_lifetime").get(0), "S(2) = 3/4 * 2/3 = 1/2");
    assertTrue(medians.doubleColumn("median_lifetime").isMissing(1));
  }
}
