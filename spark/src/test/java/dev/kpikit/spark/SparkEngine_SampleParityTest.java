package dev.kpikit.spark;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Both engines on the repository's sample businesses: every table, cell, ledger and KPI the same
 * ({@link SameRun}), monthly and split by a dimension at another grain.
 */
class SparkEngine_SampleParityTest {
  private static final Path SAMPLES = Path.of("..", "data-samples");

  private static void assertParity(String business, Grain grain, String by) {
    Business local = Kpikit.open(SAMPLES.resolve(business));
    Business spark = local.loadingWith(new SparkEngine(SharedSpark.get()));
    MetricOptions options = new MetricOptions(Periods.of(grain, 1), local.asOf(), by);
    SameRun.assertSame(local.computeAll(options), spark.computeAll(options));
  }

  @Test
  void northwindCoffeeMonthly() {
    assertParity("northwind-coffee", Grain.MONTH, null);
  }

  @Test
  void northwindCoffeeQuarterlyByRegion() {
    assertParity("northwind-coffee", Grain.QUARTER, "region");
  }

  @Test
  void cloudnoteSaasMonthly() {
    assertParity("cloudnote-saas", Grain.MONTH, null);
  }

  @Test
  void cloudnoteSaasMonthlyByChannel() {
    assertParity("cloudnote-saas", Grain.MONTH, "channel");
  }
}
