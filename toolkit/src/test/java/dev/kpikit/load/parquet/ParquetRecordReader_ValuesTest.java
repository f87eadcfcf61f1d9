package dev.kpikit.load.parquet;

import dev.kpikit.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sampled values of staged files, against what the datasets README documents or, for INT96 and
 * FLOAT16, against DuckDB reading the same file.
 */
class ParquetRecordReader_ValuesTest {

  @Test
  void int96Timestamps_ofAlltypesPlain_matchDuckDb() throws Exception {
    String file = TestData.dataset("parquet-testing/" + "data/alltypes_plain.parquet").toString();

    List<Object> ours = epochMicros(column(file, "timestamp_col"));

    assertEquals(duckDb("SELECT epoch_us(timestamp_col) FROM '" + file + "'"), ours);
  }

  @Test
  void int96Timestamps_fromSpark_matchDuckDb_andKeepTheNullAndTheFarBcValue() throws Exception {
    String file = TestData.dataset("parquet-testing/" + "data/int96_from_spark.parquet").toString();
    List<Object> values = column(file, "a");

    // DuckDB overflows on the sixth value, which lies outside the int64 microsecond range
    List<Object> inRange = epochMicros(values.subList(0, 5));
    assertEquals(duckDb("SELECT epoch_us(a) FROM '" + file + "' LIMIT 5"), inRange);
    assertEquals(Instant.parse("9999-12-31T03:00:00Z"), values.get(2));
    assertNull(values.get(4));
    assertTrue(((Instant) values.get(5)).isBefore(Instant.parse("0000-01-01T00:00:00Z")));
  }

  @Test
  void float16_matchesDuckDb_includingNanAndNegativeZero() throws Exception {
    String file = TestData.dataset("parquet-testing/" + "data/float16_nonzeros_and_nans.parquet").toString();

    List<Object> ours = new ArrayList<>();
    for (Object v : column(file, "x")) {
      ours.add(v == null ? null : ((Float) v).doubleValue());
    }

    assertEquals(duckDb("SELECT x::DOUBLE FROM '" + file + "'"), ours);
  }

  /** The README: DECIMAL values 1..24 with two decimals, on four physical types. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "data/int32_decimal.parquet",
        "data/int64_decimal.parquet",
        "data/fixed_length_decimal.parquet",
        "data/fixed_length_decimal_legacy.parquet",
        "data/byte_array_decimal.parquet"
      })
  void decimals_areOneToTwentyFour_withScaleTwo(String relative) throws IOException {
    List<Object> values = column(TestData.dataset("parquet-testing/" + relative).toString(), "value");

    List<Object> expected = new ArrayList<>();
    for (int i = 1; i <= 24; i++) {
      expected.add(BigDecimal.valueOf(i * 100L, 2));
    }
    assertEquals(expected, values);
  }

  @Test
  void timestampMillis_notAdjustedToUtc_isALocalDateTime() throws IOException {
    List<Object> values = column(TestData.dataset("parquet-duckdb-timestamps/" + "timestamp-ms.parquet").toString(), "Time");

    assertEquals(List.of(LocalDateTime.of(2020, 10, 5, 17, 21, 49)), values);
  }

  @Test
  void timestampMicros_notAdjustedToUtc_keepsItsMicroseconds() throws IOException {
    List<Object> values = column(TestData.dataset("parquet-duckdb-timestamps/" + "timestamp.parquet").toString(), "Time");

    assertEquals(List.of(LocalDateTime.of(2020, 10, 5, 17, 21, 49, 488_440_000)), values);
  }

  @Test
  void requiredTimestampMillis_withZstd_readsItsFourRows() throws IOException {
    List<Object> values =
        column(TestData.dataset("parquet-duckdb-timestamps/" + "issue_5533_timestamp_ms_stats.parquet").toString(), "timestamp");

    LocalDateTime first = LocalDateTime.of(2022, 11, 27, 17, 42, 43, 514_000_000);
    LocalDateTime second = LocalDateTime.of(2022, 11, 27, 17, 42, 44, 280_000_000);
    assertEquals(List.of(first, first, second, second), values);
  }

  @Test
  void dates_spanTheDocumentedRange_withNineNulls() throws IOException {
    List<Object> values = column(TestData.dataset("parquet-duckdb-timestamps/" + "date.parquet").toString(), "d");

    List<LocalDate> dates = new ArrayList<>();
    for (Object v : values) {
      if (v != null) {
        dates.add((LocalDate) v);
      }
    }
    assertEquals(36, values.size());
    assertEquals(27, dates.size());
    assertEquals(LocalDate.of(1970, 1, 1), dates.stream().min(LocalDate::compareTo).get());
    assertEquals(LocalDate.of(1997, 1, 1), dates.stream().max(LocalDate::compareTo).get());
  }

  @Test
  void uint64Column_givesLongs_oneTo513() throws IOException {
    List<Object> values =
        column(TestData.dataset("parquet-testing/" + "data/concatenated_gzip_members.parquet").toString(), "long_col");

    List<Object> expected = new ArrayList<>();
    for (long i = 1; i <= 513; i++) {
      expected.add(i);
    }
    assertEquals(expected, values);
  }

  @Test
  void unannotatedBinary_isDecodedAsUtf8Text() throws IOException {
    List<Object> values =
        column(TestData.dataset("parquet-testing/" + "data/alltypes_plain.parquet").toString(), "date_string_col");

    assertEquals("03/01/09", values.get(0));
  }

  private static List<Object> column(String file, String name) throws IOException {
    List<Object> values = new ArrayList<>();
    try (ParquetRecordReader reader = ParquetRecordReader.open(file, List.of(name))) {
      while (reader.next()) {
        values.add(reader.value(0));
      }
    }
    return values;
  }

  private static List<Object> epochMicros(List<Object> instants) {
    List<Object> micros = new ArrayList<>();
    for (Object v : instants) {
      Instant instant = (Instant) v;
      micros.add(
          v == null ? null : instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000);
    }
    return micros;
  }

  /** The first column of a DuckDB query, as Long or Double values (null kept). */
  private static List<Object> duckDb(String sql) throws SQLException {
    List<Object> values = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        Object value = rows.getObject(1);
        boolean integral = value instanceof Number && !(value instanceof Double);
        values.add(integral ? ((Number) value).longValue() : value);
      }
    }
    return values;
  }
}
