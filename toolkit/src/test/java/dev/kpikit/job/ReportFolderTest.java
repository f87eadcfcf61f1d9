package dev.kpikit.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {
  private static final Instant T = Instant.parse("2025-06-30T02:00:00Z");

  @TempDir Path dir;

  /** Stages and publishes a run of the given files (name = content), named after {@code at}. */
  private static String publish(ReportFolder folder, Instant at, String... files) throws IOException {
    String name = folder.newRunName(at);
    Path staging = folder.createStaging(name);
    for (String f : files) {
      Files.writeString(staging.resolve(f), f);
    }
    folder.publish(staging, name);
    return name;
  }

  @Test
  void runsAreNamedAfterTheirUtcStartTime() throws IOException {
    assertEquals("2025-06-30T02-00-00.000Z", ReportFolder.open(dir).newRunName(T));
  }

  @Test
  void aClockSteppingBackStillGivesALaterName_soNamesSortInPublishingOrder() throws IOException {
    ReportFolder folder = ReportFolder.open(dir);
    publish(folder, T, "index.html");

    assertEquals("2025-06-30T02-00-00.001Z", folder.newRunName(T.minusSeconds(3600)));
    assertEquals("2025-06-30T02-00-00.001Z", folder.newRunName(T));
  }

  @Test
  void twoRunsStartedInTheSameMillisecond_getDistinctNames() throws IOException {
    ReportFolder folder = ReportFolder.open(dir);
    publish(folder, T.plusNanos(100_000), "index.html"); // 02:00:00.000100

    assertEquals("2025-06-30T02-00-00.001Z", folder.newRunName(T.plusNanos(700_000)));
  }

  @Test
  void publishedEntriesAreLinksThroughCurrent() throws IOException {
    ReportFolder folder = ReportFolder.open(dir);
    String run = publish(folder, T, "index.html");

    assertEquals(Path.of("runs", run), Files.readSymbolicLink(dir.resolve("current")));
    assertEquals(Path.of("current", "index.html"), Files.readSymbolicLink(dir.resolve("index.html")));
    assertEquals("index.html", Files.readString(dir.resolve("index.html")));
    assertEquals(run, folder.currentRun());
  }

  @Test
  void anEntryTheNewRunLacksLosesItsLink() throws IOException {
    ReportFolder folder = ReportFolder.open(dir);
    publish(folder, T, "index.html", "extra.csv");

    publish(folder, T.plusSeconds(1), "index.html");

    assertFalse(Files.exists(dir.resolve("extra.csv"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
  }

  @Test
  void aFileInTheWayOfALinkIsRefused_beforeAnythingIsPublished() throws IOException {
    ReportFolder folder = ReportFolder.open(dir);
    String first = publish(folder, T, "index.html");
    Files.delete(dir.resolve("index.html"));
    Files.writeString(dir.resolve("index.html"), "someone's own page");
    String name = folder.newRunName(T.plusSeconds(1));
    Path staging = folder.createStaging(name);
    Files.writeString(staging.resolve("index.html"), "new");

    IOException e = assertThrows(IOException.class, () -> folder.publish(staging, name));

    assertTrue(e.getMessage().endsWith("index.html is in the way: kpikit report publishes a link there; move it away"), e.getMessage());
    assertEquals(List.of(first), folder.runNames());
    assertEquals(first, folder.currentRun());
  }

  @Test
  void rotationDeletesTheOldestRuns() throws IOException {
    ReportFolder folder = ReportFolder.open(dir);
    String oldest = publish(folder, T, "index.html");
    String middle = publish(folder, T.plusSeconds(1), "index.html");
    String latest = publish(folder, T.plusSeconds(2), "index.html");

    assertEquals(List.of(oldest, middle), folder.rotate(1));
    assertEquals(List.of(latest), folder.runNames());
  }

  @Test
  void rotationKeepsTheCurrentRun_evenWhenANewerUnpublishedRunExists() throws IOException {
    ReportFolder folder = ReportFolder.open(dir);
    String published = publish(folder, T, "index.html");
    String orphan = folder.newRunName(T.plusSeconds(1)); // moved into runs/, killed before the switch
    Files.createDirectories(dir.resolve("runs").resolve(orphan));

    assertEquals(List.of(orphan), folder.rotate(1));
    assertEquals(List.of(published), folder.runNames());
  }

  @Test
  void leftoversOfKilledRunsAreTemporaryEntries_theirRemovalLeavesTheReport() throws IOException {
    ReportFolder folder = ReportFolder.open(dir);
    publish(folder, T, "index.html");
    Files.createDirectories(folder.createStaging(folder.newRunName(T.plusSeconds(1))).resolve("metrics"));

    assertEquals(1, ReportFolder.open(dir).cleanLeftovers());
    assertEquals("index.html", Files.readString(dir.resolve("index.html")));
  }

  @Test
  void aFolderWithOtherFilesIsRefused() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");

    IOException e = assertThrows(IOException.class, () -> ReportFolder.open(dir));

    assertTrue(e.getMessage().contains("holds notes.txt, which kpikit report did not write"), e.getMessage());
  }

  @Test
  void keepingNoRunIsRejected() throws IOException {
    assertThrows(IllegalArgumentException.class, () -> ReportFolder.open(dir).rotate(0));
  }
}
