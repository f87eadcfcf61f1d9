package dev.kpikit.load.parquet;

import dev.kpikit.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import dev.kpikit.testing.Allocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every Parquet file staged from apache/parquet-testing and DuckDB's timestamp files with all
 * columns, and checks it either yields the row count of the datasets README or fails with a
 * DataException of the expected kind, under a hard time limit (the test thread is abandoned, not
 * waited for) and a bound on the bytes it allocates. The 4 KB Brotli file whose map keys expand
 * past 2 GiB fails before anything is decompressed.
 */
class ParquetRecordReader_ConformanceTest {

  /** What reading all columns of a file must give. */
  private static final class Outcome {
    final long rows;
    final String failure;

    private Outcome(long rows, String failure) {
      this.rows = rows;
      this.failure = failure;
    }

    @Override
    public String toString() {
      return failure == null ? rows + " rows" : "fails: " + failure;
    }
  }

  private static Outcome rows(long rows) {
    return new Outcome(rows, null);
  }

  /** A missing codec (BROTLI; LZ4 with Hadoop framing needs lz4-java, not a dependency). */
  private static final Outcome CODEC = new Outcome(-1, "compression codec");
  /** A LIST, MAP, struct or repeated top-level column. */
  private static final Outcome NESTED = new Outcome(-1, "nested type");
  /** Corrupt pages, footer or dictionary, or a page failing its checksum. */
  private static final Outcome CORRUPT = new Outcome(-1, "corrupt");
  /** Modular encryption without keys. */
  private static final Outcome ENCRYPTED = new Outcome(-1, "encrypted");

  /** Row counts from the datasets README; failures where parquet-mr or kpikit's rules reject. */
  private static final Map<String, Outcome> EXPECTED =
      Map.ofEntries(
          Map.entry("parquet-testing/bad_data/ARROW-GH-41317.parquet", CORRUPT),
          Map.entry("parquet-testing/bad_data/ARROW-GH-41321.parquet", NESTED),
          Map.entry("parquet-testing/bad_data/ARROW-GH-43605.parquet", rows(21186)),
          Map.entry("parquet-testing/bad_data/ARROW-GH-45185.parquet", NESTED),
          Map.entry("parquet-testing/bad_data/ARROW-GH-47662.parquet", CORRUPT),
          Map.entry("parquet-testing/bad_data/ARROW-RS-GH-6229-DICTHEADER.parquet", CORRUPT),
          Map.entry("parquet-testing/bad_data/ARROW-RS-GH-6229-LEVELS.parquet", NESTED),
          Map.entry("parquet-testing/bad_data/PARQUET-1481.parquet", CORRUPT),
          Map.entry("parquet-testing/data/alltypes_dictionary.parquet", rows(2)),
          Map.entry("parquet-testing/data/alltypes_plain.parquet", rows(8)),
          Map.entry("parquet-testing/data/alltypes_plain.snappy.parquet", rows(2)),
          Map.entry("parquet-testing/data/alltypes_tiny_pages.parquet", rows(7300)),
          Map.entry("parquet-testing/data/alltypes_tiny_pages_plain.parquet", rows(7300)),
          Map.entry("parquet-testing/data/binary.parquet", rows(12)),
          Map.entry("parquet-testing/data/binary_truncated_min_max.parquet", rows(12)),
          Map.entry("parquet-testing/data/byte_array_decimal.parquet", rows(24)),
          Map.entry("parquet-testing/data/byte_stream_split.zstd.parquet", rows(300)),
          Map.entry("parquet-testing/data/byte_stream_split_extended.gzip.parquet", rows(200)),
          Map.entry("parquet-testing/data/column_chunk_key_value_metadata.parquet", rows(0)),
          Map.entry("parquet-testing/data/concatenated_gzip_members.parquet", rows(513)),
          Map.entry("parquet-testing/data/data_index_bloom_encoding_stats.parquet", rows(14)),
          Map.entry("parquet-testing/data/data_index_bloom_encoding_with_length.parquet", rows(14)),
          Map.entry("parquet-testing/data/datapage_v1-corrupt-checksum.parquet", CORRUPT),
          Map.entry(
              "parquet-testing/data/datapage_v1-snappy-compressed-checksum.parquet", rows(5120)),
          Map.entry("parquet-testing/data/datapage_v1-uncompressed-checksum.parquet", rows(5120)),
          Map.entry("parquet-testing/data/datapage_v2.snappy.parquet", NESTED),
          Map.entry("parquet-testing/data/datapage_v2_empty_datapage.snappy.parquet", rows(1)),
          Map.entry("parquet-testing/data/delta_binary_packed.parquet", rows(200)),
          Map.entry("parquet-testing/data/delta_byte_array.parquet", rows(1000)),
          Map.entry("parquet-testing/data/delta_encoding_optional_column.parquet", rows(100)),
          Map.entry("parquet-testing/data/delta_encoding_required_column.parquet", rows(100)),
          Map.entry("parquet-testing/data/delta_length_byte_array.parquet", rows(1000)),
          Map.entry("parquet-testing/data/dict-page-offset-zero.parquet", rows(39)),
          Map.entry(
              "parquet-testing/data/encrypt_columns_plaintext_footer.parquet.encrypted", ENCRYPTED),
          Map.entry("parquet-testing/data/fixed_length_byte_array.parquet", rows(1000)),
          Map.entry("parquet-testing/data/fixed_length_decimal.parquet", rows(24)),
          Map.entry("parquet-testing/data/fixed_length_decimal_legacy.parquet", rows(24)),
          Map.entry("parquet-testing/data/float16_nonzeros_and_nans.parquet", rows(8)),
          Map.entry("parquet-testing/data/float16_zeros_and_nans.parquet", rows(3)),
          Map.entry("parquet-testing/data/floating_orders_nan_count.parquet", rows(50)),
          Map.entry("parquet-testing/data/hadoop_lz4_compressed.parquet", CODEC),
          Map.entry("parquet-testing/data/hadoop_lz4_compressed_larger.parquet", CODEC),
          Map.entry("parquet-testing/data/incorrect_map_schema.parquet", NESTED),
          Map.entry("parquet-testing/data/int32_decimal.parquet", rows(24)),
          Map.entry("parquet-testing/data/int32_with_null_pages.parquet", rows(1000)),
          Map.entry("parquet-testing/data/int64_decimal.parquet", rows(24)),
          Map.entry("parquet-testing/data/int96_from_spark.parquet", rows(6)),
          Map.entry("parquet-testing/data/large_string_map.brotli.parquet", CODEC),
          Map.entry("parquet-testing/data/list_columns.parquet", NESTED),
          Map.entry("parquet-testing/data/lz4_raw_compressed.parquet", rows(4)),
          Map.entry("parquet-testing/data/lz4_raw_compressed_larger.parquet", rows(10000)),
          Map.entry("parquet-testing/data/map_no_value.parquet", NESTED),
          Map.entry("parquet-testing/data/nan_in_stats.parquet", rows(2)),
          Map.entry("parquet-testing/data/nation.dict-malformed.parquet", CORRUPT),
          Map.entry("parquet-testing/data/nested_lists.snappy.parquet", NESTED),
          Map.entry("parquet-testing/data/nested_maps.snappy.parquet", NESTED),
          Map.entry("parquet-testing/data/nested_structs.rust.parquet", NESTED),
          Map.entry("parquet-testing/data/non_hadoop_lz4_compressed.parquet", CODEC),
          Map.entry("parquet-testing/data/nonnullable.impala.parquet", NESTED),
          Map.entry("parquet-testing/data/null_list.parquet", NESTED),
          Map.entry("parquet-testing/data/nullable.impala.parquet", NESTED),
          Map.entry("parquet-testing/data/nulls.snappy.parquet", NESTED),
          Map.entry("parquet-testing/data/old_list_structure.parquet", NESTED),
          Map.entry("parquet-testing/data/overflow_i16_page_cnt.parquet", rows(40000)),
          Map.entry("parquet-testing/data/page_v2_empty_compressed.parquet", rows(10)),
          Map.entry("parquet-testing/data/plain-dict-uncompressed-checksum.parquet", rows(1000)),
          Map.entry("parquet-testing/data/repeated_no_annotation.parquet", NESTED),
          Map.entry("parquet-testing/data/repeated_primitive_no_list.parquet", NESTED),
          Map.entry("parquet-testing/data/rle-dict-snappy-checksum.parquet", rows(1000)),
          Map.entry("parquet-testing/data/rle-dict-uncompressed-corrupt-checksum.parquet", CORRUPT),
          Map.entry("parquet-testing/data/rle_boolean_encoding.parquet", rows(68)),
          Map.entry("parquet-testing/data/single_nan.parquet", rows(1)),
          Map.entry("parquet-testing/data/sort_columns.parquet", rows(6)),
          Map.entry("parquet-testing/data/uniform_encryption.parquet.encrypted", ENCRYPTED),
          Map.entry("parquet-testing/data/unknown-logical-type.parquet", CORRUPT),
          Map.entry("parquet-duckdb-timestamps/date.parquet", rows(36)),
          Map.entry("parquet-duckdb-timestamps/issue_5533_timestamp_ms_stats.parquet", rows(4)),
          Map.entry("parquet-duckdb-timestamps/timestamp-ms.parquet", rows(1)),
          Map.entry("parquet-duckdb-timestamps/timestamp.parquet", rows(1)));

  /** @return every Parquet file in the two folders, as paths relative to the datasets root */
  static Stream<String> parquetFiles() throws IOException {
    Path root = TestData.root();
    try (Stream<Path> files =
        Stream.concat(
            Files.walk(root.resolve("parquet-testing")),
            Files.walk(root.resolve("parquet-duckdb-timestamps")))) {
      List<String> names =
          files
              .filter(Files::isRegularFile)
              .filter(p -> p.getFileName().toString().contains(".parquet"))
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .sorted()
              .collect(Collectors.toList());
      return names.stream();
    }
  }

  @Test
  void everyStagedFileIsFound() throws IOException {
    assertEquals(EXPECTED.keySet(), parquetFiles().collect(Collectors.toSet()));
  }

  /** The most any staged file (at most 0.8 MB) may allocate to be read or rejected. */
  private static final long MAX_ALLOCATED_BYTES = 512L << 20;

  @ParameterizedTest(name = "{0}")
  @MethodSource("parquetFiles")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void readsAllRows_orFailsWithItsReason(String file) throws Exception {
    Outcome expected = EXPECTED.get(file);
    assertTrue(expected != null, file + " has no expected outcome: add it to EXPECTED");
    String path = TestData.root().resolve(file).toString();
    Allocation.Measured<Object> run = Allocation.of(() -> rowsOrFailure(path));
    if (expected.failure == null) {
      assertEquals(expected.rows, run.value());
    } else {
      DataException e = assertInstanceOf(DataException.class, run.value());
      assertTrue(e.getMessage().startsWith(path), e.getMessage());
      assertTrue(e.getMessage().contains(expected.failure), e.getMessage());
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
    assertTrue(run.bytes() < MAX_ALLOCATED_BYTES, file + " allocated " + (run.bytes() >> 20) + " MB");
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void theBrotliBomb_failsFast_withoutDecompressing() throws Exception {
    String path = TestData.dataset("parquet-testing/data/large_string_map.brotli.parquet").toString();

    Allocation.Measured<Object> run = Allocation.of(() -> rowsOrFailure(path));

    DataException e = assertInstanceOf(DataException.class, run.value());
    assertTrue(e.getMessage().contains("compression codec"), e.getMessage());
    assertTrue(run.bytes() < 64L << 20, "allocated " + (run.bytes() >> 20) + " MB");
  }

  /** The row count, or the DataException that stopped reading. */
  private static Object rowsOrFailure(String path) throws IOException {
    try {
      return countRows(path);
    } catch (DataException e) {
      return e;
    }
  }

  private static long countRows(String path) throws IOException {
    try (ParquetRecordReader reader = ParquetRecordReader.open(path, null)) {
      long rows = 0;
      while (reader.next()) {
        rows++;
        assertEquals(rows, reader.line());
      }
      return rows;
    }
  }
}
