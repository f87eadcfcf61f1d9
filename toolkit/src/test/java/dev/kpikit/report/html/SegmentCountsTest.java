package dev.kpikit.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a breakdown folds its small values, and how strongly a column separates the rate. */
class SegmentCountsTest {
  private static SegmentCounts counts(List<String> labels, long[] events, long[] totals) {
    return new SegmentCounts("country", labels, totals, events, null);
  }

  @Test
  void cramersV_matchesR() {
    // Rscript -e 'm <- matrix(c(10,90,30,70,5,45), nrow=2); s <- chisq.test(m, correct=FALSE)$statistic;
    //   sqrt(s / sum(m))'  prints 0.255030685225335 (chi-square 16.260162601626018)
    SegmentCounts c = counts(List.of("a", "b", "c"), new long[] {10, 30, 5}, new long[] {100, 100, 50});
    assertEquals(0.255030685225335, c.cramersV(), 1e-12);
  }

  @Test
  void sameRateInEveryValue_hasNoAssociation() {
    SegmentCounts c = counts(List.of("a", "b"), new long[] {10, 20}, new long[] {100, 200});
    assertEquals(0, c.cramersV(), 1e-12);
  }

  @Test
  void top_keepsTheLargestValuesInTheirOrder_andFoldsTheRestIntoOther() {
    SegmentCounts c = counts(List.of("a", "b", "c", "d"), new long[] {1, 2, 3, 4}, new long[] {10, 50, 5, 40});
    SegmentCounts folded = c.top(2);
    assertEquals(List.of("b", "d", SegmentCounts.OTHER), folded.labels());
    assertArrayEquals(new long[] {50, 40, 15}, folded.totals());
    assertArrayEquals(new long[] {2, 4, 4}, folded.events());
  }

  @Test
  void top_ofNoMoreValuesThanKept_isTheSameCounts() {
    SegmentCounts c = counts(List.of("a", "b"), new long[] {1, 2}, new long[] {10, 20});
    assertSame(c, c.top(2));
  }
}
