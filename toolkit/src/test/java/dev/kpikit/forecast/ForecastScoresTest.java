package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForecastScoresTest {
  private static final double[] ACTUAL = {10, 20, 30};

  @Test
  void maeIsTheMeanAbsoluteDifference() {
    assertEquals((1 + 2 + 3) / 3.0, ForecastScores.mae(ACTUAL, new double[] {11, 18, 33}), 1e-12);
  }

  @Test
  void maseDividesByTheScaleAndIsUndefinedForAZeroScale() {
    assertEquals(2.0 / 4, ForecastScores.mase(ACTUAL, new double[] {11, 18, 33}, 4), 1e-12);
    assertTrue(Double.isNaN(ForecastScores.mase(ACTUAL, ACTUAL, 0)));
  }

  @Test
  void insideCountsBoundsAsInside() {
    assertEquals(2, ForecastScores.inside(ACTUAL, new double[] {10, 21, 0}, new double[] {12, 25, 30}));
  }

  @Test
  void msisAddsTwoOverAlphaTimesEachMiss() {
    // widths 2, 4, 30; step 2 misses below by 1 (20 < 21): penalty 2/0.05 * 1 = 40.
    // sum = 36 + 40 = 76, mean 76/3, scale 2.
    double msis =
        ForecastScores.msis(ACTUAL, new double[] {10, 21, 0}, new double[] {12, 25, 30}, 0.05, 2);
    assertEquals(76.0 / 3 / 2, msis, 1e-12);
  }
}
