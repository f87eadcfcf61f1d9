package dev.kpikit.job;

import dev.kpikit.io.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The folder of a report folder where runs share their large, unchanging files (plotly.js, 11 MB)
 * instead of each keeping a copy: {@code DIR/shared/}.
 *
 * <p>A file is shared when its name carries the start of its own SHA-256, {@code
 * <stem>-<8 hex digits>.<ext>} (e.g. {@code plotly-3.3.1-0a1b2c3d.js}), checked against its bytes:
 * two different contents never get the same shared name, so a run's file never changes under it. In
 * the run, the file becomes a relative symbolic link to {@code ../..(...)/shared/<name>}: the page
 * still finds it at the path it names, from {@code DIR/index.html} through the top-level links,
 * from {@code DIR/runs/<run>/index.html} opened directly, and from a copy of the whole folder.
 *
 * <p>Order, for {@code kill -9} at any moment: a file is renamed into {@code shared/} (atomic,
 * complete: it was written and synced in the private staging folder) before the run that links to
 * it is renamed into {@code runs/}; {@link #prune} deletes only files that no run under {@code
 * runs/} links to, and runs under the folder's {@link OutputLock} after the run was published, so
 * no run being built can need a file it deletes (a second run waits for the lock before it shares
 * anything). A kill leaves at worst an unused shared file, deleted by the next run's prune.
 *
 * <p>Not thread-safe: hold the folder's {@link OutputLock}.
 *
 * @since 0.1.0
 */
final class SharedAssets {
  /** The shared folder's name inside the report folder. */
  static final String FOLDER = "shared";

  /** A content-addressed name: anything, a dash, 8 lower-case hex digits, an optional extension. */
  private static final Pattern ADDRESSED = Pattern.compile(".+-([0-9a-f]{8})(\\.[A-Za-z0-9]+)?");

  private final Path dir;

  /** @param reportDir the report folder */
  SharedAssets(Path reportDir) {
    this.dir = reportDir.resolve(FOLDER);
  }

  /**
   * Moves every content-addressed file of a staging folder into the shared folder (or drops it when
   * the shared folder already has the same bytes) and leaves in its place a relative link that
   * resolves once the staging folder is renamed to {@code runDir}.
   *
   * @param staging the complete staging folder of a run
   * @param runDir where {@code staging} will be renamed to (same depth as every run)
   * @return the names of the files the run now links to
   * @throws IOException when a file cannot be moved or linked
   */
  List<String> share(Path staging, Path runDir) throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(
        staging,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (attrs.isRegularFile() && isContentAddressed(file)) {
              files.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
        });
    List<String> names = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      Path shared = dir.resolve(name);
      Files.createDirectories(dir);
      if (Files.isRegularFile(shared) && Files.mismatch(file, shared) == -1) {
        Files.delete(file);
      } else {
        Files.move(file, shared, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      }
      Path published = runDir.resolve(staging.relativize(file));
      Files.createSymbolicLink(file, published.getParent().relativize(shared));
      names.add(name);
    }
    return names;
  }

  /**
   * Deletes the shared files that no run links to.
   *
   * @param runDirs the folders of every run kept under {@code runs/}
   * @return the names of the files deleted
   * @throws IOException when the runs cannot be read or a file cannot be deleted
   */
  List<String> prune(List<Path> runDirs) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    Set<String> used = new TreeSet<>();
    for (Path run : runDirs) {
      used.addAll(linkedFrom(run));
    }
    List<String> removed = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        String name = p.getFileName().toString();
        if (!used.contains(name)) {
          Files.delete(p);
          removed.add(name);
        }
      }
    }
    removed.sort(null);
    return removed;
  }

  /** The names of the shared files the links of a run's tree point at. */
  private Set<String> linkedFrom(Path run) throws IOException {
    Set<String> names = new TreeSet<>();
    Path sharedDir = dir.toAbsolutePath().normalize();
    Files.walkFileTree(
        run,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (attrs.isSymbolicLink()) {
              Path target =
                  file.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(file)).normalize();
              if (sharedDir.equals(target.getParent())) {
                names.add(target.getFileName().toString());
              }
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return names;
  }

  /**
   * True when the file's name is {@code <stem>-<8 hex digits>[.<ext>]} and the digits are the start
   * of the SHA-256 of its bytes.
   *
   * @param file a regular file
   * @return whether it may be shared under its name
   * @throws IOException when it cannot be read
   */
  static boolean isContentAddressed(Path file) throws IOException {
    Matcher m = ADDRESSED.matcher(file.getFileName().toString());
    if (!m.matches()) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      return m.group(1).equals(Sha256.namePart(in));
    }
  }
}
