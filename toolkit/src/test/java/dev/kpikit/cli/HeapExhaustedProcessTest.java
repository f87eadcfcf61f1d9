package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input too large for the heap: {@code kpikit validate} in a JVM limited to 64 MB ends with exit
 * 3 and one line saying how large the data is and how to raise the heap, not an OutOfMemoryError
 * trace.
 */
class HeapExhaustedProcessTest {
  private static final int ROWS = 600_000;

  @TempDir Path tmp;

  @Test
  void anInputTooLargeForTheHeap_endsWithOneLineSayingHowToRaiseIt() throws Exception {
    Path orders = tmp.resolve("orders.csv");
    writeOrdersWithUniqueText(orders);
    Path log = tmp.resolve("stderr.txt");

    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                KpikitCli.class.getName(),
                "validate",
                "--dataset",
                "orders",
                orders.toString())
            .redirectError(log.toFile())
            .redirectOutput(tmp.resolve("stdout.txt").toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "validate did not end within 2 minutes");

    List<String> stderr = Files.readAllLines(log);
    String expectedStart =
        "kpikit: out of memory: the Java heap (limit 64 MB) is too small for " + orders + " (";
    assertEquals(ExitCodes.INPUT, p.exitValue(), String.join("\n", stderr));
    assertEquals(1, stderr.size(), String.join("\n", stderr));
    assertTrue(stderr.get(0).startsWith(expectedStart), stderr.get(0));
    assertTrue(stderr.get(0).contains("; raise the heap, e.g. KPIKIT_JAVA_OPTS=-Xmx"), stderr.get(0));
  }

  /** Orders whose extra columns hold a different text in every row, so none can be shared. */
  private static void writeOrdersWithUniqueText(Path file) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      out.write("order_id,order_date,amount,note,reference\n");
      for (int i = 0; i < ROWS; i++) {
        out.write("O" + i + ",2024-01-31,12.50,note number " + i + " of the order,ref-" + (i * 7919L) + "\n");
      }
    }
  }
}
