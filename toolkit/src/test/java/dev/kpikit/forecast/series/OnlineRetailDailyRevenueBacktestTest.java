package dev.kpikit.forecast.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.TestData;
import dev.kpikit.forecast.Backtest;
import dev.kpikit.forecast.RollingOrigin;
import dev.kpikit.load.DatasetLoader;
import dev.kpikit.load.InputFiles;
import dev.kpikit.load.LoadOptions;
import dev.kpikit.schema.Dataset;
import dev.kpikit.forecast.PredictiveQuantiles;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.RevenueMetrics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/**
 * The issue-13 target on real data: UCI Online Retail loaded through the real loader and its
 * preset, daily net revenue, horizon 28 days, weekly season, first cutoff after 182 days, a cutoff
 * every 7 days. Every figure is computed here by the backtest.
 */
class OnlineRetailDailyRevenueBacktestTest {
  private static final RollingOrigin SPEC = new RollingOrigin(7, 182, 7, 28);
  private static Table orders;
  private static Backtest backtest;

  @BeforeAll
  static void loadAndBacktest() {
    List<String> files = InputFiles.expand(Path.of(""), TestData.dataset("online-retail/by-day").toString());
    orders = DatasetLoader.load(Dataset.ORDERS, files, LoadOptions.builder().preset("uci-online-retail").build()).table();
    long start = System.nanoTime();
    backtest = DailyRevenueBacktest.run(orders, SPEC, 13);
    System.out.printf(
        "Online Retail daily net revenue backtest: %d cutoffs, %d scored days, relative MAE %.4f, MASE %.4f,"
            + " coverage 80 %% %.4f, coverage 95 %% %.4f, MSIS %.4f (%.1f s)%n",
        backtest.cutoffs().size(), backtest.scoredSteps(), backtest.relativeMae(), backtest.mase(),
        backtest.coverage80(), backtest.coverage95(), backtest.msis(), (System.nanoTime() - start) / 1e9);
    int[] inside = new int[2];
    long tradingDays = backtest.points().stream()
        .filter(p -> LocalDate.parse(p.period()).getDayOfWeek() != DayOfWeek.SATURDAY)
        .peek(p -> {
          inside[0] += p.actual() >= p.p10() && p.actual() <= p.p90() ? 1 : 0;
          inside[1] += p.actual() >= p.p025() && p.actual() <= p.p975() ? 1 : 0;
        })
        .count();
    System.out.printf("  on the %d scored days other than Saturdays: coverage 80 %% %.4f, coverage 95 %% %.4f%n",
        tradingDays, inside[0] / (double) tradingDays, inside[1] / (double) tradingDays);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<Backtest.Point> on = backtest.points().stream()
          .filter(p -> LocalDate.parse(p.period()).getDayOfWeek() == day).toList();
      System.out.printf("  %s: coverage 80 %% %.3f, 95 %% %.3f, actual / median (sums) %.3f%n", day,
          on.stream().filter(p -> p.actual() >= p.p10() && p.actual() <= p.p90()).count() / (double) on.size(),
          on.stream().filter(p -> p.actual() >= p.p025() && p.actual() <= p.p975()).count() / (double) on.size(),
          on.stream().mapToDouble(Backtest.Point::actual).sum() / on.stream().mapToDouble(Backtest.Point::p50).sum());
    }
  }

  @Test
  void theReadmeStatesTheFiguresThisBacktestMeasures() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("**Measured on UCI Online Retail**"));
    String row = section.lines().filter(l -> l.startsWith("| 0.")).findFirst().orElseThrow();
    String[] cells = row.split("\\|");
    double[] measured = {
      backtest.relativeMae(), backtest.mase(), backtest.coverage80(), backtest.coverage95(), backtest.msis()
    };
    for (int k = 0; k < measured.length; k++) {
      String figure = cells[k + 1].strip().split(" ")[0];
      assertEquals(String.format(Locale.ROOT, "%.3f", measured[k]), figure, "README column " + (k + 1));
    }
    assertTrue(section.contains(backtest.cutoffs().size() + " cutoffs, " + backtest.scoredSteps() + " scored days"));
  }

  @Test
  void dailyNetRevenueAddsUpToTheMonthlyRevenueMetric() {
    DailySeries daily = DailySeries.netRevenue(orders);
    Table monthly = RevenueMetrics.table(orders, MetricOptions.monthly(daily.date(daily.length() - 1)));
    Map<String, Double> byMonth = new TreeMap<>();
    for (int t = 0; t < daily.length(); t++) {
      byMonth.merge(daily.labels()[t].substring(0, 7), daily.values()[t], Double::sum);
    }
    assertEquals(monthly.rowCount(), byMonth.size());
    for (int r = 0; r < monthly.rowCount(); r++) {
      String month = monthly.stringColumn("month").get(r);
      assertEquals(monthly.doubleColumn("revenue").get(r), byMonth.get(month), 1e-6, month);
    }
  }

  @Test
  void everyCalendarDayIsInTheSeriesAndSaturdaysAreZero() {
    DailySeries daily = DailySeries.netRevenue(orders);
    LocalDate first = orders.dateColumn("order_date").min();
    LocalDate last = orders.dateColumn("order_date").max();
    assertEquals(first, daily.first());
    assertEquals(last.toEpochDay() - first.toEpochDay() + 1, daily.length());
    for (int t = 0; t < daily.length(); t++) {
      if (daily.date(t).getDayOfWeek() == DayOfWeek.SATURDAY) {
        assertEquals(0, daily.values()[t], daily.labels()[t]);
      }
    }
  }

  @Test
  void eachCutoffScoresTwentyEightConsecutiveDaysSaturdaysAndHolidaysIncluded() {
    for (int c = 0; c < backtest.cutoffs().size(); c++) {
      LocalDate firstDay = LocalDate.parse(backtest.cutoffs().get(c).firstForecast());
      for (int k = 0; k < 28; k++) {
        assertEquals(firstDay.plusDays(k).toString(), backtest.points().get(c * 28 + k).period());
      }
    }
  }

  @Test
  void theLearnedCalendarClosesSaturdaysAndFindsTheChristmasShutdown() {
    DailySeries daily = DailySeries.netRevenue(orders);
    SeriesFit fit = SeasonalSeriesForecaster.weekly(daily).describe(SPEC.firstCutoff());
    assertEquals(1, fit.closedPhases().length);
    assertEquals(DayOfWeek.SATURDAY, daily.date(fit.closedPhases()[0]).getDayOfWeek());
    assertEquals(1, fit.shutdowns().size());
    String[] shutdown = fit.shutdowns().get(0).split("/");
    assertTrue(LocalDate.parse(shutdown[0]).getMonthValue() == 12 && LocalDate.parse(shutdown[1]).getMonthValue() == 1,
        fit.shutdowns().get(0));
    assertTrue(fit.holidayRate() > 0 && fit.holidayRate() < 0.1, "holiday rate " + fit.holidayRate());
  }

  @Test
  void theForwardForecastClosesSaturdaysAndTheChristmasShutdownAYearOn() {
    DailySeries daily = DailySeries.netRevenue(orders);
    SeriesFit fit = SeasonalSeriesForecaster.weekly(daily).describe(daily.length());
    String[] shutdown = fit.shutdowns().get(0).split("/");
    LocalDate shutFrom = LocalDate.parse(shutdown[0]).plusYears(1);
    LocalDate shutTo = LocalDate.parse(shutdown[1]).plusYears(1);
    PredictiveQuantiles f = DailyRevenueBacktest.forecast(orders, 35, 13);
    for (int k = 0; k < 35; k++) {
      LocalDate d = daily.date(daily.length() + k);
      boolean closed = d.getDayOfWeek() == DayOfWeek.SATURDAY || (!d.isBefore(shutFrom) && !d.isAfter(shutTo));
      assertEquals(closed, f.quantile(0.975)[k] == 0, d.toString());
    }
  }

  @Test
  void masesAndMsisAreDefinedForEveryCutoff() {
    for (Backtest.Cutoff c : backtest.cutoffs()) {
      assertTrue(Double.isFinite(c.mase()) && Double.isFinite(c.msis()), c.origin());
    }
  }

  @Test
  void everyCutoffWithAWholeHorizonIsScoredWithEveryDay() {
    int days = DailySeries.netRevenue(orders).length();
    int expectedCutoffs = (days - 28 - 182) / 7 + 1;
    assertEquals(expectedCutoffs, backtest.cutoffs().size());
    assertEquals(expectedCutoffs * 28, backtest.scoredSteps());
  }

  @Test
  void beatsSeasonalNaiveByAtLeastFivePercent() {
    assertTrue(backtest.relativeMae() <= 0.95, "relative MAE " + backtest.relativeMae());
  }

  @Test
  void eightyPercentIntervalsCoverBetween75And85Percent() {
    double c = backtest.coverage80();
    assertTrue(c >= 0.75 && c <= 0.85, "coverage of the 80 % intervals " + c);
  }

  @Test
  void ninetyFivePercentIntervalsCoverBetween90And98Percent() {
    double c = backtest.coverage95();
    assertTrue(c >= 0.90 && c <= 0.98, "coverage of the 95 % intervals " + c);
  }
}
