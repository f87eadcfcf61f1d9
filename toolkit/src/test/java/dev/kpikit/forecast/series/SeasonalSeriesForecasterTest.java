package dev.kpikit.forecast.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.PredictiveQuantiles;
import dev.kpikit.forecast.RollingOrigin;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeasonalSeriesForecasterTest {
  /** Weekday profile of the synthetic shop, multiplying its level. */
  private static final double[] WEEK = {1.2, 1.0, 0.9, 1.1, 1.3, 0.6, 0.9};

  /**
   * A daily series from the model class the forecaster assumes: a local level starting at 1000 that
   * moves by a random 1 % a day, times the weekday profile, times (1 + noise) with noise normal of
   * standard deviation {@code noise}.
   */
  private static double[] synthetic(int days, double noise, long seed) {
    Random r = new Random(seed);
    double[] y = new double[days];
    double level = 1000;
    for (int t = 0; t < days; t++) {
      level *= 1 + 0.01 * r.nextGaussian();
      y[t] = level * WEEK[t % 7] * (1 + noise * r.nextGaussian());
    }
    return y;
  }

  @Test
  void onASeriesWithKnownSeasonalityAndNoiseTheIntervalsCoverNearTheirNominalLevels() {
    double[] y = synthetic(420, 0.15, 3);
    String[] labels = new String[y.length];
    Arrays.setAll(labels, Integer::toString);
    RollingOrigin spec = new RollingOrigin(7, 140, 7, 28);
    Backtest b = spec.evaluate(y, labels, SeasonalSeriesForecaster.of(y, 7).withPaths(1000).withSeed(1));
    int points = b.scoredSteps();
    // Binomial sampling error of a coverage over this many steps (steps of a cutoff are correlated,
    // so allow four standard errors).
    double se80 = Math.sqrt(0.8 * 0.2 / points);
    double se95 = Math.sqrt(0.95 * 0.05 / points);
    assertEquals(0.80, b.coverage80(), 4 * se80, "coverage 80 % over " + points + " steps");
    assertEquals(0.95, b.coverage95(), 4 * se95, "coverage 95 % over " + points + " steps");
    // Seasonal naive adds last week's noise to this week's; smoothing averages it away.
    assertTrue(b.relativeMae() < 0.85, "relative MAE " + b.relativeMae());
  }

  @Test
  void aWeekdayThatNeverTradesIsForecastAsExactlyZero() {
    double[] y = synthetic(140, 0.1, 5);
    for (int t = 5; t < y.length; t += 7) {
      y[t] = 0;
    }
    PredictiveQuantiles f = SeasonalSeriesForecaster.of(y, 7).withPaths(500).forecast(140, 14);
    for (int step = 0; step < 14; step++) {
      boolean closed = (140 + step) % 7 == 5;
      for (double level : PredictiveQuantiles.LEVELS) {
        double q = f.quantile(level)[step];
        assertTrue(closed ? q == 0 : q > 0, "step " + (step + 1) + " level " + level + ": " + q);
      }
      assertEquals(closed, f.mean()[step] == 0, "mean at step " + (step + 1));
    }
  }

  @Test
  void theSameSeedGivesTheSameForecastWhateverRanBefore() {
    double[] y = synthetic(200, 0.2, 7);
    SeasonalSeriesForecaster model = SeasonalSeriesForecaster.of(y, 7).withPaths(500).withSeed(42);
    PredictiveQuantiles first = model.forecast(180, 14);
    model.forecast(150, 28);
    PredictiveQuantiles again = model.forecast(180, 14);
    PredictiveQuantiles fresh = SeasonalSeriesForecaster.of(y, 7).withPaths(500).withSeed(42).forecast(180, 14);
    for (int l = 0; l < PredictiveQuantiles.LEVELS.length; l++) {
      assertArrayEquals(first.quantiles()[l], again.quantiles()[l], 0.0);
      assertArrayEquals(first.quantiles()[l], fresh.quantiles()[l], 0.0);
    }
    assertArrayEquals(first.mean(), fresh.mean(), 0.0);
  }

  @Test
  void anotherSeedGivesOtherSamplePaths() {
    double[] y = synthetic(200, 0.2, 7);
    PredictiveQuantiles a = SeasonalSeriesForecaster.of(y, 7).withPaths(500).withSeed(1).forecast(180, 14);
    PredictiveQuantiles b = SeasonalSeriesForecaster.of(y, 7).withPaths(500).withSeed(2).forecast(180, 14);
    assertFalse(Arrays.equals(a.quantile(0.10), b.quantile(0.10)));
  }

  @Test
  void theForecastUsesNothingAfterTheCutoff() {
    double[] y = synthetic(200, 0.2, 7);
    double[] changedFuture = y.clone();
    for (int t = 180; t < changedFuture.length; t++) {
      changedFuture[t] = 1e9;
    }
    PredictiveQuantiles a = SeasonalSeriesForecaster.of(y, 7).withPaths(500).forecast(180, 14);
    PredictiveQuantiles b = SeasonalSeriesForecaster.of(changedFuture, 7).withPaths(500).forecast(180, 14);
    assertArrayEquals(a.median(), b.median(), 0.0);
    assertArrayEquals(a.quantile(0.975), b.quantile(0.975), 0.0);
  }

  @Test
  void aShutdownInTheHistoryIsForecastClosedOnTheSameDaysAYearLater() {
    LocalDate first = LocalDate.of(2021, 1, 4);
    double[] y = synthetic(600, 0.1, 11);
    LocalDate shutStart = LocalDate.of(2021, 8, 2);
    for (int d = 0; d < 10; d++) {
      y[(int) (shutStart.plusDays(d).toEpochDay() - first.toEpochDay())] = 0;
    }
    int cutoff = (int) (LocalDate.of(2022, 7, 25).toEpochDay() - first.toEpochDay());
    PredictiveQuantiles f =
        SeasonalSeriesForecaster.of(y, 7).startingOn(first).withPaths(500).forecast(cutoff, 28);
    for (int step = 0; step < 28; step++) {
      LocalDate d = first.plusDays(cutoff + step);
      boolean shut = !d.isBefore(LocalDate.of(2022, 8, 2)) && !d.isAfter(LocalDate.of(2022, 8, 11));
      assertEquals(shut, f.quantile(0.975)[step] == 0, d.toString());
    }
  }

  @Test
  void intervalsGoBelowZeroWhenPastErrorsDid() {
    // Noise of 60 % of the level: some days are negative (returns exceeding sales).
    double[] y = synthetic(200, 0.6, 13);
    assertTrue(Arrays.stream(y, 0, 180).anyMatch(v -> v < 0));
    PredictiveQuantiles f = SeasonalSeriesForecaster.of(y, 7).withPaths(1000).forecast(180, 14);
    assertTrue(Arrays.stream(f.quantile(0.025)).anyMatch(v -> v < 0));
  }

  @Test
  void tooShortAHistoryForTheHorizonIsRefusedWithTheNeededLength() {
    double[] y = synthetic(100, 0.1, 17);
    SeasonalSeriesForecaster model = SeasonalSeriesForecaster.of(y, 7);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.forecast(100, 28));
    assertTrue(e.getMessage().contains(Integer.toString(model.minimumHistory(28))), e.getMessage());
    assertEquals(100, model.forecast(model.minimumHistory(14), 14).horizon() + 86);
  }

  @Test
  void describeNamesTheKeptModelAndTheCalendar() {
    double[] y = synthetic(140, 0.1, 5);
    for (int t = 5; t < y.length; t += 7) {
      y[t] = 0;
    }
    SeriesFit fit = SeasonalSeriesForecaster.of(y, 7).describe(140);
    assertTrue(fit.model().matches("ETS\\(A,(N|Ad),(A|M)\\)"), fit.model());
    assertArrayEquals(new int[] {5}, fit.closedPhases());
    assertEquals(0, fit.holidayRate());
    assertTrue(fit.alpha() > 0 && fit.alpha() < 1);
  }
}
