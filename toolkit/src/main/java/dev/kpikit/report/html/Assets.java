package dev.kpikit.report.html;

import dev.kpikit.io.AtomicFiles;
import dev.kpikit.io.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

/**
 * The report's local assets: plotly.js (from the {@code org.webjars.npm:plotly.js-dist} jar on the
 * class path, so nothing is fetched when the report is built or viewed), {@code kpikit.css} and
 * {@code kpikit.js} (which draws the charts from their JSON specs).
 *
 * @since 0.1.0
 */
public final class Assets {
  private static final String WEBJAR = "META-INF/resources/webjars/plotly.js-dist/";
  private static final String WEBJAR_POM =
      "META-INF/maven/org.webjars.npm/plotly.js-dist/pom.properties";

  /** The plotly.js version on the class path, e.g. {@code 3.3.1}. */
  public static final String PLOTLY_VERSION = plotlyVersion();

  private static final String PLOTLY_RESOURCE = WEBJAR + PLOTLY_VERSION + "/plotly.js";

  /**
   * plotly.js relative to the report folder, named after its version and the first 8 hex digits of
   * its SHA-256, e.g. {@code assets/plotly-3.3.1-0a1b2c3d.js}: a name for these bytes only, so the
   * runs of a report folder can share one copy (see {@link dev.kpikit.job.ReportFolder}) and two
   * builds of plotly.js never take each other's place.
   */
  public static final String PLOTLY_FILE =
      "assets/plotly-" + PLOTLY_VERSION + "-" + plotlyDigest() + ".js";

  private static final List<String> OWN = List.of("kpikit.css", "kpikit.js");

  private Assets() {}

  /**
   * Writes the assets under {@code dir/assets/}, each file atomically.
   *
   * @param dir the report folder
   * @return the files written, relative to {@code dir}
   * @throws IOException when the folder cannot be written
   */
  public static List<String> write(Path dir) throws IOException {
    copyAtomically(PLOTLY_RESOURCE, dir.resolve(PLOTLY_FILE));
    for (String name : OWN) {
      AtomicFiles.writeString(dir.resolve("assets").resolve(name), ownAsset(name));
    }
    return List.of(PLOTLY_FILE, "assets/kpikit.css", "assets/kpikit.js");
  }

  /**
   * @param name {@code kpikit.css} or {@code kpikit.js}
   * @return the asset's text
   */
  static String ownAsset(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("kpikit is missing its report asset " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report asset " + name, e);
    }
  }

  /** Like {@link AtomicFiles#write}, for bytes: a temporary file in the folder, then a rename. */
  private static void copyAtomically(String resource, Path target) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path tmp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
    try {
      try (InputStream in = resource(resource)) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      }
      try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      AtomicFiles.move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = Assets.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          name + " is not on the class path: kpikit needs org.webjars.npm:plotly.js-dist");
    }
    return in;
  }

  private static String plotlyDigest() {
    try (InputStream in = resource(PLOTLY_RESOURCE)) {
      return Sha256.namePart(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + PLOTLY_RESOURCE, e);
    }
  }

  private static String plotlyVersion() {
    try (InputStream in = resource(WEBJAR_POM)) {
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version").trim();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEBJAR_POM, e);
    }
  }
}
