package dev.kpikit;

import dev.kpikit.io.BuildVersion;

/**
 * The version of this kpikit build, as recorded in {@code run.json} and shown by {@code kpikit
 * --version}, with the commit it was built from.
 *
 * @since 0.1.0
 */
public final class KpikitVersion {
  /** What {@link #commit()} says when the build did not know its commit (built outside git). */
  public static final String UNKNOWN_COMMIT = BuildVersion.UNKNOWN_COMMIT;

  private KpikitVersion() {}

  /** @return the version, e.g. {@code 0.1.0-SNAPSHOT} */
  public static String get() {
    return BuildVersion.get();
  }

  /**
   * @return the commit's short hash, with {@code -dirty} for a build from uncommitted changes, or
   *     {@value #UNKNOWN_COMMIT} for a build made outside git
   */
  public static String commit() {
    return BuildVersion.commit();
  }

  static String commit(String hash, String dirty) {
    return BuildVersion.commit(hash, dirty);
  }
}
