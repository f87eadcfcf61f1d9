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

/** Hand-checked cases of churn_monthly. */
class LogoChurn_ByPeriodTest {
  private static final MetricOptions APRIL = MetricOptions.monthly(LocalDate.of(2024, 4, 30));

  private static Table churn(MetricOptions options, String... spells) {
    return LogoChurn.table(SpellRows.of(spells), options);
  }

  /** start, new, reactivated, churned, end of the row for {@code month}. */
  private static List<Integer> counts(Table t, String month) {
    int r = t.stringColumn("month").indexOf(month);
    return List.of(
        t.intColumn("customers_start").get(r),
        t.intColumn("new").get(r),
        t.intColumn("reactivated").get(r),
        t.intColumn("churned").get(r),
        t.intColumn("customers_end").get(r));
  }

  @Test
  void columns_areThoseOfDesign() {
    Table t = churn(APRIL, "A 2024-01-10 - 10 north");
    assertEquals(
        List.of("month", "customers_start", "new", "reactivated", "churned", "customers_end", "logo_churn_rate"),
        t.columnNames());
  }

  /**
   * Each case: the behaviour, the spells, a month, and that month's customers_start, new,
   * reactivated, churned and customers_end, checked by hand from the spells.
   */
  static Stream<Arguments> countingRules() {
    return Stream.of(
        Arguments.of("a spell starting and ending in one month is new and churned, never at a month end",
            List.of("A 2024-01-10 - 10 north", "B 2024-02-03 2024-02-20 10 north"), "2024-02", List.of(1, 1, 0, 1, 1)),
        Arguments.of("an end date of Jan 31 (first inactive day) churns in January",
            List.of("A 2024-01-10 2024-02-01 10 north", "B 2024-01-10 2024-01-31 10 north"), "2024-01",
            List.of(0, 2, 0, 1, 1)),
        Arguments.of("an end date of Feb 1 is still active on Jan 31 and churns in February",
            List.of("A 2024-01-10 2024-02-01 10 north", "B 2024-01-10 2024-01-31 10 north"), "2024-02",
            List.of(1, 0, 0, 1, 0)),
        Arguments.of("a plan change (touching spells) is neither churn nor reactivation",
            List.of("A 2024-01-10 2024-03-05 10 north", "A 2024-03-05 - 30 north"), "2024-03", List.of(1, 0, 0, 0, 1)),
        Arguments.of("overlapping spells count the customer once",
            List.of("A 2024-01-10 2024-04-10 10 north", "A 2024-02-01 2024-03-01 5 north"), "2024-03",
            List.of(1, 0, 0, 0, 1)),
        Arguments.of("overlapping spells churn once, when the last one ends",
            List.of("A 2024-01-10 2024-04-10 10 north", "A 2024-02-01 2024-03-01 5 north"), "2024-04",
            List.of(1, 0, 0, 1, 0)),
        Arguments.of("a return after a gap is reactivated",
            List.of("A 2024-01-10 2024-02-10 10 north", "A 2024-04-02 - 10 north"), "2024-04", List.of(0, 0, 1, 0, 1)),
        Arguments.of("leaving and returning within a month is churned and reactivated",
            List.of("A 2024-01-10 2024-03-10 10 north", "A 2024-03-20 - 10 north"), "2024-03", List.of(1, 0, 1, 1, 1)),
        Arguments.of("a short first visit before staying in the same month counts once, as new",
            List.of("A 2024-03-01 2024-03-05 10 north", "A 2024-03-20 - 10 north"), "2024-03", List.of(0, 1, 0, 0, 1)),
        Arguments.of("rows without customer_id and never-active spells are ignored",
            List.of("- 2024-02-10 - 10 north", "A 2024-02-10 2024-02-10 10 north", "B 2024-02-01 - 1 north"), "2024-02",
            List.of(0, 1, 0, 0, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("countingRules")
  void countingRule(String behaviour, List<String> spells, String month, List<Integer> expected) {
    assertEquals(expected, counts(churn(APRIL, spells.toArray(String[]::new)), month), behaviour);
  }

  @Test
  void noCustomersAtMonthStart_givesMissingChurnRate_elseChurnedOverStart() {
    Table t = churn(APRIL, "A 2024-01-10 2024-03-01 10 north", "B 2024-01-15 - 10 north");
    assertTrue(t.doubleColumn("logo_churn_rate").isMissing(0));
    assertEquals(1.0 / 2, t.doubleColumn("logo_churn_rate").get(t.stringColumn("month").indexOf("2024-03")));
  }

  @Test
  void asOf_ignoresLaterStarts_treatsLaterEndsAsActive_andEndsThePeriods() {
    MetricOptions midMarch = MetricOptions.monthly(LocalDate.of(2024, 3, 15));
    Table t = churn(midMarch, "A 2024-01-10 2024-03-20 10 north", "B 2024-03-16 - 10 north");
    assertEquals(List.of("2024-01", "2024-02", "2024-03"), t.stringColumn("month").asList());
    assertEquals(List.of(1, 0, 0, 0, 1), counts(t, "2024-03"));
  }

  @Test
  void emptyTable_givesNoRows_withTheColumns() {
    Table t = churn(APRIL);
    assertEquals(0, t.rowCount());
    assertEquals(7, t.columnCount());
  }

  @Test
  void byRegion_addsRegionAfterMonth_usesTheFirstSpellsRegion_andSegmentsAddUp() {
    Table t =
        churn(
            APRIL.withBy("region"),
            "A 2024-01-10 2024-02-10 10 north",
            "A 2024-02-10 - 10 south",
            "B 2024-02-01 2024-03-05 10 south",
            "C 2024-03-01 - 10 -");
    assertEquals(List.of("month", "region"), t.columnNames().subList(0, 2));
    Table april = t.where(t.stringColumn("month").isEqualTo("2024-04"));
    assertEquals(List.of("(missing)", "north", "south"), april.stringColumn("region").asList());
    assertEquals(List.of(1, 1, 0), april.intColumn("customers_end").asList());
    Table total = churn(APRIL, "A 2024-01-10 2024-02-10 10 north", "A 2024-02-10 - 10 south",
        "B 2024-02-01 2024-03-05 10 south", "C 2024-03-01 - 10 -");
    assertEquals(total.intColumn("customers_end").get(3), (int) april.intColumn("customers_end").sum());
  }

  @Test
  void missingDimensionColumn_isRejectedWithAClearMessage() {
    IllegalArgumentException e =
        assertThrows(NotComputableException.class, () -> churn(APRIL.withBy("plan"), "A 2024-01-10 - 10 north"));
    assertEquals("churn_monthly cannot be split by plan: customers has no plan column", e.getMessage());
  }

  @Test
  void quarterlyGrain_usesQuarterColumnAndLastDayOfQuarter() {
    MetricOptions quarterly = APRIL.withPeriods(Periods.of(Grain.QUARTER));
    Table t = churn(quarterly, "A 2024-01-10 2024-02-10 10 north", "B 2024-02-01 2024-04-01 10 north");
    assertEquals(List.of("2024-Q1", "2024-Q2"), t.stringColumn("quarter").asList());
    assertEquals(List.of(0, 2, 0, 1, 1), List.of(
        t.intColumn("customers_start").get(0), t.intColumn("new").get(0), t.intColumn("reactivated").get(0),
        t.intColumn("churned").get(0), t.intColumn("customers_end").get(0)));
  }
}
