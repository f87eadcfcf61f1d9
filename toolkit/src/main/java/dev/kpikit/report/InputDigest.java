package dev.kpikit.report;

import dev.kpikit.io.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * SHA-256 of input files, recorded in {@code run.json} so that a re-run can prove its inputs are
 * unchanged.
 *
 * <p>A run may {@linkplain #prefetch start} the digests of its inputs in the background before it
 * loads them, so that they are read while it loads and computes metrics; {@link #sha256} then
 * returns the prefetched digest when the file still has the size and modification time it had when
 * the digest started, and reads the file again otherwise.
 *
 * @since 0.1.0
 */
public final class InputDigest {
  /** A file as it was when its digest started: a changed file is read again. */
  private record Version(Path file, long size, FileTime modified) {}

  private static final Map<Version, CompletableFuture<String>> PREFETCHED = new ConcurrentHashMap<>();

  private InputDigest() {}

  /**
   * @param file a local file
   * @return its SHA-256 as lower-case hex
   * @throws IOException when the file cannot be read
   */
  public static String sha256(Path file) throws IOException {
    CompletableFuture<String> prefetched = PREFETCHED.remove(version(file));
    if (prefetched != null) {
      try {
        return prefetched.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while computing the SHA-256 of " + file, e);
      } catch (ExecutionException e) {
        // The background read failed (e.g. the file was being replaced): read it again here.
      }
    }
    return compute(file);
  }

  /**
   * Starts computing the SHA-256 of each local input file on a background daemon thread; {@link
   * #sha256} picks the results up. Inputs that are not local files (Hadoop URIs) and files that
   * cannot be examined are left out.
   *
   * @param inputs local paths, {@code file:} URIs or other URIs of input files
   */
  public static void prefetch(Collection<String> inputs) {
    for (String input : inputs) {
      Path file = localFile(input);
      if (file == null) {
        continue;
      }
      Version v;
      try {
        v = version(file);
      } catch (IOException e) {
        continue;
      }
      PREFETCHED.computeIfAbsent(
          v,
          k -> CompletableFuture.supplyAsync(
              () -> {
                try {
                  return compute(file);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              },
              InputDigest::daemon));
    }
  }

  /**
   * @param input a local path or a URI, as a run names its inputs
   * @return the local regular file it names, or null (another URI scheme, not a file)
   */
  static Path localFile(String input) {
    try {
      Path p = input.startsWith("file:") ? Path.of(java.net.URI.create(input)) : Path.of(input);
      return Files.isRegularFile(p) ? p : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void daemon(Runnable task) {
    Thread t = new Thread(task, "kpikit-input-digest");
    t.setDaemon(true);
    t.start();
  }

  private static Version version(Path file) throws IOException {
    Path p = file.toAbsolutePath().normalize();
    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
    return new Version(p, a.size(), a.lastModifiedTime());
  }

  private static String compute(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Sha256.hex(in);
    }
  }
}
