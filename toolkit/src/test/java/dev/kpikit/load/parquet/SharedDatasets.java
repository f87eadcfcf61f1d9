package dev.kpikit.load.parquet;

import java.nio.file.Path;

/** Locates the staged test datasets ({@code ../shared/datasets}, see its README). */
final class SharedDatasets {
  private SharedDatasets() {}

  /** @return the {@code datasets} folder, from the system property {@code kpikit.shared} */
  static Path root() {
    return Path.of(System.getProperty("kpikit.shared", "../../shared")).resolve("datasets");
  }

  /**
   * @param relative e.g. {@code data/alltypes_plain.parquet}
   * @return the file under {@code parquet-testing/}, as a string path
   */
  static String parquetTesting(String relative) {
    return root().resolve("parquet-testing").resolve(relative).toString();
  }

  /**
   * @param name e.g. {@code timestamp.parquet}
   * @return the file under {@code parquet-duckdb-timestamps/}, as a string path
   */
  static String duckdbTimestamps(String name) {
    return root().resolve("parquet-duckdb-timestamps").resolve(name).toString();
  }
}
