package dev.kpikit.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kpikit.job.ReportFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Reads what a report folder publishes, as a user sees it through its top-level links, and fails
 * unless it is one complete run: {@code current} names a run, every top-level link that resolves
 * points into {@code current}, and they are exactly the entries of that run; and every link inside
 * every kept run resolves (no run ever lacks a file it shares with others in {@code shared/}).
 */
final class PublishedReports {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PublishedReports() {}

  /**
   * @param runDir a run's folder
   * @return every file of the run with its content, links with their target and the content they
   *     lead to, {@code run.json} without its timings (the only part of a report that differs
   *     between two runs of the same inputs and as-of date)
   */
  static Map<String, String> snapshot(Path runDir) throws IOException {
    Map<String, String> files = FolderSnapshot.of(runDir, "run.json");
    for (Map.Entry<String, String> e : Map.copyOf(files).entrySet()) {
      if (e.getValue().startsWith("link -> ")) {
        files.put(e.getKey() + " (content)", Files.readString(runDir.resolve(e.getKey())));
      }
    }
    ObjectNode run = (ObjectNode) JSON.readTree(runDir.resolve("run.json").toFile());
    run.remove("timings_ms");
    files.put("run.json", run.toString());
    return files;
  }

  /**
   * @param out a report folder
   * @return the {@link #snapshot} of the run it publishes
   * @throws AssertionError when nothing or not exactly one complete run is published
   */
  static Map<String, String> published(Path out) throws IOException {
    Path current = out.resolve(ReportFolder.CURRENT);
    if (!Files.isSymbolicLink(current) || !Files.isDirectory(current)) {
      throw new AssertionError("no current run in " + out);
    }
    assertEveryLinkOfEveryRunResolves(out);
    Path runDir = current.toRealPath();
    Set<String> runEntries = names(runDir);
    Set<String> linked = new TreeSet<>();
    for (String name : names(out)) {
      Path p = out.resolve(name);
      if (name.equals(ReportFolder.CURRENT)
          || name.equals(ReportFolder.RUNS)
          || name.equals(ReportFolder.SHARED)
          || name.startsWith(".")) {
        continue;
      }
      if (!Files.isSymbolicLink(p)
          || !Files.readSymbolicLink(p).equals(Path.of(ReportFolder.CURRENT, name))) {
        throw new AssertionError(name + " in " + out + " is not a link into current");
      }
      if (Files.exists(p)) {
        linked.add(name);
      }
    }
    if (!linked.equals(runEntries)) {
      throw new AssertionError(
          "top-level links " + linked + " are not the entries of " + runDir + ": " + runEntries);
    }
    return snapshot(runDir);
  }

  /**
   * The report an uninterrupted run of {@link PageRenderers#page()} publishes.
   *
   * @param data the data folder
   * @param asOf the as-of date
   * @param work a folder of its own for the run
   * @return the {@link #snapshot} of its run
   */
  static Map<String, String> reference(Path data, String asOf, Path work) throws IOException {
    StringWriter err = new StringWriter();
    CommandLine cl = KpikitCli.commandLine(PageRenderers.reportWith(PageRenderers.page()));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute("report", data.toString(), "--out", work.toString(), "--as-of", asOf);
    if (exit != ExitCodes.OK) {
      throw new AssertionError("the reference run exited " + exit + ": " + err);
    }
    return published(work);
  }

  /**
   * Fails unless every link inside every run under {@code runs/} leads to an existing file (a run
   * whose shared file was deleted, or never moved in, would show a page without its scripts).
   */
  static void assertEveryLinkOfEveryRunResolves(Path out) throws IOException {
    Path runs = out.resolve(ReportFolder.RUNS);
    if (!Files.isDirectory(runs)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(runs)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isSymbolicLink(p) && !Files.exists(p)) {
          throw new AssertionError(out.relativize(p) + " links to a missing " + Files.readSymbolicLink(p));
        }
      }
    }
  }

  /**
   * @return the files of {@code shared/} that no link of a run under {@code runs/} leads to, sorted
   */
  static List<String> sharedFilesNoRunUses(Path out) throws IOException {
    Path shared = out.resolve(ReportFolder.SHARED);
    if (!Files.isDirectory(shared)) {
      return List.of();
    }
    Set<String> unused = names(shared);
    try (Stream<Path> walk = Files.walk(out.resolve(ReportFolder.RUNS))) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isSymbolicLink(p) && Files.exists(p) && p.toRealPath().getParent().equals(shared.toRealPath())) {
          unused.remove(p.toRealPath().getFileName().toString());
        }
      }
    }
    return List.copyOf(unused);
  }

  private static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
    }
  }
}
