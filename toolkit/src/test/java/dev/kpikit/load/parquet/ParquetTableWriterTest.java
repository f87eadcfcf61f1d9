package dev.kpikit.load.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DateTimeColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.FloatColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.ShortColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

class ParquetTableWriterTest {
  @TempDir Path folder;

  /** Three rows of every supported column type; row 2 (index 1) is missing in every column. */
  private static Table everyType() {
    return Table.create(
        "every type",
        StringColumn.create("Order ID", "A-1", null, "Ünïcødé €"),
        IntColumn.create("quantity", new int[] {3, 0, -7}).setMissing(1),
        ShortColumn.create("units", new short[] {1, 0, Short.MIN_VALUE}).setMissing(1),
        LongColumn.create("cents", new long[] {Long.MAX_VALUE, 0, -1}).setMissing(1),
        DoubleColumn.create("amount", 12.5, Double.NaN, -0.25),
        FloatColumn.create("ratio", new float[] {0.5f, 0f, Float.MAX_VALUE}).setMissing(1),
        BooleanColumn.create("paid", new boolean[] {true, false, false}).setMissing(1),
        DateColumn.create("order_date", LocalDate.of(2024, 2, 29), null, LocalDate.of(1969, 12, 31)),
        DateTimeColumn.create(
            "created",
            LocalDateTime.of(2024, 3, 31, 2, 30, 0, 123_456_000),
            null,
            LocalDateTime.of(1900, 1, 1, 0, 0)),
        InstantColumn.create(
            "paid_at", Instant.parse("2024-03-31T01:30:00.000001Z"), null, Instant.EPOCH),
        TimeColumn.create("slot", LocalTime.of(23, 59, 59, 999_999_000), null, LocalTime.MIDNIGHT));
  }

  @Test
  void everyTypeAndMissingValue_readsBackEqual() throws IOException {
    Table table = everyType();
    Path file = folder.resolve("every-type.parquet");

    ParquetTableWriter.write(table, file);

    List<Object[]> rows = readAll(file.toString());
    assertEquals(table.rowCount(), rows.size());
    for (int r = 0; r < table.rowCount(); r++) {
      assertArrayEquals(expectedRow(table, r), rows.get(r), "row " + (r + 1));
    }
  }

  @Test
  void missingValues_readBackAsNull() throws IOException {
    Path file = folder.resolve("missing.parquet");

    ParquetTableWriter.write(everyType(), file);

    Object[] secondRow = readAll(file.toString()).get(1);
    assertTrue(Arrays.stream(secondRow).allMatch(v -> v == null), Arrays.toString(secondRow));
  }

  @Test
  void header_isTheTableColumnNamesInOrder() throws IOException {
    Table table = everyType();
    Path file = folder.resolve("names.parquet");

    ParquetTableWriter.write(table, file);

    assertEquals(table.columnNames(), ParquetRecordReader.columns(file.toString()));
  }

  @Test
  void hadoopFileUri_readsTheSameRowsAsThePath() throws IOException {
    Path file = folder.resolve("via uri.parquet");
    ParquetTableWriter.write(everyType(), file);

    String uri = file.toUri().toString();

    assertTrue(uri.startsWith("file:///"), uri);
    List<Object[]> byUri = readAll(uri);
    List<Object[]> byPath = readAll(file.toString());
    assertEquals(byPath.size(), byUri.size());
    for (int r = 0; r < byPath.size(); r++) {
      assertArrayEquals(byPath.get(r), byUri.get(r));
    }
  }

  @Test
  void existingFile_isReplaced_andNoTemporaryFileRemains() throws IOException {
    Path file = folder.resolve("out.parquet");
    Files.writeString(file, "an older export");

    ParquetTableWriter.write(everyType(), file);

    assertEquals(3, readAll(file.toString()).size());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void tableWithoutColumns_isRejected_andLeavesNoFile() throws IOException {
    Table table = Table.create("empty");
    Path file = folder.resolve("never.parquet");

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ParquetTableWriter.write(table, file));

    assertTrue(e.getMessage().contains("no columns"), e.getMessage());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void tableWithoutRows_writesAReadableEmptyFile() throws IOException {
    Table table = everyType().emptyCopy();
    Path file = folder.resolve("empty.parquet");

    ParquetTableWriter.write(table, file);

    assertEquals(table.columnNames(), ParquetRecordReader.columns(file.toString()));
    assertEquals(0, readAll(file.toString()).size());
  }

  /** What the reader must return for row {@code r}: the table's values, shorts as ints. */
  private static Object[] expectedRow(Table table, int r) {
    Object[] expected = new Object[table.columnCount()];
    for (int c = 0; c < expected.length; c++) {
      Column<?> column = table.column(c);
      Object value = column.isMissing(r) ? null : column.get(r);
      expected[c] = value instanceof Short ? Integer.valueOf((Short) value) : value;
    }
    return expected;
  }

  private static List<Object[]> readAll(String pathOrUri) throws IOException {
    List<Object[]> rows = new ArrayList<>();
    try (ParquetRecordReader reader = ParquetRecordReader.open(pathOrUri, null)) {
      while (reader.next()) {
        Object[] row = new Object[reader.size()];
        for (int i = 0; i < row.length; i++) {
          row[i] = reader.value(i);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
