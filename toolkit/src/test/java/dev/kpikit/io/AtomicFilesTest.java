package dev.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writtenFilesAreReadableByOthersLikeNormalFiles() throws IOException {
    Path f = dir.resolve("sub/out.csv");
    AtomicFiles.writeString(f, "a\n");
    assertEquals("a\n", Files.readString(f));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
  }

  @Test
  void aFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path f = dir.resolve("out.csv");
    AtomicFiles.writeString(f, "old\n");
    assertThrows(
        IOException.class,
        () ->
            AtomicFiles.write(
                f,
                w -> {
                  w.write("half");
                  throw new IOException("disk full");
                }));
    assertEquals("old\n", Files.readString(f));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }
}
