package dev.kpikit.load.parquet;

import dev.kpikit.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParquetRecordReader_ProjectionTest {
  private static final String ALLTYPES = TestData.dataset("parquet-testing/" + "data/alltypes_plain.parquet").toString();
  /** Columns a (string), b (int32), c (double), d (boolean) and e (list of int32). */
  private static final String WITH_LIST =
      TestData.dataset("parquet-testing/" + "data/datapage_v2.snappy.parquet").toString();

  @Test
  void oneOfManyColumns_returnsOnlyThatColumn() throws IOException {
    List<Object> allColumnsRead = columnValues(ALLTYPES, null, "string_col");

    try (ParquetRecordReader reader = ParquetRecordReader.open(ALLTYPES, List.of("string_col"))) {
      assertEquals(List.of("string_col"), reader.header());
      List<Object> projected = new ArrayList<>();
      while (reader.next()) {
        assertEquals(1, reader.size());
        projected.add(reader.value(0));
      }
      assertEquals(allColumnsRead, projected);
    }
  }

  @Test
  void header_listsProjectedColumnsInFileOrder() throws IOException {
    try (ParquetRecordReader reader =
        ParquetRecordReader.open(ALLTYPES, List.of("string_col", "id", "string_col"))) {
      assertEquals(List.of("id", "string_col"), reader.header());
    }
  }

  @Test
  void emptyProjection_readsEveryColumn() throws IOException {
    try (ParquetRecordReader reader = ParquetRecordReader.open(ALLTYPES, List.of())) {
      assertEquals(ParquetRecordReader.columns(ALLTYPES), reader.header());
    }
  }

  @Test
  void columns_listsNestedColumnsToo() {
    assertEquals(List.of("a", "b", "c", "d", "e"), ParquetRecordReader.columns(WITH_LIST));
  }

  @Test
  void flatColumns_leaveOutNestedColumns() {
    assertEquals(List.of("a", "b", "c", "d"), ParquetRecordReader.flatColumns(WITH_LIST));
  }

  @Test
  void flatColumnsOfAFileWithAList_areRead() throws IOException {
    List<Object> b = columnValues(WITH_LIST, List.of("a", "b", "c", "d"), "b");

    assertEquals(List.of(1, 2, 3, 4, 5), b);
  }

  @Test
  void requestingAListColumn_failsNamingIt() {
    DataException e =
        assertThrows(DataException.class, () -> ParquetRecordReader.open(WITH_LIST, List.of("e")));

    assertTrue(e.getMessage().contains("column 'e' is a LIST, a nested type"), e.getMessage());
  }

  @Test
  void unknownColumn_failsListingTheFileColumns() {
    DataException e =
        assertThrows(
            DataException.class, () -> ParquetRecordReader.open(WITH_LIST, List.of("b", "total")));

    assertEquals(WITH_LIST + ": no column 'total'; the file has [a, b, c, d, e]", e.getMessage());
  }

  private static List<Object> columnValues(String file, List<String> projection, String column)
      throws IOException {
    List<Object> values = new ArrayList<>();
    try (ParquetRecordReader reader = ParquetRecordReader.open(file, projection)) {
      int index = reader.header().indexOf(column);
      while (reader.next()) {
        values.add(reader.value(index));
      }
    }
    return values;
  }
}
