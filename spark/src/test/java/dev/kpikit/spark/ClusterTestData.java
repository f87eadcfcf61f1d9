package dev.kpikit.spark;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.TestData;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The businesses the {@code Cluster<Table>Test} classes compare the engines on, loaded by the local
 * engine: the samples, and the real exports of {@code testdata/} through their presets.
 */
final class ClusterTestData {
  private ClusterTestData() {}

  /**
   * @param name a folder of {@code data-samples/}
   * @return the sample
   */
  static Business sample(String name) {
    return Kpikit.open(Path.of("..", "data-samples", name));
  }

  /**
   * @param dir a new folder for the config
   * @return UCI Online Retail's last quarter of 2011 (60 daily files) through its preset; country
   *     is the {@code region} column
   */
  static Business onlineRetail(Path dir) throws IOException {
    Path byDay = TestData.dataset("online-retail/by-day");
    return Kpikit.open(Parity.folderWithConfig(dir,
        "datasets:\n  orders: { path: \"" + byDay + "/2011-1*.csv.gz\", preset: uci-online-retail }\n"));
  }

  /**
   * @param dir a new folder for the config
   * @return the CDNOW purchases through their preset (no channel column)
   */
  static Business cdnow(Path dir) throws IOException {
    Path cdnow = TestData.dataset("cdnow/CDNOW_master.txt");
    return Kpikit.open(Parity.folderWithConfig(dir, "datasets:\n  orders: { path: \"" + cdnow + "\", preset: cdnow }\n"));
  }
}
