package dev.kpikit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.io.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SHA-256 of input files hashed in a child JVM, when this one has no optimising compiler. */
class ForkedDigestTest {
  @TempDir Path dir;

  @Test
  void aChildJvm_printsTheDigestOfEachFile_inOrder() throws Exception {
    byte[] random = new byte[300_001];
    new Random(7).nextBytes(random);
    Path big = Files.write(dir.resolve("orders.parquet"), random);
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    Path small = Files.writeString(dir.resolve("spend.csv"), "month,channel,spend\n2024-01,ads,10\n");

    List<String> digests = ForkedDigest.digest(ForkedDigest.JAVA, List.of(big, empty, small));

    assertEquals(List.of(hexOf(big), hexOf(empty), hexOf(small)), digests);
  }

  @Test
  void aFileTheChildCannotRead_failsTheWholeFork() {
    Path absent = dir.resolve("absent.csv");
    IOException e = assertThrows(IOException.class, () -> ForkedDigest.digest(ForkedDigest.JAVA, List.of(absent)));
    assertTrue(e.getMessage().contains("exit code 1"), e.getMessage());
  }

  @Test
  void forkingPays_withoutTheOptimisingCompiler_from32MiB() {
    assertTrue(ForkedDigest.pays(true, 32L << 20));
    assertFalse(ForkedDigest.pays(true, (32L << 20) - 1));
    assertFalse(ForkedDigest.pays(false, 1L << 40));
  }

  @Test
  void theQuickCompilerOnly_isReadFromTheJvmsOptions() {
    boolean stopsAtC1 = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(a -> a.matches("-XX:TieredStopAtLevel=[0-3]"));
    assertEquals(stopsAtC1, ForkedDigest.quickCompilerOnly());
  }

  private static String hexOf(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Sha256.hex(in);
    }
  }
}
