package dev.kpikit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every entry of a folder tree, links as their target (not followed), files as their bytes. */
final class FolderSnapshot {
  private FolderSnapshot() {}

  /**
   * @param root the folder
   * @param except names of top-level entries to leave out
   * @return relative path to "link -> target", "dir" or the file's content
   */
  static Map<String, String> of(Path root, String... except) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) { // does not follow links
      for (Path p : (Iterable<Path>) walk::iterator) {
        String rel = root.relativize(p).toString();
        if (rel.isEmpty() || Stream.of(except).anyMatch(rel::equals)) {
          continue;
        }
        if (Files.isSymbolicLink(p)) {
          entries.put(rel, "link -> " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p)) {
          entries.put(rel, "dir");
        } else {
          entries.put(rel, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    }
    return entries;
  }
}
