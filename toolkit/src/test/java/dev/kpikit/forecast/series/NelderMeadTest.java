package dev.kpikit.forecast.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NelderMeadTest {
  @Test
  void findsTheMinimumOfAQuadraticBowl() {
    double[] x = NelderMead.minimise(v -> Math.pow(v[0] - 3, 2) + 10 * Math.pow(v[1] + 1, 2), new double[2], 1, 2000);
    assertArrayEquals(new double[] {3, -1}, x, 1e-3);
  }

  @Test
  void findsTheMinimumOfRosenbrocksValley() {
    double[] x = NelderMead.minimise(
        v -> 100 * Math.pow(v[1] - v[0] * v[0], 2) + Math.pow(1 - v[0], 2), new double[] {-1.2, 1}, 0.5, 5000);
    assertArrayEquals(new double[] {1, 1}, x, 1e-2);
  }

  @Test
  void avoidsInfeasiblePointsMarkedInfinite() {
    // The minimum of (x - 2)^2 restricted to x <= 1 is at 1.
    double[] x = NelderMead.minimise(v -> v[0] > 1 ? Double.POSITIVE_INFINITY : Math.pow(v[0] - 2, 2), new double[1], 0.5, 2000);
    assertEquals(1, x[0], 1e-3);
  }
}
