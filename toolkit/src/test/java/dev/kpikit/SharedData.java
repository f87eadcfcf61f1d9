package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the staged real datasets in {@code ../shared/datasets} (system property kpikit.shared). */
public final class SharedData {
  private SharedData() {}

  /** @return the {@code shared/datasets} folder */
  public static Path root() {
    return Path.of(System.getProperty("kpikit.shared", "../../shared")).resolve("datasets");
  }

  /**
   * @param relative a path below {@code shared/datasets}, e.g. {@code telco-churn}
   * @return the absolute path, asserted to exist
   */
  public static Path dataset(String relative) {
    Path p = root().resolve(relative).toAbsolutePath().normalize();
    assertTrue(Files.exists(p), "shared dataset missing: " + p + " (CI needs ../shared beside the checkout)");
    return p;
  }
}
