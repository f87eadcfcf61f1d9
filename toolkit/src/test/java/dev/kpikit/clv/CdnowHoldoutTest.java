package dev.kpikit.clv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The 39-week holdout of the CDNOW sample (1997-10-01 to 1998-06-30): 1,882 actual repeat
 * purchases against about 1,653 predicted by BG/NBD at its calibration fit (Fader, Hardie and Lee
 * 2005, section 5 and fig. 3: "the model predicts 1,653 ... against 1,882 actual"); the summary is
 * computed from the raw file and the models are fitted on it here.
 */
class CdnowHoldoutTest {
  static RfmSummary summary;
  static BgNbd bgNbd;
  static ParetoNbd paretoNbd;

  @BeforeAll
  static void fit() {
    CdnowSummaryTest.loadAndSummarise();
    summary = CdnowSummaryTest.computed;
    bgNbd = BgNbd.fit(summary);
    paretoNbd = ParetoNbd.fit(summary);
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
    System.out.println(bgNbd + " / " + paretoNbd);
    double predicted = sum(HoldoutValidation.predicted(summary, bgNbd));
    System.out.println("bg " + predicted + " pareto " + sum(HoldoutValidation.predicted(summary, paretoNbd)));
    System.out.println(HoldoutValidation.table(summary, bgNbd).print());
    System.out.println(Tracking.table(summary, bgNbd).print());
    assertEquals(1653, predicted, 1);
  }
}
