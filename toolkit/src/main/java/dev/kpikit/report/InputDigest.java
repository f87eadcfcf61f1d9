package dev.kpikit.report;

import dev.kpikit.io.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
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
 * the digest started, and reads the file again otherwise. When this JVM compiles with the quick
 * compiler only and the inputs are large enough, the prefetch hashes them in a child JVM ({@link
 * ForkedDigest}); should the child fail, the files are hashed in this JVM instead, still in the
 * background.
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
    prefetch(inputs, null);
  }

  /**
   * As {@link #prefetch(Collection)}, with the child JVM's java launcher given.
   *
   * @param forkJava the java launcher of a child JVM to hash in; null to decide in the background:
   *     a child JVM ({@link ForkedDigest#JAVA}) when it {@linkplain ForkedDigest#pays pays}, else
   *     none
   */
  static void prefetch(Collection<String> inputs, Path forkJava) {
    Map<Path, CompletableFuture<String>> pending = new LinkedHashMap<>();
    long bytes = 0;
    for (String input : inputs) {
      Path file = localFile(input);
      if (file == null) {
        continue;
      }
      try {
        Version v = version(file);
        CompletableFuture<String> digest = new CompletableFuture<>();
        if (PREFETCHED.putIfAbsent(v, digest) == null) {
          pending.put(v.file(), digest);
          bytes += v.size();
        }
      } catch (IOException e) {
        // not examinable now: hashed on request
      }
    }
    if (pending.isEmpty()) {
      return;
    }
    long total = bytes;
    daemon(() -> {
      Path java = forkJava;
      if (java == null && ForkedDigest.pays(ForkedDigest.quickCompilerOnly(), total)) {
        java = ForkedDigest.JAVA;
      }
      if (java == null || !digestForked(java, pending)) {
        pending.forEach((file, digest) -> daemon(() -> digestHere(file, digest)));
      }
    });
  }

  /** Hashes the files in one child JVM; returns false, completing none, when the child fails. */
  private static boolean digestForked(Path java, Map<Path, CompletableFuture<String>> pending) {
    List<String> digests;
    try {
      digests = ForkedDigest.digest(java, List.copyOf(pending.keySet()));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    int i = 0;
    for (CompletableFuture<String> digest : pending.values()) {
      digest.complete(digests.get(i++));
    }
    return true;
  }

  private static void digestHere(Path file, CompletableFuture<String> digest) {
    try {
      digest.complete(compute(file));
    } catch (IOException | RuntimeException e) {
      digest.completeExceptionally(e);
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
