package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RollingOriginTest {
  private static final double[] SERIES = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
  private static final String[] LABELS = {"d0", "d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9"};

  /** Knows the future: every quantile equals the actual value. */
  private static SeriesForecaster oracle(double[] y) {
    return (cutoff, horizon) -> {
      double[] future = Arrays.copyOfRange(y, cutoff, cutoff + horizon);
      double[][] q = new double[PredictiveQuantiles.LEVELS.length][];
      Arrays.fill(q, future);
      return new PredictiveQuantiles(future, q);
    };
  }

  @Test
  void cutoffsStepUntilTheHorizonRunsPastTheSeries() {
    // first 3, step 2, horizon 3 on 10 values: 3, 5, 7 (7 + 3 = 10 fits), 9 does not.
    assertArrayEquals(new int[] {3, 5, 7}, new RollingOrigin(2, 3, 2, 3).cutoffs(10));
  }

  @Test
  void aPerfectForecastScoresZeroErrorAndFullCoverage() {
    Backtest b = new RollingOrigin(1, 3, 2, 3).evaluate(SERIES, LABELS, oracle(SERIES));
    assertEquals(3, b.cutoffs().size());
    assertEquals(9, b.scoredSteps());
    assertEquals(9, b.points().size());
    assertEquals(1.0, b.coverage80());
    assertEquals(1.0, b.coverage95());
    assertEquals(0.0, b.mase());
    assertEquals("d2", b.cutoffs().get(0).origin());
    assertEquals("d3", b.cutoffs().get(0).firstForecast());
  }

  @Test
  void theSeasonalNaiveScoresOneAgainstItself() {
    RollingOrigin r = new RollingOrigin(2, 3, 1, 2);
    Backtest b = r.evaluate(SERIES, LABELS, new SeasonalNaive(SERIES, 2));
    assertEquals(1.0, b.relativeMae(), 1e-12);
  }

  @Test
  void relativeMaeIsTheGeometricMeanOfTheCutoffRatios() {
    // A forecast twice as far off as naive at one cutoff and half as far at another: geometric mean 1.
    Backtest.Cutoff twice = new Backtest.Cutoff("a", "b", 1, 2, 1, 1, 0, 0, 1);
    Backtest.Cutoff half = new Backtest.Cutoff("b", "c", 1, 1, 2, 1, 1, 1, 1);
    Backtest b = new Backtest(java.util.List.of(twice, half), java.util.List.of());
    assertEquals(1.0, b.relativeMae(), 1e-12);
    assertEquals(0.5, b.coverage80(), 1e-12);
  }

  @Test
  void aSeriesTooShortForOneCutoffIsAnError() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new RollingOrigin(1, 8, 1, 3).evaluate(SERIES, LABELS, oracle(SERIES)));
  }

  @Test
  void theTablesHaveOneRowPerCutoffAndPerStep() {
    Backtest b = new RollingOrigin(1, 3, 2, 3).evaluate(SERIES, LABELS, oracle(SERIES));
    assertEquals(3, b.cutoffTable("cutoffs").rowCount());
    assertEquals(9, b.pointTable("points").rowCount());
    assertEquals(1.0, b.cutoffTable("cutoffs").doubleColumn("coverage_95").min());
  }
}
