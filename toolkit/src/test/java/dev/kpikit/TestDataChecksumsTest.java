package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's copy of the real datasets is byte-exact: every file listed in {@code
 * testdata/SHA256SUMS} has that digest (as {@code sha256sum -c} would check), and every data file
 * in the folder is listed, so a file added without its sum, or changed by a line-ending conversion,
 * fails here.
 */
class TestDataChecksumsTest {
  private static final Set<String> UNLISTED = Set.of("README.md", "SHA256SUMS", ".gitattributes");

  @Test
  void everyListedFileHasItsRecordedDigest() throws Exception {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (String line : Files.readAllLines(TestData.root().resolve("SHA256SUMS"))) {
      if (line.isBlank()) {
        continue;
      }
      String expected = line.substring(0, 64);
      String name = line.substring(66);
      String actual = sha256(TestData.dataset(name));
      if (!expected.equals(actual)) {
        wrong.add(name + ": expected " + expected + ", found " + actual);
      }
      checked++;
    }
    assertEquals(List.of(), wrong);
    assertTrue(checked > 400, "SHA256SUMS lists " + checked + " files");
  }

  @Test
  void everyFileInTheFolderIsListed() throws IOException {
    Set<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(TestData.root().resolve("SHA256SUMS"))) {
      if (!line.isBlank()) {
        listed.add(line.substring(66));
      }
    }
    Path root = TestData.root().toAbsolutePath().normalize();
    Set<String> present = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(name -> !UNLISTED.contains(name))
          .forEach(present::add);
    }
    present.removeAll(listed);
    assertEquals(Set.of(), present, "files in testdata/ without a line in SHA256SUMS");
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
