package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;

class PeriodsTest {
  private static final LocalDate D = LocalDate.of(2024, 2, 29);

  @Test
  void consecutiveMonthsHaveConsecutiveIndexesAcrossAYearEnd() {
    Periods m = Periods.MONTHLY;
    assertEquals(m.index(LocalDate.of(2023, 12, 31)) + 1, m.index(LocalDate.of(2024, 1, 1)));
    assertEquals("2024-02", m.label(m.index(D)));
    assertEquals(LocalDate.of(2024, 2, 1), m.start(m.index(D)));
    assertEquals(D, m.end(m.index(D)));
    assertEquals(29, m.days(m.index(D)));
  }

  @Test
  void weeksStartOnMondayAndUseIsoWeekLabels() {
    Periods w = Periods.of(Grain.WEEK);
    int i = w.index(D); // Thursday
    assertEquals(LocalDate.of(2024, 2, 26), w.start(i));
    assertEquals(LocalDate.of(2024, 3, 3), w.end(i));
    assertEquals("2024-W09", w.label(i));
    assertEquals("2020-W53", w.label(w.index(LocalDate.of(2021, 1, 3))));
    assertEquals(w.index(LocalDate.of(2024, 3, 3)) + 1, w.index(LocalDate.of(2024, 3, 4)));
  }

  @Test
  void calendarQuartersAndYears() {
    Periods q = Periods.of(Grain.QUARTER);
    assertEquals("2024-Q1", q.label(q.index(D)));
    assertEquals(LocalDate.of(2024, 3, 31), q.end(q.index(D)));
    Periods y = Periods.of(Grain.YEAR);
    assertEquals("2024", y.label(y.index(D)));
    assertEquals(366, y.days(y.index(D)));
  }

  @Test
  void fiscalYearStartingInAprilIsNamedAfterTheYearItEndsIn() {
    Periods q = Periods.of(Grain.QUARTER, 4);
    assertEquals("FY2024-Q4", q.label(q.index(D)));
    assertEquals("FY2025-Q1", q.label(q.index(LocalDate.of(2024, 4, 1))));
    assertEquals(LocalDate.of(2024, 1, 1), q.start(q.index(D)));
    Periods y = Periods.of(Grain.YEAR, 4);
    assertEquals("FY2024", y.label(y.index(D)));
    assertEquals(LocalDate.of(2023, 4, 1), y.start(y.index(D)));
    assertEquals(LocalDate.of(2024, 3, 31), y.end(y.index(D)));
  }

  @Test
  void wholeColumnIndexesMatchSingleDatesAndMarkMissing() {
    DateColumn c = DateColumn.create("d", D, null, LocalDate.of(1999, 12, 31));
    int[] idx = Periods.MONTHLY.indexes(c);
    assertEquals(Periods.MONTHLY.index(D), idx[0]);
    assertEquals(Integer.MIN_VALUE, idx[1]);
    assertEquals(1999 * 12 + 11, idx[2]);
  }

  @Test
  void asOfMakesItsPeriodCompleteOnlyOnItsLastDay() {
    MetricOptions o = MetricOptions.monthly(LocalDate.of(2024, 2, 28));
    assertTrue(!o.isComplete(o.lastPeriod()));
    assertTrue(o.withAsOf(D).isComplete(o.lastPeriod()));
    assertEquals("month", o.periodColumn());
  }

  @Test
  void ratiosOfZeroOrMissingDenominatorsAreMissing() {
    assertTrue(Double.isNaN(Ratios.divide(1, 0)));
    assertTrue(Double.isNaN(Ratios.divide(0, 0)));
    assertTrue(Double.isNaN(Ratios.divide(Double.NaN, 2)));
    assertEquals(0.5, Ratios.divide(1, 2));
    assertEquals(1.0 / 3, Ratios.balanceIndex(2, 1));
    assertTrue(Double.isNaN(Ratios.balanceIndex(0, 0)));
  }

  @Test
  void periodsThatCutTimeTheSameWay_areEqual() {
    assertEquals(Periods.MONTHLY, Periods.of(Grain.MONTH));
    assertEquals(Periods.MONTHLY, Periods.of(Grain.MONTH, 4), "months ignore the fiscal start");
    assertEquals(Periods.MONTHLY.hashCode(), Periods.of(Grain.MONTH, 4).hashCode());
    assertEquals(Periods.of(Grain.QUARTER, 4), Periods.of(Grain.QUARTER, 4));
    assertNotEquals(Periods.of(Grain.QUARTER, 4), Periods.of(Grain.QUARTER, 1));
    assertNotEquals(Periods.MONTHLY, Periods.of(Grain.WEEK));
  }
}
