package dev.kpikit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The version and commit of this kpikit build, read once from the jar's {@code
 * version.properties}: what {@code run.json}, the report's footer and {@code kpikit --version}
 * record. It sits at the bottom layer so that writers (report, job) can name it without importing
 * the facade; {@link dev.kpikit.KpikitVersion} is the public entry point.
 *
 * @since 0.2.0
 */
public final class BuildVersion {
  /** What {@link #commit()} says when the build did not know its commit (built outside git). */
  public static final String UNKNOWN_COMMIT = "unknown";

  private static final Pattern SHORT_HASH = Pattern.compile("[0-9a-f]{4,40}");
  private static final Properties BUILD = read();

  private BuildVersion() {}

  /** @return the version, e.g. {@code 0.1.0-SNAPSHOT} */
  public static String get() {
    return BUILD.getProperty("version");
  }

  /**
   * The commit the build was made from: its short hash, with {@code -dirty} when the working tree
   * had uncommitted changes, e.g. {@code 732b7b2} or {@code 732b7b2-dirty}.
   *
   * @return the commit, or {@value #UNKNOWN_COMMIT} for a build made outside a git checkout
   */
  public static String commit() {
    return commit(BUILD.getProperty("commit"), BUILD.getProperty("dirty"));
  }

  /**
   * @param hash the short hash recorded at build time; anything else (blank, or a placeholder the
   *     build left unresolved) means the commit is unknown
   * @param dirty {@code true} when the working tree had uncommitted changes
   * @return the commit as {@link #commit()} shows it
   */
  public static String commit(String hash, String dirty) {
    if (hash == null || !SHORT_HASH.matcher(hash).matches()) {
      return UNKNOWN_COMMIT;
    }
    return "true".equals(dirty) ? hash + "-dirty" : hash;
  }

  private static Properties read() {
    try (InputStream in = BuildVersion.class.getResourceAsStream("/dev/kpikit/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the kpikit jar");
      }
      Properties p = new Properties();
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kpikit version.properties", e);
    }
  }
}
