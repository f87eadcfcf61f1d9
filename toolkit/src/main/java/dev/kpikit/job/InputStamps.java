package dev.kpikit.job;

import dev.kpikit.load.DataException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The size, modification time and identity of every local input file when a run starts, so that the
 * run can tell whether an input changed while it was read (an export still being written, a file
 * replaced by another job). The run's ledger and the SHA-256 that {@code run.json} records are
 * computed at different moments; they describe the same bytes only if the file did not change in
 * between, which {@link #checkUnchanged()} proves before a report is published.
 *
 * <p>Hadoop URIs are not stamped (their file systems have no cheap, reliable equivalent).
 *
 * @since 0.1.0
 */
public final class InputStamps {
  private final Map<Path, Stamp> stamps;

  /** What is compared: a replaced file has another key, an edited one another size or time. */
  private record Stamp(long bytes, Object modified, Object fileKey) {
    static Stamp of(Path file) throws IOException {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new Stamp(a.size(), a.lastModifiedTime(), a.fileKey());
    }
  }

  private InputStamps(Map<Path, Stamp> stamps) {
    this.stamps = stamps;
  }

  /**
   * Stamps the local files among {@code inputs}.
   *
   * @param inputs file paths or URIs, as a data folder lists them; those that are not local regular
   *     files are left out
   * @return their stamps now
   * @throws UncheckedIOException when a file's attributes cannot be read
   */
  public static InputStamps of(Collection<String> inputs) {
    Map<Path, Stamp> stamps = new LinkedHashMap<>();
    for (String input : inputs) {
      Path file = localFile(input);
      if (file != null) {
        try {
          stamps.put(file, Stamp.of(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new InputStamps(stamps);
  }

  /**
   * @return how many files were stamped
   */
  public int size() {
    return stamps.size();
  }

  /**
   * Checks that every stamped file is still the same file, with the same size and time.
   *
   * @throws DataException naming the first file that changed, was replaced or removed, with its
   *     sizes before and now
   */
  public void checkUnchanged() {
    for (Map.Entry<Path, Stamp> e : stamps.entrySet()) {
      Path file = e.getKey();
      Stamp before = e.getValue();
      Stamp now;
      try {
        now = Stamp.of(file);
      } catch (IOException gone) {
        throw new DataException(
            file + " disappeared while kpikit read it; rerun once the export is complete", gone);
      }
      if (!now.equals(before)) {
        throw new DataException(
            file
                + " changed while kpikit read it ("
                + before.bytes()
                + " bytes, now "
                + now.bytes()
                + (Objects.equals(now.fileKey(), before.fileKey()) ? "" : ", replaced")
                + "); nothing was published: rerun once the export is complete");
      }
    }
  }

  private static Path localFile(String input) {
    if (input.contains("://")) {
      return null;
    }
    try {
      Path p = input.startsWith("file:") ? Path.of(java.net.URI.create(input)) : Path.of(input);
      return Files.isRegularFile(p) ? p : null;
    } catch (IllegalArgumentException e) { // includes InvalidPathException
      return null;
    }
  }
}
