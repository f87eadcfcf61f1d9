package dev.kpikit.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDigestTest {
  @TempDir Path dir;

  private static String sha256Of(String content) throws NoSuchAlgorithmException {
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }

  @Test
  void theDigest_isTheSha256OfTheFilesBytes() throws Exception {
    Path f = Files.writeString(dir.resolve("orders.csv"), "order_id\n1\n");
    assertEquals(sha256Of("order_id\n1\n"), InputDigest.sha256(f));
  }

  @Test
  void aPrefetchedDigest_isTheSameAsOneComputedOnRequest() throws Exception {
    Path f = Files.writeString(dir.resolve("orders.csv"), "order_id\n1\n2\n");
    InputDigest.prefetch(List.of(f.toString()));
    assertEquals(sha256Of("order_id\n1\n2\n"), InputDigest.sha256(f));
  }

  @Test
  void aFileChangedAfterItsDigestStarted_isReadAgain() throws Exception {
    Path f = Files.writeString(dir.resolve("orders.csv"), "order_id\n1\n");
    InputDigest.prefetch(List.of(f.toUri().toString()));
    Files.writeString(f, "order_id\n1\n2\n3\n");
    Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 5_000));
    assertEquals(sha256Of("order_id\n1\n2\n3\n"), InputDigest.sha256(f));
  }

  @Test
  void digestsPrefetchedInAChildJvm_areTheSha256OfTheFilesBytes() throws Exception {
    Path orders = Files.writeString(dir.resolve("orders.csv"), "order_id\n1\n2\n3\n");
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    InputDigest.prefetch(List.of(orders.toString(), empty.toString()), ForkedDigest.JAVA);
    assertEquals(sha256Of("order_id\n1\n2\n3\n"), InputDigest.sha256(orders));
    assertEquals(sha256Of(""), InputDigest.sha256(empty));
  }

  @Test
  void aChildJvmThatCannotStart_leavesTheDigestToThisJvm() throws Exception {
    Path f = Files.writeString(dir.resolve("orders.csv"), "order_id\n7\n");
    InputDigest.prefetch(List.of(f.toString()), dir.resolve("no-such-java"));
    assertEquals(sha256Of("order_id\n7\n"), InputDigest.sha256(f));
  }

  @Test
  void inputsThatAreNotLocalFiles_areLeftOutOfThePrefetch() throws IOException {
    assertDoesNotThrow(() -> InputDigest.prefetch(
        List.of("hdfs://namenode/data/orders.parquet", dir.resolve("absent.csv").toString(), dir.toString())));
  }
}
