package dev.kpikit.forecast.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.forecast.series.HoltWinters.Form;
import dev.kpikit.forecast.series.HoltWinters.Params;
import dev.kpikit.forecast.series.HoltWinters.Run;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The smoothing recursions on a four-point series with season 2, worked by hand. Initial state from
 * the two cycles: phase means 11 (10, 12) and 21 (20, 22), level 16, seasonals -5 and +5 (additive)
 * or 11/16 and 21/16 (multiplicative), trend 0.
 */
class HoltWintersTest {
  private static final double[] Y = {10, 20, 12, 22};
  private static final boolean[] ALL = {true, true, true, true};
  private static final Params NO_TREND = new Params(0.5, 0, 0.5, 1);

  @Test
  void additiveSeasonWithoutTrend_followsTheErrorCorrectionEquations() {
    Run r = new HoltWinters(Y, ALL, 2, Form.ADDITIVE).run(NO_TREND, 4);
    // t0: yhat 16 - 5 = 11, e = -1: level 16 - 0.5 = 15.5, s0 = -5 - 0.5 = -5.5
    // t1: yhat 15.5 + 5 = 20.5, e = -0.5: level 15.25, s1 = 5 - 0.25 = 4.75
    // t2: yhat 15.25 - 5.5 = 9.75, e = 2.25: level 16.375, s0 = -5.5 + 1.125 = -4.375
    // t3: yhat 16.375 + 4.75 = 21.125, e = 0.875: level 16.8125, s1 = 4.75 + 0.4375 = 5.1875
    assertEquals(16.8125, r.level()[4], 1e-12);
    assertEquals(-4.375, r.seasonal()[4], 1e-12);
    assertEquals(5.1875, r.seasonal()[5], 1e-12);
    assertEquals(1 + 0.25 + 2.25 * 2.25 + 0.875 * 0.875, r.sse(), 1e-12);
    assertEquals(4, r.observed());
  }

  @Test
  void forecastsRepeatTheLastSeasonalOfEachPhase() {
    HoltWinters hw = new HoltWinters(Y, ALL, 2, Form.ADDITIVE);
    Run r = hw.run(NO_TREND, 4);
    assertEquals(16.8125 - 4.375, hw.forecast(r, NO_TREND, 4, 1), 1e-12);
    assertEquals(16.8125 + 5.1875, hw.forecast(r, NO_TREND, 4, 2), 1e-12);
    assertEquals(16.8125 - 4.375, hw.forecast(r, NO_TREND, 4, 3), 1e-12);
    // From origin 1 (after y0 only): level 15.5, phase 1 still has its initial +5, phase 0 has -5.5.
    assertEquals(15.5 + 5, hw.forecast(r, NO_TREND, 1, 1), 1e-12);
    assertEquals(15.5 - 5.5, hw.forecast(r, NO_TREND, 1, 2), 1e-12);
  }

  @Test
  void dampedTrendAddsTheDampedSumOfTheTrend() {
    Params p = new Params(0.5, 0.2, 0, 0.9);
    HoltWinters hw = new HoltWinters(Y, ALL, 2, Form.ADDITIVE);
    Run r = hw.run(p, 4);
    // t0: yhat 16 + 0.9 * 0 - 5 = 11, e = -1: level 15.5, trend 0.9 * 0 + 0.2 * -1 = -0.2
    assertEquals(15.5, r.level()[1], 1e-12);
    assertEquals(-0.2, r.trend()[1], 1e-12);
    // two steps ahead: level + (0.9 + 0.81) trend + the seasonal of phase 0 (gamma 0 keeps -5)
    assertEquals(15.5 + (0.9 + 0.81) * -0.2 - 5, hw.forecast(r, p, 1, 2), 1e-12);
  }

  @Test
  void multiplicativeSeasonScalesTheErrorsByTheSeasonal() {
    Run r = new HoltWinters(Y, ALL, 2, Form.MULTIPLICATIVE).run(NO_TREND, 4);
    double s0 = 11.0 / 16;
    // t0: yhat 16 * 11/16 = 11, e = -1: level 16 + 0.5 * (-1 / s0), s0' = s0 + 0.5 * (-1 / 16)
    assertEquals(16 - 0.5 / s0, r.level()[1], 1e-12);
    assertEquals(s0 - 0.5 / 16, r.seasonal()[2], 1e-12);
    assertEquals(21.0 / 16, r.seasonal()[1], 1e-12);
  }

  @Test
  void anUnobservedDayCarriesTheStateForward() {
    boolean[] mask = {true, false, true, true};
    Run r = new HoltWinters(Y, mask, 2, Form.ADDITIVE).run(NO_TREND, 4);
    // Initial level 16.5, seasonals -5.5 and +5.5 (phase 1 from y3 alone). t0: yhat 11, e = -1,
    // level 16; t1 is not observed: the level and the phase-1 seasonal stay.
    assertEquals(16, r.level()[1], 1e-12);
    assertEquals(16, r.level()[2], 1e-12);
    assertEquals(5.5, r.seasonal()[3], 1e-12);
    assertEquals(3, r.observed());
  }

  @Test
  void theInitialStateIgnoresUnobservedDays() {
    // Phase 1's first value (20) is a closure: its mean is 22, the level (11 + 22) / 2.
    boolean[] mask = {true, false, true, true};
    Run r = new HoltWinters(Y, mask, 2, Form.ADDITIVE).run(NO_TREND, 4);
    assertEquals(16.5, r.level()[0], 1e-12);
    assertArrayEquals(new double[] {11 - 16.5, 22 - 16.5}, Arrays.copyOf(r.seasonal(), 2), 1e-12);
  }

  @Test
  void aMultiplicativeSeasonOnANonPositiveLevelDoesNotFit() {
    double[] y = {-1, -2, -1, -2};
    assertEquals(
        Double.POSITIVE_INFINITY, new HoltWinters(y, ALL, 2, Form.MULTIPLICATIVE).run(NO_TREND, 4).sse());
  }
}
