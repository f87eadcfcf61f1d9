package dev.kpikit.load.parquet;

import dev.kpikit.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetRecordReader_FailureTest {
  @TempDir Path folder;

  @Test
  void brotliFile_failsAtTheCodecLookup_beforeInflatingAnything() {
    String brotli = TestData.dataset("parquet-testing/" + "data/large_string_map.brotli.parquet").toString();

    DataException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> assertThrows(DataException.class, () -> ParquetRecordReader.open(brotli, null)));

    assertEquals(
        brotli
            + ", column 'arr': compression codec BROTLI is not available (supported: SNAPPY, GZIP,"
            + " ZSTD, LZ4_RAW, UNCOMPRESSED); rewrite the file with one of those",
        e.getMessage());
    assertTrue(rootCause(e) instanceof ClassNotFoundException, rootCause(e).toString());
  }

  @Test
  void encryptedColumn_failsNamingIt_whilePlainColumnsOfTheSameFileRead() throws IOException {
    String file =
        TestData.dataset("parquet-testing/" + "data/encrypt_columns_plaintext_footer.parquet.encrypted").toString();

    DataException e =
        assertThrows(
            DataException.class, () -> ParquetRecordReader.open(file, List.of("double_field")));

    assertTrue(e.getMessage().contains("column 'double_field' is encrypted"), e.getMessage());
    try (ParquetRecordReader reader = ParquetRecordReader.open(file, List.of("boolean_field"))) {
      long rows = 0;
      while (reader.next()) {
        rows++;
      }
      assertEquals(50, rows);
    }
  }

  @Test
  void corruptPageChecksum_failsAsCorrupt() {
    String file = TestData.dataset("parquet-testing/" + "data/datapage_v1-corrupt-checksum.parquet").toString();

    DataException e = assertThrows(DataException.class, () -> readAll(file));

    assertTrue(e.getMessage().contains("the file is corrupt or truncated"), e.getMessage());
    assertTrue(e.getMessage().contains("CRC checksum verification failed"), e.getMessage());
  }

  @Test
  void textFile_isNotParquet() throws IOException {
    Path file = Files.writeString(folder.resolve("orders.parquet"), "order_id,amount\n1,2.50\n");

    DataException e = assertThrows(DataException.class, () -> readAll(file.toString()));

    assertTrue(e.getMessage().startsWith(file + ": not a Parquet file"), e.getMessage());
  }

  @Test
  void fileCutInHalf_isTruncated() throws IOException {
    byte[] whole =
        Files.readAllBytes(Path.of(TestData.dataset("parquet-testing/" + "data/alltypes_plain.parquet").toString()));
    Path file = Files.write(folder.resolve("half.parquet"), Arrays.copyOf(whole, whole.length / 2));

    DataException e = assertThrows(DataException.class, () -> readAll(file.toString()));

    assertTrue(e.getMessage().startsWith(file + ": the Parquet file is truncated"), e.getMessage());
  }

  @Test
  void missingFile_isNamed() {
    String file = folder.resolve("nowhere.parquet").toString();

    DataException e = assertThrows(DataException.class, () -> readAll(file));

    assertEquals(file + ": file not found", e.getMessage());
  }

  @Test
  void uriWithoutItsFileSystemConnector_saysWhatToAdd() {
    String uri = "s3a://bucket/orders.parquet";

    DataException e = assertThrows(DataException.class, () -> ParquetRecordReader.columns(uri));

    assertTrue(
        e.getMessage().startsWith(uri + ": no file system for scheme 's3a'"), e.getMessage());
  }

  private static long readAll(String file) throws IOException {
    try (ParquetRecordReader reader = ParquetRecordReader.open(file, null)) {
      long rows = 0;
      while (reader.next()) {
        rows++;
      }
      return rows;
    }
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
