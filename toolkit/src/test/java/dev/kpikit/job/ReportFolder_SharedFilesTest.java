package dev.kpikit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runs of a report folder share their content-addressed files (named {@code
 * <stem>-<first 8 hex digits of the SHA-256>.<ext>}, as plotly.js is) in {@code shared/}, each run
 * keeping a relative link where the file was; unused shared files are pruned.
 */
class ReportFolder_SharedFilesTest {
  private static final Instant T = Instant.parse("2025-06-30T02:00:00Z");

  @TempDir Path tmp;

  private Path dir() {
    return tmp.resolve("report");
  }

  /** A content-addressed name for the text, its digits computed here from the bytes. */
  private static String addressed(String stem, String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return stem + "-" + HexFormat.of().formatHex(digest).substring(0, 8) + ".js";
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Stages and publishes a run of the given files (relative path to content). */
  private static String publish(ReportFolder folder, Instant at, Map<String, String> files) throws IOException {
    String name = folder.newRunName(at);
    Path staging = folder.createStaging(name);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path p = staging.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    folder.publish(staging, name);
    return name;
  }

  private static Map<String, String> page(String plotlyName, String plotly) {
    return Map.of("index.html", "<script src=\"assets/" + plotlyName + "\">", "assets/" + plotlyName, plotly);
  }

  /** The text of a run's {@code assets/<file>}, read through its link. */
  private String inRun(String run, String file) throws IOException {
    return Files.readString(dir().resolve("runs").resolve(run).resolve("assets").resolve(file));
  }

  private List<String> sharedFiles() throws IOException {
    try (Stream<Path> s = Files.list(dir().resolve("shared"))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aContentAddressedFile_movesToShared_andTheRunLinksToIt_fromEveryWayIntoTheRun() throws IOException {
    ReportFolder folder = ReportFolder.open(dir());
    String plotly = addressed("plotly-3.3.1", "plotly v1");
    String run = publish(folder, T, page(plotly, "plotly v1"));

    Path inRun = dir().resolve("runs").resolve(run).resolve("assets").resolve(plotly);
    assertTrue(Files.isSymbolicLink(inRun));
    // up from runs/<run>/assets/ to the report folder's own shared-files folder (not a folder beside the checkout)
    assertEquals(Path.of("..", "..", "..", SharedAssets.FOLDER, plotly), Files.readSymbolicLink(inRun));
    assertTrue(Files.isRegularFile(dir().resolve("shared").resolve(plotly), LinkOption.NOFOLLOW_LINKS));
    assertEquals("plotly v1", Files.readString(inRun), "from the run folder opened directly");
    assertEquals("plotly v1", Files.readString(dir().resolve("assets").resolve(plotly)), "through DIR/assets");
  }

  @Test
  void runsWithTheSameFile_keepOneCopy() throws IOException {
    ReportFolder folder = ReportFolder.open(dir());
    String plotly = addressed("plotly-3.3.1", "plotly v1");
    String first = publish(folder, T, page(plotly, "plotly v1"));
    String second = publish(folder, T.plusSeconds(1), page(plotly, "plotly v1"));

    assertEquals(List.of(plotly), sharedFiles());
    assertEquals("plotly v1", inRun(first, plotly));
    assertEquals("plotly v1", inRun(second, plotly));
  }

  @Test
  void aNameWhoseDigitsAreNotItsDigest_staysInTheRun() throws IOException {
    ReportFolder folder = ReportFolder.open(dir());
    String run = publish(folder, T, Map.of("index.html", "x", "assets/plotly-deadbeef.js", "not that digest"));

    Path file = dir().resolve("runs").resolve(run).resolve("assets/plotly-deadbeef.js");
    assertTrue(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.exists(dir().resolve("shared")));
  }

  @Test
  void pruning_withEveryRunKept_removesOnlyAFileNoRunLinksTo() throws IOException {
    ReportFolder folder = ReportFolder.open(dir());
    String v1 = addressed("plotly-3.3.1", "plotly v1");
    String v2 = addressed("plotly-3.3.2", "plotly v2");
    publish(folder, T, page(v1, "plotly v1"));
    publish(folder, T.plusSeconds(1), page(v2, "plotly v2"));
    String orphan = addressed("left-by-a-killed-run", "orphan"); // moved in, its run never published
    Files.writeString(dir().resolve("shared").resolve(orphan), "orphan");

    assertEquals(List.of(orphan), folder.pruneShared());
    assertEquals(List.of(v1, v2).stream().sorted().toList(), sharedFiles());
  }

  @Test
  void pruning_afterRotation_removesTheFilesOfDeletedRunsAndOrphans_only() throws IOException {
    ReportFolder folder = ReportFolder.open(dir());
    String v1 = addressed("plotly-3.3.1", "plotly v1");
    String v2 = addressed("plotly-3.3.2", "plotly v2");
    publish(folder, T, page(v1, "plotly v1"));
    String middle = publish(folder, T.plusSeconds(1), page(v2, "plotly v2"));
    String latest = publish(folder, T.plusSeconds(2), page(v2, "plotly v2"));
    String orphan = addressed("left-by-a-killed-run", "orphan");
    Files.writeString(dir().resolve("shared").resolve(orphan), "orphan");
    folder.rotate(2);

    List<String> removed = folder.pruneShared();

    assertEquals(List.of(v1, orphan).stream().sorted().toList(), removed);
    assertEquals(List.of(v2), sharedFiles());
    assertEquals("plotly v2", inRun(middle, v2));
    assertEquals("plotly v2", inRun(latest, v2));
  }

  @Test
  void anOlderRun_stillFindsItsOwnVersion_whileNewerRunsUseAnother() throws IOException {
    ReportFolder folder = ReportFolder.open(dir());
    String v1 = addressed("plotly-3.3.1", "plotly v1");
    String v2 = addressed("plotly-3.3.2", "plotly v2");
    String older = publish(folder, T, page(v1, "plotly v1"));
    publish(folder, T.plusSeconds(1), page(v2, "plotly v2"));
    folder.rotate(7);
    folder.pruneShared();

    assertEquals("plotly v1", inRun(older, v1));
    assertEquals("plotly v2", Files.readString(dir().resolve("assets").resolve(v2)));
  }

  @Test
  void aCopyOfTheWholeFolder_resolvesEveryLinkInsideTheCopy() throws Exception {
    ReportFolder folder = ReportFolder.open(dir());
    String v1 = addressed("plotly-3.3.1", "plotly v1");
    String run = publish(folder, T, page(v1, "plotly v1"));
    Path copy = tmp.resolve("elsewhere/report");
    Files.createDirectories(copy.getParent());
    Process cp = new ProcessBuilder("cp", "-r", dir().toString(), copy.toString()).inheritIO().start();
    assertEquals(0, cp.waitFor());
    deleteTree(dir()); // nothing of the copy may lead back to the original

    assertEquals("plotly v1", Files.readString(copy.resolve("runs").resolve(run).resolve("assets").resolve(v1)));
    assertEquals("plotly v1", Files.readString(copy.resolve("assets").resolve(v1)));
    assertTrue(copy.resolve("shared").resolve(v1).toRealPath().startsWith(copy.toRealPath()));
  }

  @Test
  void theSharedFolderIsPartOfAReportFolder_andNoRunMayHaveAnEntryOfThatName() throws IOException {
    ReportFolder folder = ReportFolder.open(dir());
    String v1 = addressed("plotly-3.3.1", "plotly v1");
    publish(folder, T, page(v1, "plotly v1"));
    ReportFolder.open(dir()); // accepted with shared/ in it
    String name = folder.newRunName(T.plusSeconds(1));
    Path staging = folder.createStaging(name);
    Files.createDirectories(staging.resolve("shared"));

    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> folder.publish(staging, name));

    assertEquals("a report may not contain an entry named shared (reserved)", e.getMessage());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
