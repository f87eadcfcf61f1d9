package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Wilson score interval against R 4's {@code prop.test(x, n, correct = FALSE)$conf.int}, the
 * independent oracle. The expected bounds were printed by
 *
 * <pre>
 * Rscript -e 'options(digits=17); for (x in list(c(1655,3875), c(48,1695), c(237,1470), c(0,10), c(10,10))) {
 *   ci <- prop.test(x[1], x[2], correct=FALSE)$conf.int; cat(x, sprintf("%.15f %.15f", ci[1], ci[2]), "\n") }'
 * </pre>
 *
 * (IBM Telco: month-to-month and two-year contracts churned; IBM HR: all leavers).
 */
class WilsonIntervalTest {
  private static void assertInterval(double lower, double upper, WilsonInterval ci) {
    assertEquals(lower, ci.lower(), 1e-12, "lower");
    assertEquals(upper, ci.upper(), 1e-12, "upper");
  }

  @Test
  void telcoMonthToMonthChurn_matchesR() {
    assertInterval(0.411601953237378, 0.442735996380243, WilsonInterval.of95(1655, 3875));
  }

  @Test
  void telcoTwoYearChurn_matchesR() {
    assertInterval(0.021425334132172, 0.037344987431562, WilsonInterval.of95(48, 1695));
  }

  @Test
  void hrAttrition_matchesR() {
    assertInterval(0.143312545414376, 0.180902420829715, WilsonInterval.of95(237, 1470));
  }

  @Test
  void noEvents_startAtZero_andAllEvents_endAtOne_likeR() {
    assertInterval(0, 0.277532799862889, WilsonInterval.of95(0, 10));
    assertInterval(0.722467200137111, 1, WilsonInterval.of95(10, 10));
  }

  @Test
  void noOneCounted_givesMissingBounds() {
    WilsonInterval ci = WilsonInterval.of95(0, 0);
    assertTrue(Double.isNaN(ci.lower()) && Double.isNaN(ci.upper()));
  }

  @Test
  void moreEventsThanCounted_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> WilsonInterval.of95(3, 2));
  }
}
