package dev.kpikit.forecast.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Six weeks from Wednesday 2020-01-01: phase 3 (Saturdays) never trades; day 8 is a one-day
 * closure (a holiday); days 20 to 26 (2020-01-21 to 2020-01-27) hold six consecutive closures of
 * trading weekdays around the Saturday at day 24: a shutdown.
 */
class TradingCalendarTest {
  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

  private static double[] sixWeeks() {
    double[] y = new double[42];
    Arrays.fill(y, 100);
    for (int t = 3; t < y.length; t += 7) {
      y[t] = 0;
    }
    y[8] = 0;
    for (int t = 20; t <= 26; t++) {
      y[t] = 0;
    }
    return y;
  }

  @Test
  void aWeekdayThatNeverTradesIsClosed() {
    TradingCalendar c = TradingCalendar.learn(sixWeeks(), 42, 7, FIRST);
    assertArrayEquals(new int[] {3}, c.closedPhases());
    assertEquals(java.time.DayOfWeek.SATURDAY, FIRST.plusDays(3).getDayOfWeek());
    assertTrue(c.isClosedPhase(45));
    assertFalse(c.isTrading(10));
    assertTrue(c.isTrading(9));
  }

  @Test
  void oneTradingDayInTheHistoryOpensTheWeekday() {
    double[] y = sixWeeks();
    y[38] = -5; // a refund on a Saturday: it trades, however rarely
    assertArrayEquals(new int[0], TradingCalendar.learn(y, 42, 7, FIRST).closedPhases());
  }

  @Test
  void withFewerThanThreeCyclesNoWeekdayIsClosed() {
    assertArrayEquals(new int[0], TradingCalendar.learn(sixWeeks(), 20, 7, FIRST).closedPhases());
  }

  @Test
  void closuresAreNotTradingDays() {
    TradingCalendar c = TradingCalendar.learn(sixWeeks(), 42, 7, FIRST);
    assertFalse(c.isTrading(8));
    assertFalse(c.isTrading(22));
  }

  @Test
  void aLongRunOfClosuresIsAShutdownAndShortOnesSetTheHolidayRate() {
    TradingCalendar c = TradingCalendar.learn(sixWeeks(), 42, 7, FIRST);
    // Days 20..26 hold six open-weekday closures (day 24 is a Saturday): a shutdown.
    assertEquals(1, c.shutdowns().size());
    assertEquals(FIRST.plusDays(20), c.shutdowns().get(0)[0]);
    assertEquals(FIRST.plusDays(26), c.shutdowns().get(0)[1]);
    // 42 days - 6 Saturdays = 36 open-weekday days; 6 of them in the shutdown; 1 holiday.
    assertEquals(1.0 / (36 - 6), c.holidayRate(), 1e-12);
  }

  @Test
  void aShutdownRecursOnTheSameCalendarDaysEveryLaterYear() {
    TradingCalendar c = TradingCalendar.learn(sixWeeks(), 42, 7, FIRST);
    int jan22of2021 = (int) (LocalDate.of(2021, 1, 22).toEpochDay() - FIRST.toEpochDay());
    int jan28of2021 = (int) (LocalDate.of(2021, 1, 28).toEpochDay() - FIRST.toEpochDay());
    int jan21of2022 = (int) (LocalDate.of(2022, 1, 21).toEpochDay() - FIRST.toEpochDay());
    assertTrue(c.isSurelyClosed(jan22of2021));
    assertFalse(c.isSurelyClosed(jan28of2021));
    assertTrue(c.isSurelyClosed(jan21of2022));
  }

  @Test
  void withoutDatesNoShutdownRecurs() {
    TradingCalendar c = TradingCalendar.learn(sixWeeks(), 42, 7, null);
    assertTrue(c.shutdowns().isEmpty());
    assertFalse(c.isSurelyClosed(20 + 365));
    assertEquals(1.0 / 30, c.holidayRate(), 1e-12);
  }
}
