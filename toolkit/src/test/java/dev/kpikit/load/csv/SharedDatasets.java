package dev.kpikit.load.csv;

import java.nio.file.Path;

/**
 * The real test files under {@code shared/datasets} (never copied into the repo), found through the
 * system property {@code kpikit.shared} that surefire sets.
 */
final class SharedDatasets {
  private SharedDatasets() {}

  /**
   * @param relative a path below {@code shared/datasets}, e.g. {@code csv-spectrum/csvs}
   * @return the absolute path
   */
  static Path file(String relative) {
    return Path.of(System.getProperty("kpikit.shared", "../../shared"), "datasets", relative);
  }
}
