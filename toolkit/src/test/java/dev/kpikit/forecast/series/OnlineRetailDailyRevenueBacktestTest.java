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
import java.nio.file.Path;
import java.util.List;
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
