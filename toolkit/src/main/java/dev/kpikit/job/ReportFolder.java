package dev.kpikit.job;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The layout of a published report folder, and the only code that changes it. A report is built
 * in a staging folder and becomes visible in three renames, each atomic:
 *
 * <pre>
 * DIR/.kpikit.lock                   the lock of {@link OutputLock}
 * DIR/runs/2025-06-30T02-00-00.123Z/ one complete report per kept run (UTC start time)
 * DIR/shared/plotly-3.3.1-0a1b2c3d.js files the runs share (see {@link SharedAssets}), linked
 *                                    from each run that uses them
 * DIR/current -&gt; runs/&lt;latest&gt;       switched by renaming a new link over it
 * DIR/index.html -&gt; current/index.html   stable links, one per entry of a report,
 * DIR/metrics -&gt; current/metrics         so DIR always shows the latest run
 * DIR/.staging-*, .trash-*, .link-*  temporary entries, removed by the next run
 * </pre>
 *
 * <p>A staging folder is renamed into {@code runs/} only once complete, and {@code current} only
 * ever points at such a folder, so a run that fails or is killed at any moment leaves {@code DIR}
 * showing the previous complete report. Old runs are renamed out of {@code runs/} before being
 * deleted, so no partly deleted run is ever visible either. A run's content-addressed files (named
 * after their SHA-256, such as plotly.js) are moved into {@code shared/} before the run is renamed
 * into {@code runs/}, and a shared file is deleted only once no kept run links to it. Links are
 * relative: the folder can be moved or served as a whole. Needs a file system with symbolic links
 * (any Unix; Windows only with the privilege to create them).
 *
 * <p>Not thread-safe: hold the folder's {@link OutputLock} while changing it.
 *
 * @since 0.1.0
 */
public final class ReportFolder {
  /** The folder of kept runs. */
  public static final String RUNS = "runs";

  /** The link to the latest published run. */
  public static final String CURRENT = "current";

  /** The lock file. */
  public static final String LOCK_FILE = ".kpikit.lock";

  /** The folder of files shared by the runs. */
  public static final String SHARED = SharedAssets.FOLDER;

  private static final String STAGING = ".staging-";
  private static final String TRASH = ".trash-";
  private static final String NEW_LINK = ".link-";
  private static final DateTimeFormatter RUN_NAME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss.SSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private final Path dir;
  private final SharedAssets shared;

  private ReportFolder(Path dir) {
    this.dir = dir;
    this.shared = new SharedAssets(dir);
  }

  /**
   * Opens (creating it if needed) a folder to publish reports in.
   *
   * @param dir the output folder
   * @return the folder
   * @throws IOException when {@code dir} cannot be created, is a file, or holds entries that are
   *     not part of a kpikit report folder (so a wrong {@code --out} never scatters links into,
   *     say, a home folder; files users add beside a report are refused for the same reason)
   */
  public static ReportFolder open(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new NotDirectoryException(dir + " is a file, not a folder");
    }
    Files.createDirectories(dir);
    for (String name : entries(dir)) {
      if (!isOurs(dir, name)) {
        throw new IOException(
            dir + " holds " + name + ", which kpikit report did not write; give an empty or"
                + " new folder, or move " + name + " away");
      }
    }
    return new ReportFolder(dir);
  }

  /**
   * True for the entries a report folder may hold besides links to a run, whatever another run
   * is doing meanwhile: checked before the lock is taken, so that a wrong {@code --out} leaves not
   * even a lock file behind.
   */
  private static boolean isOurs(Path dir, String name) throws IOException {
    Path p = dir.resolve(name);
    return name.equals(LOCK_FILE)
        || name.equals(RUNS)
        || (name.equals(SHARED) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
        || isTemporary(name)
        || (Files.isSymbolicLink(p) && Files.readSymbolicLink(p).startsWith(CURRENT))
        || (name.equals(CURRENT) && Files.isSymbolicLink(p));
  }

  /** @return the output folder */
  public Path dir() {
    return dir;
  }

  /** @return the lock file of the folder */
  public Path lockFile() {
    return dir.resolve(LOCK_FILE);
  }

  /**
   * Deletes what failed or killed runs left: staging folders, runs being deleted, new links.
   *
   * @return the number of entries deleted
   * @throws IOException when one cannot be deleted
   */
  public int cleanLeftovers() throws IOException {
    int removed = 0;
    for (String name : entries(dir)) {
      if (isTemporary(name)) {
        deleteTree(dir.resolve(name));
        removed++;
      }
    }
    return removed;
  }

  /**
   * Names a new run after its start time, later than every kept run even when the clock stepped
   * back or two runs start in the same millisecond, so names sort in publishing order.
   *
   * @param start when the run started
   * @return a name such as {@code 2025-06-30T02-00-00.123Z}
   * @throws IOException when {@code runs/} cannot be listed
   */
  public String newRunName(Instant start) throws IOException {
    List<String> runs = runNames();
    Instant at = start.truncatedTo(ChronoUnit.MILLIS); // names hold milliseconds: compare those
    if (!runs.isEmpty()) {
      Instant latest = Instant.from(RUN_NAME.parse(runs.get(runs.size() - 1)));
      if (!at.isAfter(latest)) {
        at = latest.plusMillis(1);
      }
    }
    return RUN_NAME.format(at);
  }

  /**
   * Creates the private folder a run is built in.
   *
   * @param runName the name from {@link #newRunName}
   * @return an empty folder inside the output folder (on the same file system, so it can be
   *     renamed)
   * @throws IOException when it cannot be created
   */
  public Path createStaging(String runName) throws IOException {
    return Files.createDirectory(dir.resolve(STAGING + runName));
  }

  /**
   * Publishes a complete staging folder as the latest run: moves its content-addressed files into
   * {@code shared/} (leaving links in their place), renames it into {@code runs/}, adds
   * the top-level links of entries new to this run (they dangle until the next step), switches
   * {@code current} to it, then removes the links of entries it no longer has. At every moment
   * the top-level entries that resolve are exactly those of one complete run.
   *
   * @param staging the folder from {@link #createStaging}, complete
   * @param runName its run name
   * @return the run's folder under {@code runs/}
   * @throws IOException when a top-level entry is in the way (a file that is not a link) or a
   *     rename fails; the previous report then stays published
   */
  public Path publish(Path staging, String runName) throws IOException {
    Set<String> entries = entries(staging);
    checkNothingInTheWay(entries);
    Files.createDirectories(dir.resolve(RUNS));
    Path run = dir.resolve(RUNS).resolve(runName);
    shared.share(staging, run); // before the run exists: a published run never lacks a shared file
    Files.move(staging, run, StandardCopyOption.ATOMIC_MOVE);
    // Links to entries new in this run dangle until current switches: all appear at once.
    for (String name : entries) {
      Path target = Path.of(CURRENT, name);
      Path link = dir.resolve(name);
      if (!Files.isSymbolicLink(link) || !Files.readSymbolicLink(link).equals(target)) {
        replaceLink(name, target);
      }
    }
    replaceLink(CURRENT, Path.of(RUNS, runName));
    // Links to entries this run lacks now dangle; remove them.
    for (String name : entries(dir)) {
      Path link = dir.resolve(name);
      if (!entries.contains(name)
          && Files.isSymbolicLink(link)
          && Files.readSymbolicLink(link).startsWith(CURRENT)) {
        Files.delete(link);
      }
    }
    return run;
  }

  private void checkNothingInTheWay(Set<String> entries) throws IOException {
    for (String name : entries) {
      if (name.equals(RUNS)
          || name.equals(CURRENT)
          || name.equals(LOCK_FILE)
          || name.equals(SHARED)
          || isTemporary(name)) {
        throw new IOException("a report may not contain an entry named " + name + " (reserved)");
      }
    }
    Set<String> linked = new TreeSet<>(entries);
    linked.add(CURRENT);
    for (String name : linked) {
      Path p = dir.resolve(name);
      if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(p)) {
        throw new IOException(
            p + " is in the way: kpikit report publishes a link there; move it away");
      }
    }
  }

  /** Points {@code DIR/name} at {@code target} by renaming a new link over it (atomic). */
  private void replaceLink(String name, Path target) throws IOException {
    Path fresh = dir.resolve(NEW_LINK + name);
    Files.deleteIfExists(fresh);
    Files.createSymbolicLink(fresh, target);
    Files.move(fresh, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * Deletes the oldest runs beyond {@code keep}, never the one {@code current} points at. Each is
   * first renamed out of {@code runs/}, so none is ever seen half deleted.
   *
   * @param keep how many runs to keep, at least 1
   * @return the names of the runs deleted, oldest first
   * @throws IOException when a run cannot be deleted
   */
  public List<String> rotate(int keep) throws IOException {
    if (keep < 1) {
      throw new IllegalArgumentException("keep must be at least 1, got " + keep);
    }
    List<String> runs = runNames();
    String current = currentRun();
    List<String> removed = new ArrayList<>();
    for (int i = 0; runs.size() - removed.size() > keep && i < runs.size(); i++) {
      String name = runs.get(i);
      if (!name.equals(current)) {
        Path trash = dir.resolve(TRASH + name);
        Files.move(dir.resolve(RUNS).resolve(name), trash, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(trash);
        removed.add(name);
      }
    }
    return removed;
  }

  /**
   * Deletes the files of {@code shared/} that no run under {@code runs/} links to (those of runs
   * {@link #rotate} deleted, or moved there by a run killed before it was published).
   *
   * @return the names of the files deleted
   * @throws IOException when the runs cannot be read or a file cannot be deleted
   */
  public List<String> pruneShared() throws IOException {
    List<Path> runs = new ArrayList<>();
    for (String name : runNames()) {
      runs.add(dir.resolve(RUNS).resolve(name));
    }
    return shared.prune(runs);
  }

  /**
   * @return the name of the run {@code current} points at, or null when nothing is published
   * @throws IOException when the link cannot be read
   */
  public String currentRun() throws IOException {
    Path link = dir.resolve(CURRENT);
    return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).getFileName().toString() : null;
  }

  /**
   * @return the names of the runs under {@code runs/}, oldest first
   * @throws IOException when {@code runs/} cannot be listed
   */
  public List<String> runNames() throws IOException {
    Path runs = dir.resolve(RUNS);
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : entries(runs)) {
      if (isRunName(name)) {
        names.add(name);
      }
    }
    return names; // entries() is sorted, and run names sort by time
  }

  /**
   * Deletes a staging folder that was not published (after a failure); nothing when it was.
   *
   * @param staging the folder from {@link #createStaging}
   * @throws IOException when it cannot be deleted
   */
  public void discard(Path staging) throws IOException {
    if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
      deleteTree(staging);
    }
  }

  private static boolean isRunName(String name) {
    try {
      RUN_NAME.parse(name);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isTemporary(String name) {
    return name.startsWith(STAGING) || name.startsWith(TRASH) || name.startsWith(NEW_LINK);
  }

  private static Set<String> entries(Path folder) throws IOException {
    Set<String> names = new TreeSet<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
      for (Path p : stream) {
        names.add(p.getFileName().toString());
      }
    }
    return names;
  }

  /** Deletes a file, link or folder tree without following links. */
  private static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
