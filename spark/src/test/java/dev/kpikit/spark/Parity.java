package dev.kpikit.spark;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.report.MetricRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs both engines on one data folder and asserts {@link SameRun}. */
final class Parity {
  private Parity() {}

  /**
   * @param dir a data folder
   * @param by a dimension to split by, or null
   * @return the local run (for checks that the data exercised what the test is about)
   */
  static MetricRun assertParity(Path dir, String by) {
    Business local = Kpikit.open(dir);
    MetricOptions options = new MetricOptions(local.options().periods(), local.asOf(), by);
    MetricRun expected = local.computeAll(options);
    SameRun.assertSame(expected, local.loadingWith(new SparkEngine(SharedSpark.get())).computeAll(options));
    return expected;
  }

  /**
   * @param dir a new folder
   * @param yaml the folder's kpikit.yaml
   * @return the folder
   */
  static Path folderWithConfig(Path dir, String yaml) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("kpikit.yaml"), yaml);
    return dir;
  }
}
