package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real public datasets the tests read: the repository's own {@code testdata/} folder
 * (a byte-exact copy of the team's staged datasets, with their README, licences and {@code
 * SHA256SUMS}). System property {@code kpikit.testdata} overrides the location.
 */
public final class TestData {
  private TestData() {}

  /** @return the {@code testdata} folder of the checkout */
  public static Path root() {
    return Path.of(System.getProperty("kpikit.testdata", "../testdata"));
  }

  /**
   * @param relative a path below {@code testdata}, e.g. {@code telco-churn}
   * @return the absolute path, asserted to exist
   */
  public static Path dataset(String relative) {
    Path p = root().resolve(relative).toAbsolutePath().normalize();
    assertTrue(Files.exists(p), "test dataset missing: " + p + " (see testdata/README.md)");
    return p;
  }
}
