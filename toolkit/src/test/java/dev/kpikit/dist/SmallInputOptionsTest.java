package dev.kpikit.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's choice of JVM options by input size ({@code kpikit_size_opts} in {@code
 * libexec/kpikit-jvm.sh}): commands that read less than 256 MiB of data (Parquet and gzip counted
 * five times) run with the quick compiler only and the serial collector; larger inputs with the
 * serial collector and a young generation of 128 MB; other commands and a collector chosen in
 * {@code KPIKIT_JAVA_OPTS} keep the defaults. Input files are sparse, so their sizes cost no disk.
 */
class SmallInputOptionsTest {
  private static final Path SCRIPT = Path.of("src/main/dist/libexec/kpikit-jvm.sh");
  private static final String SMALL = "-XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=2000 -XX:+UseSerialGC -Xms171m -Xmn16m -XX:PretenureSizeThreshold=256k";
  private static final String SMALL_WITHOUT_INITIAL_HEAP = SMALL.replace(" -Xms171m -Xmn16m", "");
  private static final String LARGE = "-XX:+UseSerialGC -Xms256m -Xmn128m -XX:PretenureSizeThreshold=256k";
  private static final String LARGE_WITHOUT_HEAP_SIZES = "-XX:+UseSerialGC -XX:PretenureSizeThreshold=256k";
  private static final long MIB = 1024 * 1024;

  @TempDir Path tmp;

  @Test
  void metricsOnAFolderOfLessThan256MiBRunsWithTheSmallInputOptions() throws Exception {
    Path data = folder("data", "orders.csv", 255 * MIB);
    assertEquals(SMALL, chosen(Map.of(), "metrics", data.toString(), "--out", tmp.resolve("out").toString()));
  }

  @Test
  void aFolderOf256MiB_runsWithTheLargeInputOptions() throws Exception {
    Path data = folder("data", "orders.csv", 200 * MIB);
    sized(data.resolve("customers.csv"), 56 * MIB);
    assertEquals(LARGE, chosen(Map.of(), "report", data.toString(), "--out", tmp.resolve("out").toString()));
  }

  @Test
  void parquetAndGzipFilesCountFiveTimesTheirBytes() throws Exception {
    Path parquet = folder("pq", "orders.parquet", 52 * MIB); // 260 MiB as CSV
    Path gzip = folder("gz", "orders.csv.gz", 52 * MIB);
    Path smallParquet = folder("pq-small", "orders.parquet", 51 * MIB); // 255 MiB as CSV
    assertEquals(LARGE, chosen(Map.of(), "metrics", parquet.toString()));
    assertEquals(LARGE, chosen(Map.of(), "metrics", gzip.toString()));
    assertEquals(SMALL, chosen(Map.of(), "metrics", smallParquet.toString()));
  }

  @Test
  void aFileNamedAsAnArgumentIsCountedAsWellAsAFolder() throws Exception {
    Path big = sized(tmp.resolve("orders.csv"), 300 * MIB);
    Path small = sized(tmp.resolve("small.csv"), MIB);
    assertEquals(LARGE, chosen(Map.of(), "validate", "--dataset", "orders", big.toString()));
    assertEquals(SMALL, chosen(Map.of(), "validate", "--dataset", "orders", small.toString()));
  }

  @Test
  void theSparkEngine_keepsTheDefaults() throws Exception {
    Path data = folder("data", "orders.csv", 300 * MIB);
    assertEquals("", chosen(Map.of(), "metrics", data.toString(), "--engine", "spark"));
    assertEquals("", chosen(Map.of(), "report", "--engine=spark", data.toString()));
    assertEquals(LARGE, chosen(Map.of(), "metrics", data.toString(), "--engine", "local"));
  }

  @Test
  void theOutputFolderIsNotCounted() throws Exception {
    Path data = folder("data", "orders.csv", MIB);
    Path out = folder("out", "old-output.csv", 300 * MIB);
    assertEquals(SMALL, chosen(Map.of(), "metrics", data.toString(), "--out", out.toString()));
  }

  @Test
  void commandsThatReadNoDataFolderKeepTheDefaults() throws Exception {
    Path data = folder("data", "orders.csv", MIB);
    assertEquals("", chosen(Map.of(), "customers", data.toString(), "--out", tmp.resolve("o").toString()));
    assertEquals("", chosen(Map.of(), "sample", "--business", "northwind-coffee", "--out", data.toString()));
    assertEquals("", chosen(Map.of(), "--version"));
  }

  @Test
  void aCollectorChosenInKpikitJavaOpts_keepsTheDefaults_andKpikitSmallZeroTheLargeInputOptions() throws Exception {
    Path data = folder("data", "orders.csv", MIB);
    assertEquals("", chosen(Map.of("KPIKIT_JAVA_OPTS", "-Xmx2g -XX:+UseParallelGC"), "metrics", data.toString()));
    assertEquals("", chosen(Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseG1GC"), "metrics", data.toString()));
    assertEquals("", chosen(Map.of("JDK_JAVA_OPTIONS", "-XX:+UseParallelGC"), "metrics", data.toString()));
    assertEquals(LARGE, chosen(Map.of("KPIKIT_SMALL", "0"), "metrics", data.toString()));
    assertEquals(SMALL_WITHOUT_INITIAL_HEAP, chosen(Map.of("KPIKIT_JAVA_OPTS", "-Xmx2g"), "metrics", data.toString()));
  }

  @Test
  void aHeapSizeSetByTheUser_leavesTheGenerationSizesOut_andTheJvmStarts() throws Exception {
    Path small = folder("data", "orders.csv", MIB);
    Path large = folder("large", "orders.csv", 300 * MIB);
    for (Map<String, String> env :
        List.of(
            Map.of("KPIKIT_JAVA_OPTS", "-Xmx128m"),
            Map.of("JDK_JAVA_OPTIONS", "-Xmx100m"),
            Map.of("JAVA_TOOL_OPTIONS", "-XX:MaxHeapSize=100m"),
            Map.of("KPIKIT_JAVA_OPTS", "-Xms64m"))) {
      assertStarts(env, chosen(env, "metrics", small.toString()), SMALL_WITHOUT_INITIAL_HEAP);
      assertStarts(env, chosen(env, "metrics", large.toString()), LARGE_WITHOUT_HEAP_SIZES);
    }
  }

  /** The options are as expected, and a JVM given them and the user's starts without a warning. */
  private static void assertStarts(Map<String, String> env, String options, String expected) throws Exception {
    assertEquals(expected, options, env.toString());
    List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    java.addAll(List.of(options.split(" ")));
    java.addAll(List.of(env.values().iterator().next().split(" ")));
    java.add("-version");
    Process p = new ProcessBuilder(java).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), env + ": " + out);
    assertFalse(out.toLowerCase(Locale.ROOT).contains("warning"), env + ": " + out);
  }


  /** A folder under the temp folder holding one sparse file of the given size. */
  private Path folder(String name, String file, long bytes) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    sized(dir.resolve(file), bytes);
    return dir;
  }

  private static Path sized(Path file, long bytes) throws IOException {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
    return file;
  }

  /** The options kpikit_size_opts prints for these kpikit arguments, joined by spaces. */
  private String chosen(Map<String, String> env, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", "-c",
        ". \"$0\" && kpikit_size_opts \"$@\"", SCRIPT.toAbsolutePath().toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true);
    pb.environment().remove("KPIKIT_JAVA_OPTS");
    pb.environment().remove("KPIKIT_SMALL");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    return String.join(" ", out.strip().lines().toList());
  }
}
