package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.csv.CsvLimits;
import dev.kpikit.schema.Dataset;
import dev.kpikit.testing.Allocation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to exhaust a loader: each is read in bounded time and with bounded memory (measured
 * as the bytes this thread allocates, {@code com.sun.management.ThreadMXBean}), and ends as a clear
 * reject or a one-line {@link DataException}.
 */
class DatasetLoader_HostileInputTest {
  private static final String HEADER = "order_id,order_date,amount\n";
  private static final long MB = 1L << 20;

  @TempDir Path tmp;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void a500MbField_isRejected_streamedNotHeld() throws Exception {
    long fieldBytes = 500 * MB;
    Path csv = tmp.resolve("orders.csv");
    Files.writeString(csv, HEADER + "1,2024-01-31,");
    // A sparse file: the field is 500 MB of NUL bytes (valid UTF-8) that take no disk space.
    try (RandomAccessFile file = new RandomAccessFile(csv.toFile(), "rw")) {
      file.setLength(file.length() + fieldBytes);
      file.seek(file.length());
      file.write("\n2,2024-02-01,7.50\n".getBytes(StandardCharsets.US_ASCII));
    }

    Allocation.Measured<LoadResult> run = Allocation.of(() -> load(csv));

    assertEquals(2, run.value().rowsRead());
    assertEquals(1, run.value().rowsLoaded());
    Reject reject = run.value().rejects().get(0);
    assertEquals(2, reject.line());
    assertEquals(
        String.format(
            "field 3 is longer than the limit of %,d characters", CsvLimits.DEFAULT_MAX_FIELD_CHARS),
        reject.reason());
    assertTrue(
        run.bytes() < fieldBytes / 4,
        "allocated " + run.bytes() / MB + " MB to read a 500 MB field");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aLineWithAMillionColumns_isRejected() throws Exception {
    Path csv = tmp.resolve("orders.csv");
    try (OutputStream out = Files.newOutputStream(csv)) {
      out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
      out.write("1,2024-01-31,5".getBytes(StandardCharsets.US_ASCII));
      out.write(",".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII));
      out.write("\n2,2024-02-01,7.50\n".getBytes(StandardCharsets.US_ASCII));
    }

    Allocation.Measured<LoadResult> run = Allocation.of(() -> load(csv));

    assertEquals(1, run.value().rowsLoaded());
    assertEquals(
        String.format("record has more than %,d fields", CsvLimits.DEFAULT.maxFields()),
        run.value().rejects().get(0).reason());
    assertTrue(run.bytes() < 64 * MB, "allocated " + run.bytes() / MB + " MB");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aFileOfOnlyQuotes_isAClearDataError() throws IOException {
    String message = loadingQuotes(10_000_001);

    assertEquals(
        tmp.resolve("orders.csv") + ": line 1: header: unterminated quoted field starting at line 1",
        message);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aFileOfOnlyQuotePairs_isAClearDataError_whoseMessageDoesNotQuoteTheHugeHeader()
      throws IOException {
    String message = loadingQuotes(10_000_000);

    // One header name of 4,999,999 quotes: the message once quoted it whole (5 MB on one line).
    String shown = "\"".repeat(60) + "... (4,999,999 chars)";
    assertTrue(message.startsWith(tmp.resolve("orders.csv") + ": missing required column"), message);
    assertTrue(message.contains("; found [" + shown + "] (map them"), message);
  }

  /** The message of loading a file of {@code count} quote characters, which must fail. */
  private String loadingQuotes(int count) throws IOException {
    Path csv = tmp.resolve("orders.csv");
    Files.writeString(csv, "\"".repeat(count));
    return assertThrows(DataException.class, () -> load(csv)).getMessage();
  }

  private static LoadResult load(Path csv) {
    return DatasetLoader.load(Dataset.ORDERS, List.of(csv.toString()), LoadOptions.DEFAULT);
  }
}
