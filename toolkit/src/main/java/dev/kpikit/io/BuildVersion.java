package dev.kpikit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this kpikit build, read once from the jar's {@code version.properties}: what
 * {@code run.json} and the report's footer record. It sits at the bottom layer so that writers
 * (report, job) can name it without importing the facade; {@link dev.kpikit.KpikitVersion} is the
 * public entry point.
 *
 * @since 0.2.0
 */
public final class BuildVersion {
  private static final String VERSION = read();

  private BuildVersion() {}

  /** @return the version, e.g. {@code 0.1.0-SNAPSHOT} */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = BuildVersion.class.getResourceAsStream("/dev/kpikit/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the kpikit jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kpikit version.properties", e);
    }
  }
}
