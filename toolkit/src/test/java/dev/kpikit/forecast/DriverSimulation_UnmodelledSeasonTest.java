package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An order business with 1,000 customers who all stay and all buy (retention 1, no noise, no
 * acquisition) at 50 per month: its revenue is exactly 50,000 a month, so any spread in the paths is
 * the unmodelled month-of-year effect alone, log-normal with the stated standard deviation.
 */
class DriverSimulation_UnmodelledSeasonTest {
  private static final int PATHS = 20_000;
  private static final double SPEND = 50;
  private static final long CUSTOMERS = 1000;

  private static DriverModel steadyShop(double unmodelledSd) {
    DriverModel.Orders orders = new DriverModel.Orders(new long[] {CUSTOMERS}, new int[] {1}, new double[] {1, 1}, 1,
        0, 0, 0, 0, new double[12], Math.log(SPEND), 0, 0, 0, new double[12], unmodelledSd);
    return new DriverModel(YearMonth.of(2026, 1), List.of(), new double[12], 0, 0, orders, null, List.of());
  }

  private static double[][] revenue(double unmodelledSd, int horizon) {
    return new DriverSimulation(steadyShop(unmodelledSd), PATHS, 7).run(Scenario.base(), horizon).of("revenue");
  }

  @Test
  void withoutAnUnmodelledSeasonTheSteadyShopEarnsExactlyItsLevel() {
    for (double[] path : revenue(0, 6)) {
      for (double month : path) {
        assertEquals(CUSTOMERS * SPEND, month, 1e-6);
      }
    }
  }

  @Test
  void eachMonthsLogRevenueSpreadsWithTheUnmodelledStandardDeviation() {
    double sd = 0.25;
    double[][] paths = revenue(sd, 6);
    for (int t = 0; t < 6; t++) {
      double sum = 0;
      double squares = 0;
      for (double[] path : paths) {
        double z = Math.log(path[t] / (CUSTOMERS * SPEND));
        sum += z;
        squares += z * z;
      }
      double mean = sum / PATHS;
      // standard error of the mean is sd / sqrt(20,000) = 0.0018; of the sd about sd / 200
      assertEquals(0, mean, 0.01, "median-preserving in month " + t);
      assertEquals(sd, Math.sqrt(squares / PATHS - mean * mean), 0.01, "spread in month " + t);
    }
  }

  @Test
  void theEffectBelongsToTheCalendarMonthSoItRepeatsAYearLater() {
    double[][] paths = revenue(0.25, 14);
    double lagOneCovariance = 0;
    for (double[] path : paths) {
      assertEquals(path[0], path[12], 1e-9, "January and the next January share the effect");
      assertEquals(path[1], path[13], 1e-9);
      lagOneCovariance += Math.log(path[0] / (CUSTOMERS * SPEND)) * Math.log(path[1] / (CUSTOMERS * SPEND)) / PATHS;
    }
    // different calendar months draw independent effects: covariance 0 within 4 standard errors
    // (sd^2 / sqrt(20,000) = 0.00044)
    assertEquals(0, lagOneCovariance, 0.0018);
  }
}
