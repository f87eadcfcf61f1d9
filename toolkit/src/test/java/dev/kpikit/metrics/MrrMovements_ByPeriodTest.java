package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tech.tablesaw.api.Table;

/** Hand-checked cases of mrr_movements. */
class MrrMovements_ByPeriodTest {
  private static final MetricOptions JUNE = MetricOptions.monthly(LocalDate.of(2024, 6, 30));

  private static Table mrr(MetricOptions options, String... spells) {
    return MrrMovements.table(SpellRows.of(spells), options);
  }

  private static double cell(Table t, String month, String column) {
    return t.doubleColumn(column).getDouble(t.stringColumn("month").indexOf(month));
  }

  @Test
  void columns_areThoseOfDesign_plusTrailingNrr12m() {
    assertEquals(
        List.of("month", "mrr_start", "new", "expansion", "contraction", "churned", "reactivation", "mrr_end",
            "nrr", "grr", "quick_ratio", "nrr_12m"),
        mrr(JUNE, "A 2024-01-10 - 10 north").columnNames());
  }

  @Test
  void tableWithoutMrr_isNotComputable() {
    Table spells = SpellRows.of("A 2024-01-10 - 10 north").removeColumns("mrr");
    IllegalArgumentException e =
        assertThrows(NotComputableException.class, () -> MrrMovements.table(spells, JUNE));
    assertEquals("mrr_movements cannot be computed: customers has no mrr column", e.getMessage());
  }

  private static final List<String> PLAN_CHANGES =
      List.of("A 2024-01-10 2024-02-15 100 north", "A 2024-02-15 2024-03-15 150 north", "A 2024-03-15 - 120 north");
  private static final List<String> LEAVE_AND_RETURN =
      List.of("A 2024-01-10 2024-02-15 100 north", "A 2024-04-01 - 80 north");

  /** Each case: the behaviour, the spells, a month, a column and its value there, by hand. */
  static Stream<Arguments> movementRules() {
    return Stream.of(
        Arguments.of("an upgrade is expansion", PLAN_CHANGES, "2024-02", "expansion", 50.0),
        Arguments.of("a downgrade is contraction", PLAN_CHANGES, "2024-03", "contraction", 30.0),
        Arguments.of("month-end MRR is the active spell's", PLAN_CHANGES, "2024-03", "mrr_end", 120.0),
        Arguments.of("a first MRR is new", LEAVE_AND_RETURN, "2024-01", "new", 100.0),
        Arguments.of("losing all MRR is churned", LEAVE_AND_RETURN, "2024-02", "churned", 100.0),
        Arguments.of("MRR after a gap is reactivation", LEAVE_AND_RETURN, "2024-04", "reactivation", 80.0),
        Arguments.of("MRR after a gap is not new", LEAVE_AND_RETURN, "2024-04", "new", 0.0),
        Arguments.of("a spell within one month never reaches a month end",
            List.of("A 2024-01-10 - 100 north", "B 2024-02-03 2024-02-20 70 north"), "2024-02", "new", 0.0),
        Arguments.of("a spell with missing MRR adds nothing",
            List.of("A 2024-01-10 - 100 north", "A 2024-02-01 - - north"), "2024-02", "mrr_end", 100.0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("movementRules")
  void movementRule(String behaviour, List<String> spells, String month, String column, double expected) {
    assertEquals(expected, cell(mrr(JUNE, spells.toArray(String[]::new)), month, column), behaviour);
  }

  @Test
  void ratios_followTheirFormulas() {
    Table t = mrr(JUNE, "A 2024-01-10 - 100 north", "B 2024-01-10 2024-02-10 50 north",
        "C 2024-01-10 2024-02-10 40 north", "C 2024-02-10 - 30 north", "D 2024-02-03 - 20 north");
    double start = 190;
    double lost = 50 + 10;
    assertEquals(start, cell(t, "2024-02", "mrr_start"));
    assertEquals((start - lost) / start, cell(t, "2024-02", "nrr"), 1e-15);
    assertEquals((start - lost) / start, cell(t, "2024-02", "grr"), 1e-15);
    assertEquals(20 / lost, cell(t, "2024-02", "quick_ratio"), 1e-15);
  }

  @Test
  void zeroStartingMrr_andNoLosses_giveMissingRatios() {
    Table t = mrr(JUNE, "A 2024-01-10 - 100 north");
    assertTrue(Double.isNaN(cell(t, "2024-01", "nrr")), "no MRR at the start of the first month");
    assertTrue(Double.isNaN(cell(t, "2024-01", "grr")));
    assertTrue(Double.isNaN(cell(t, "2024-02", "quick_ratio")), "nothing lost in February");
    assertEquals(1.0, cell(t, "2024-02", "nrr"));
  }

  @Test
  void nrr12m_isTodaysMrrOfLastYearsPayers_overTheirMrrThen() {
    MetricOptions jan2025 = MetricOptions.monthly(LocalDate.of(2025, 1, 31));
    Table t = mrr(jan2025, "A 2024-01-10 - 100 north", "B 2024-01-10 2024-06-01 50 north",
        "A 2024-07-01 - 30 north", "C 2024-03-01 - 999 north");
    assertTrue(Double.isNaN(cell(t, "2024-12", "nrr_12m")), "no MRR at the end of 2023-12");
    assertEquals((100 + 30) / 150.0, cell(t, "2025-01", "nrr_12m"), 1e-15);
  }

  @Test
  void emptyTable_givesNoRows_withTheColumns() {
    Table t = mrr(JUNE);
    assertEquals(0, t.rowCount());
    assertEquals(12, t.columnCount());
  }

  @Test
  void byRegion_splitsMovements_andSegmentsAddUpToTotal() {
    String[] spells = {"A 2024-01-10 - 100 north", "B 2024-01-10 2024-03-10 50 south",
        "B 2024-03-10 - 80 south"};
    Table split = mrr(JUNE.withBy("region"), spells);
    Table march = split.where(split.stringColumn("month").isEqualTo("2024-03"));
    assertEquals(List.of("north", "south"), march.stringColumn("region").asList());
    assertEquals(List.of(0.0, 30.0), march.doubleColumn("expansion").asList());
    assertEquals(cell(mrr(JUNE, spells), "2024-03", "mrr_end"), march.doubleColumn("mrr_end").sum());
  }
}
