package dev.kpikit;

import dev.kpikit.config.DataFolder;
import dev.kpikit.metrics.ConfigVocabulary;
import java.nio.file.Path;

/**
 * The static entry point: {@code Kpikit.open("data-samples/northwind-coffee")}. One import is
 * enough in a jbang script or notebook: {@code import static dev.kpikit.Kpikit.*;}.
 *
 * @since 0.1.0
 */
public final class Kpikit {
  private Kpikit() {}

  /**
   * Opens a data folder (with its {@code kpikit.yaml} when present). Nothing is loaded until a
   * metric or table is asked for. Unknown keys and names in the config are ignored and listed by
   * {@link Business#configIssues()}.
   *
   * @param dataDir the data folder
   * @return the business
   * @throws dev.kpikit.load.DataException when the folder or its config cannot be read
   */
  public static Business open(Path dataDir) {
    return open(dataDir, null);
  }

  /**
   * @param dataDir the data folder
   * @return the business
   * @throws dev.kpikit.load.DataException when the folder or its config cannot be read
   */
  public static Business open(String dataDir) {
    return open(Path.of(dataDir));
  }

  /**
   * @param dataDir the data folder
   * @param configFile a config file to use instead of {@code dataDir/kpikit.yaml}, or null for that
   * @return the business
   * @throws dev.kpikit.load.DataException when the folder or the config cannot be read
   */
  public static Business open(Path dataDir, Path configFile) {
    return new Business(DataFolder.open(dataDir, configFile, ConfigVocabulary.NAMES), null);
  }

  /**
   * A business over a data folder found some other way (e.g. on a Hadoop file system by
   * kpikit-spark, {@link DataFolder#of}).
   *
   * @param folder the folder
   * @return the business
   */
  public static Business open(DataFolder folder) {
    return new Business(folder, null);
  }

  /** @return the kpikit version */
  public static String version() {
    return KpikitVersion.get();
  }
}
