package dev.kpikit.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns a dataset's {@code path} into the list of files to read: a single file, every data file of
 * a folder, the files matching a glob ({@code exports/orders_*.csv.gz}), or a Hadoop URI passed
 * through. Folder and glob matches are sorted by path so the reading order is reproducible.
 *
 * @since 0.1.0
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * @param name a file name
   * @return true for names kpikit reads: {@code .csv}, {@code .csv.gz}, {@code .tsv}, {@code
   *     .tsv.gz}, {@code .txt}, {@code .parquet}
   */
  public static boolean isDataFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".csv")
        || n.endsWith(".csv.gz")
        || n.endsWith(".tsv")
        || n.endsWith(".tsv.gz")
        || n.endsWith(".txt")
        || n.endsWith(".txt.gz")
        || SourceReaders.isParquet(n);
  }

  /**
   * Expands a path specification.
   *
   * @param base the folder relative paths are resolved against
   * @param spec a file, folder, glob or URI
   * @return the files, never empty
   * @throws DataException when nothing matches or the path does not exist
   */
  public static List<String> expand(Path base, String spec) {
    if (SourceReaders.isUri(spec) && !spec.startsWith("file:")) {
      return List.of(spec);
    }
    String local = spec.startsWith("file:") ? Path.of(java.net.URI.create(spec)).toString() : spec;
    if (hasGlob(local)) {
      return glob(base, local);
    }
    Path p = base.resolve(local);
    if (Files.isDirectory(p)) {
      List<String> files = list(p);
      if (files.isEmpty()) {
        throw new DataException(p + ": the folder holds no .csv, .csv.gz or .parquet files");
      }
      return files;
    }
    if (!Files.exists(p)) {
      throw new DataException(p + ": no such file");
    }
    return List.of(p.toString());
  }

  private static boolean hasGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
  }

  private static List<String> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> isDataFile(f.getFileName().toString()))
          .sorted()
          .map(Path::toString)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static List<String> glob(Path base, String pattern) {
    Path patternPath = base.resolve(pattern);
    Path root = patternPath.getRoot() == null ? Path.of("") : patternPath.getRoot();
    for (Path part : patternPath) {
      if (hasGlob(part.toString())) {
        break;
      }
      root = root.resolve(part);
    }
    PathMatcher matcher =
        FileSystems.getDefault()
            .getPathMatcher("glob:" + patternPath.toString().replace("\\", "\\\\"));
    if (!Files.isDirectory(root)) {
      throw new DataException(pattern + ": no files match (folder " + root + " does not exist)");
    }
    try (Stream<Path> s = Files.walk(root)) {
      List<String> files =
          s.filter(Files::isRegularFile).filter(matcher::matches).sorted().map(Path::toString).toList();
      if (files.isEmpty()) {
        throw new DataException(pattern + ": no files match");
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root + ": " + e.getMessage(), e);
    }
  }
}
