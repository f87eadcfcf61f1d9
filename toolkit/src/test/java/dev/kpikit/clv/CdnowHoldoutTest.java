package dev.kpikit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The 39-week holdout of the CDNOW sample (1997-10-01 to 1998-06-30) and the 78-week tracking
 * series, from the raw file through the loader, with the models fitted on the calibration summary.
 *
 * <p>Published: BG/NBD predicts 1,653 repeat purchases in the holdout against 1,882 actual (Fader,
 * Hardie and Lee 2005, section 5, and Fader and Hardie's note "Implementing the BG/NBD model ...
 * in Excel": conditional expectations summed over the 2,357 customers).
 */
class CdnowHoldoutTest {
  static RfmSummary summary;
  static BgNbd bgNbd;
  static ParetoNbd paretoNbd;
  static Table tracking;

  @BeforeAll
  static void fit() {
    CdnowSummaryTest.loadAndSummarise();
    summary = CdnowSummaryTest.computed;
    bgNbd = BgNbd.fit(summary);
    paretoNbd = ParetoNbd.fit(summary);
    tracking = Tracking.table(summary, bgNbd);
  }

  static double sum(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s;
  }

  @Test
  void bgNbd_predicts1653HoldoutPurchases() {
    assertEquals(1653, sum(HoldoutValidation.predicted(summary, bgNbd)), 1);
  }

  @Test
  void validationTable_bucketsAddUpToTheTotals() {
    Table v = HoldoutValidation.table(summary, bgNbd);
    int last = v.rowCount() - 1;
    assertEquals("all", v.stringColumn("frequency").get(last));
    assertEquals(2357, v.intColumn("customers").get(last));
    assertEquals(1882, v.doubleColumn("actual_total").get(last));
    // the buckets 0..6 and 7+ hold every customer once, so they add up to the row "all"
    assertEquals(2 * 2357, v.intColumn("customers").sum());
    assertEquals(2 * 1882, v.doubleColumn("actual_total").sum(), 1e-9);
    assertEquals(
        v.doubleColumn("predicted_total").sum() / 2,
        v.doubleColumn("predicted_total").get(last),
        1e-6);
  }

  @Test
  void paretoNbd_holdoutPrediction_isTheSumOfItsIntegralFormExpectations() {
    // The closed form (note eq. 24) against E[Y|alive] by Simpson's rule (ModelOraclesTest) times
    // P(alive), customer by customer; the figure is reported in the README (about 1,665.5).
    int[] x = summary.frequency();
    double[] tx = summary.recency();
    double[] age = summary.age();
    double oracle = 0;
    for (int i = 0; i < x.length; i++) {
      double a = age[i];
      int xi = x[i];
      double ifAlive =
          (paretoNbd.r() + xi) / (paretoNbd.alpha() + a)
              * ModelOraclesTest.simpson(
                  u -> Math.pow((paretoNbd.beta() + a) / (paretoNbd.beta() + a + u), paretoNbd.s()),
                  0,
                  39,
                  2_000);
      oracle += paretoNbd.pAlive(xi, tx[i], a) * ifAlive;
    }
    assertEquals(oracle, sum(HoldoutValidation.predicted(summary, paretoNbd)), 1e-6 * oracle);
  }

  @Test
  void tracking_covers78WeeksAndCountsEveryRepeatPurchase() {
    assertEquals(78, tracking.rowCount());
    assertEquals(LocalDate.of(1998, 6, 30), tracking.dateColumn("period_end").get(77));
    assertEquals(LocalDate.of(1997, 9, 30), tracking.dateColumn("period_end").get(38));
    assertEquals("holdout", tracking.stringColumn("phase").get(39));
    long calibrationRepeats = 0;
    for (int f : summary.frequency()) {
      calibrationRepeats += f;
    }
    assertEquals(calibrationRepeats, tracking.doubleColumn("actual_cumulative").get(38));
    assertEquals(calibrationRepeats + 1882, tracking.doubleColumn("actual_cumulative").get(77));
  }

  @Test
  void tracking_predictionAddsEachCustomersUnconditionalExpectation() {
    int[] first = summary.firstDays();
    long end = LocalDate.of(1998, 6, 30).toEpochDay();
    double expected = 0;
    for (int f : first) {
      expected += bgNbd.expectedRepeatPurchases((end - f) / 7.0);
    }
    assertEquals(expected, tracking.doubleColumn("predicted_cumulative").get(77), 1e-6 * expected);
  }
}
