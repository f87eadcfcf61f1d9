package dev.kpikit.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.BacktestSubjects;
import dev.kpikit.Kpikit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The backtest of {@code kpikit backtest} on both sample businesses: horizon 6, cutoffs from month
 * 18, every month. The figures are recomputed here from the forecast points (not read from the
 * summary, not pasted), and must beat seasonal naive with intervals of the stated coverage.
 */
class BacktestSamplesTest {
  private static final int PATHS = 1_000;

  /** Coverage of [lo, hi] over every point, counted from the point table. */
  private static double coverage(Backtest b, boolean ninetyFive) {
    int inside = 0;
    for (Backtest.Point p : b.points()) {
      double lo = ninetyFive ? p.p025() : p.p10();
      double hi = ninetyFive ? p.p975() : p.p90();
      inside += p.actual() >= lo && p.actual() <= hi ? 1 : 0;
    }
    return (double) inside / b.points().size();
  }

  /** Geometric mean over cutoffs of MAE(p50) / MAE(seasonal naive), from the points. */
  private static double relativeMae(Backtest b) {
    double logs = 0;
    int cutoffs = 0;
    for (int i = 0; i < b.points().size(); i += 6) {
      double mae = 0;
      double naive = 0;
      for (Backtest.Point p : b.points().subList(i, i + 6)) {
        mae += Math.abs(p.actual() - p.p50());
        naive += Math.abs(p.actual() - p.naive());
      }
      logs += Math.log(mae / naive);
      cutoffs++;
    }
    return Math.exp(logs / cutoffs);
  }

  private static List<BacktestSubject> subjects(String sample) {
    return BacktestSubjects.monthly(Kpikit.open(Path.of("../data-samples/" + sample)), PATHS, 1);
  }

  @Test
  void subscriptionRevenueAndMrrBeatSeasonalNaiveWithCalibratedIntervals() {
    List<BacktestSubject> s = subjects("cloudnote-saas");
    assertEquals(List.of("monthly_revenue", "monthly_mrr"), s.stream().map(BacktestSubject::name).toList());
    for (BacktestSubject subject : s) {
      Backtest b = subject.evaluate();
      assertEquals(13, b.cutoffs().size(), "36 months, cutoffs 18..30");
      assertEquals(relativeMae(b), b.relativeMae(), 1e-9);
      assertEquals(coverage(b, false), b.coverage80(), 1e-12);
      assertTrue(relativeMae(b) < 0.5, subject.name() + " relative MAE " + relativeMae(b));
      assertTrue(coverage(b, false) >= 0.70 && coverage(b, false) <= 0.95, subject.name() + " 80 % coverage " + coverage(b, false));
      assertTrue(coverage(b, true) >= 0.85, subject.name() + " 95 % coverage " + coverage(b, true));
    }
  }

  @Test
  void orderRevenueBeatsSeasonalNaiveWithIntervalsThatAdmitTheSeasonTheyCannotYetEstimate() {
    List<BacktestSubject> s = subjects("northwind-coffee");
    assertEquals(List.of("monthly_revenue"), s.stream().map(BacktestSubject::name).toList());
    Backtest b = s.get(0).evaluate();
    assertEquals(relativeMae(b), b.relativeMae(), 1e-9);
    assertTrue(relativeMae(b) < 0.35, "relative MAE " + relativeMae(b));
    double c80 = coverage(b, false);
    double c95 = coverage(b, true);
    assertTrue(c80 >= 0.72 && c80 <= 0.88, "80 % coverage over all cutoffs " + c80);
    assertTrue(c95 >= 0.88 && c95 <= 0.99, "95 % coverage over all cutoffs " + c95);
    // Before 24 months of history no month-of-year factor is estimated; the unknown seasonal effect
    // drawn instead must keep the December peak inside most of these cutoffs' intervals.
    Backtest early = new Backtest(
        b.cutoffs().stream().filter(c -> c.origin().compareTo("2024-12") < 0).toList(),
        b.points().stream().filter(p -> p.origin().compareTo("2024-12") < 0).toList());
    assertEquals(6, early.cutoffs().size());
    assertTrue(coverage(early, false) >= 0.60, "80 % coverage with 18-23 months of history " + coverage(early, false));
    assertTrue(coverage(early, true) >= 0.85, "95 % coverage with 18-23 months of history " + coverage(early, true));
    // From 24 months of history on (cutoffs 2024-12 onwards) the factors are estimated.
    Backtest seasonal = new Backtest(
        b.cutoffs().stream().filter(c -> c.origin().compareTo("2024-12") >= 0).toList(),
        b.points().stream().filter(p -> p.origin().compareTo("2024-12") >= 0).toList());
    assertEquals(7, seasonal.cutoffs().size());
    assertTrue(coverage(seasonal, false) >= 0.75, "80 % coverage with 2 years of history " + coverage(seasonal, false));
    assertTrue(coverage(seasonal, true) >= 0.90, "95 % coverage with 2 years of history " + coverage(seasonal, true));
    assertTrue(relativeMae(seasonal) < 0.35, "relative MAE with 2 years of history " + relativeMae(seasonal));
  }
}
