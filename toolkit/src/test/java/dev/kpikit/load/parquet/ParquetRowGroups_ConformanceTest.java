package dev.kpikit.load.parquet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.load.DataException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every staged Parquet file (apache/parquet-testing and DuckDB's timestamp files) decoded by row
 * groups gives, for its flat columns, row by row what {@link ParquetRecordReader} gives: the same
 * values (of the same Java types), blanks, row errors and row count; a file it cannot decode fails
 * with the same message once read row by row from the row group that could not be decoded.
 */
class ParquetRowGroups_ConformanceTest {
  static java.util.stream.Stream<String> parquetFiles() throws IOException {
    return ParquetRecordReader_ConformanceTest.parquetFiles();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parquetFiles")
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void decodesTheRowReadersValues_orFailsWithItsMessage(String file) throws IOException {
    String path = dev.kpikit.TestData.root().resolve(file).toString();
    assertEquals(rowByRow(path), byRowGroups(path), file);
  }

  /** Each row as its values, blanks and error; or the failure's message as the last element. */
  private static List<String> rowByRow(String path) throws IOException {
    List<String> rows = new ArrayList<>();
    try (ParquetRecordReader reader = ParquetRecordReader.open(path, flatColumns(path))) {
      readRest(reader, rows);
    } catch (DataException e) {
      rows.add("failure: " + e.getMessage());
    }
    return rows;
  }

  private static List<String> byRowGroups(String path) throws IOException {
    List<String> rows = new ArrayList<>();
    try (ParquetRowGroups groups = ParquetRowGroups.open(path, flatColumns(path));
        ParquetRowGroups.Cursor cursor = groups.newCursor(100)) {
      for (int g = 0; g < groups.count(); g++) {
        try {
          cursor.open(g);
          for (int n; (n = cursor.decode()) > 0; ) {
            for (int r = 0; r < n; r++) {
              rows.add((rows.size() + 1) + ":" + row(cursor, r));
            }
          }
        } catch (ParquetRowGroups.Undecodable e) {
          rows.subList((int) groups.firstRow(g), rows.size()).clear();
          try (ParquetRecordReader rest = groups.rowReaderFrom(g)) {
            readRest(rest, rows);
          }
          return rows;
        }
      }
    } catch (DataException e) {
      rows.add("failure: " + e.getMessage());
    }
    return rows;
  }

  private static List<String> flatColumns(String path) {
    try {
      return ParquetRecordReader.flatColumns(path);
    } catch (DataException e) {
      return null; // the open that follows fails the same way
    }
  }

  private static void readRest(ParquetRecordReader reader, List<String> rows) {
    try {
      while (reader.next()) {
        StringBuilder row = new StringBuilder(reader.line() + ":");
        for (int i = 0; i < reader.size(); i++) {
          row.append(describe(reader.value(i)));
        }
        rows.add(row.append(" error=").append(reader.error()).toString());
      }
    } catch (DataException e) {
      rows.add("failure: " + e.getMessage());
    }
  }

  private static String row(ParquetRowGroups.Cursor cursor, int r) {
    StringBuilder row = new StringBuilder();
    String error = null;
    for (int i = 0; i < cursor.size(); i++) {
      ParquetVector v = cursor.vector(i);
      Object value = v.value(r);
      assertEquals(value == null || value instanceof String s && s.isBlank(), v.isBlank(r));
      row.append(describe(value));
      error = v.errorAt(r) != null ? v.errorAt(r) : error;
    }
    return row.append(" error=").append(error).toString();
  }

  private static String describe(Object value) {
    return value == null ? " null" : " " + value.getClass().getSimpleName() + ":" + value;
  }
}
