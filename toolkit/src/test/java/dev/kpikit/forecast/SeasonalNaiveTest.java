package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SeasonalNaiveTest {
  private static final double[] SERIES = {1, 2, 3, 4, 5, 6};

  @Test
  void repeatsTheLastSeasonStepByStep() {
    // cutoff 4, season 2: the last season is y[2], y[3] = 3, 4, repeated.
    PredictiveQuantiles f = new SeasonalNaive(SERIES, 2).forecast(4, 3);
    assertArrayEquals(new double[] {3, 4, 3}, f.mean(), 1e-12);
    assertArrayEquals(new double[] {3, 4, 3}, f.median(), 1e-12);
  }

  @Test
  void intervalsWidenWithEachCompletedSeason() {
    // In-sample seasonal differences before cutoff 4: y2-y0 = 2, y3-y1 = 2, so sigma = 2.
    // Steps 1-2 (k = 0, 1) have sd 2; step 3 (k = 2, one full season later) has sd 2 * sqrt(2).
    PredictiveQuantiles f = new SeasonalNaive(SERIES, 2).forecast(4, 3);
    assertEquals(3 + 1.2815515655446004 * 2, f.quantile(0.90)[0], 1e-12);
    assertEquals(4 - 1.959963984540054 * 2, f.quantile(0.025)[1], 1e-12);
    assertEquals(3 + 1.959963984540054 * 2 * Math.sqrt(2), f.quantile(0.975)[2], 1e-12);
  }

  @Test
  void theMaseScaleIsTheMeanAbsoluteSeasonalDifference() {
    double[] y = {1, 5, 2, 9};
    // season 1, cutoff 4: |5-1| + |2-5| + |9-2| = 4 + 3 + 7 = 14 over 3 differences
    assertEquals(14.0 / 3, SeasonalNaive.meanAbsoluteSeasonalDifference(y, 4, 1), 1e-12);
    assertEquals(Double.NaN, SeasonalNaive.meanAbsoluteSeasonalDifference(y, 1, 1));
  }

  @Test
  void aCutoffWithinTheFirstSeasonIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SeasonalNaive(SERIES, 2).forecast(2, 1));
  }
}
