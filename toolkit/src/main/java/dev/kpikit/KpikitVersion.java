package dev.kpikit;

import dev.kpikit.io.BuildVersion;

/**
 * The version of this kpikit build, as recorded in {@code run.json} and shown by {@code kpikit
 * --version}.
 *
 * @since 0.1.0
 */
public final class KpikitVersion {
  private KpikitVersion() {}

  /** @return the version, e.g. {@code 0.1.0-SNAPSHOT} */
  public static String get() {
    return BuildVersion.get();
  }
}
