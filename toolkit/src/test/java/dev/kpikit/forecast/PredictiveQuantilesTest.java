package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PredictiveQuantilesTest {
  @Test
  void pathQuantilesInterpolateBetweenOrderStatisticsLikeRType7() {
    // Five paths with values 5, 1, 4, 2, 3 at the single step: sorted 1..5, h = 4p.
    double[][] paths = {{5}, {1}, {4}, {2}, {3}};
    PredictiveQuantiles q = PredictiveQuantiles.fromPaths(paths);
    assertEquals(3.0, q.mean()[0], 1e-12);
    assertEquals(1 + 0.4, q.quantile(0.10)[0], 1e-12); // h = 0.4
    assertEquals(2.0, q.quantile(0.25)[0], 1e-12); // h = 1
    assertEquals(3.0, q.median()[0], 1e-12); // h = 2
    assertEquals(4 + 0.9, q.quantile(0.975)[0], 1e-12); // h = 3.9
  }

  @Test
  void eachStepIsSummarisedOnItsOwn() {
    double[][] paths = {{1, 10}, {3, 30}};
    PredictiveQuantiles q = PredictiveQuantiles.fromPaths(paths);
    assertArrayEquals(new double[] {2, 20}, q.mean(), 1e-12);
    assertArrayEquals(new double[] {2, 20}, q.median(), 1e-12);
    assertEquals(2, q.horizon());
  }

  @Test
  void crossingQuantilesAreRejected() {
    double[][] q = new double[PredictiveQuantiles.LEVELS.length][1];
    for (int l = 0; l < q.length; l++) {
      q[l][0] = l;
    }
    q[3][0] = 100;
    assertThrows(IllegalArgumentException.class, () -> new PredictiveQuantiles(new double[] {4}, q));
  }

  @Test
  void aLevelOutsideTheStandardOnesIsAnError() {
    PredictiveQuantiles q = PredictiveQuantiles.fromPaths(new double[][] {{1}});
    assertThrows(IllegalArgumentException.class, () -> q.quantile(0.3));
  }
}
