package dev.kpikit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this kpikit build, as recorded in {@code run.json} and shown by {@code kpikit
 * --version}.
 *
 * @since 0.1.0
 */
public final class KpikitVersion {
  private static final String VERSION = read();

  private KpikitVersion() {}

  /** @return the version, e.g. {@code 0.1.0-SNAPSHOT} */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = KpikitVersion.class.getResourceAsStream("/dev/kpikit/version.properties")) {
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
