package dev.kpikit.load;

import dev.kpikit.TestData;
import dev.kpikit.config.DataFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.parquet.ParquetRowGroups;
import dev.kpikit.load.parquet.ParquetTableWriter;
import dev.kpikit.sample.SampleBusiness;
import dev.kpikit.sample.SampleOptions;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.LocalInputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tech.tablesaw.api.Table;

/**
 * The columnar Parquet load gives what reading the same file row by row with the record reader
 * gives: the same table, the same ledger and the same rejects with the same row numbers, for typed
 * and for text columns, dictionary and plain pages, over several row groups.
 */
class ParquetColumnarLoadTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @EnumSource(SampleBusiness.class)
  void everySampleBusiness_typedAndAsText_loadsAsRowByRow(SampleBusiness business)
      throws IOException, SQLException {
    Path csvDir = dir.resolve("csv");
    business.write(csvDir, SampleOptions.DEFAULT.withOrderRows(6_000));
    DataFolder folder = DataFolder.open(csvDir);
    for (Dataset d : folder.inputs().keySet()) {
      LoadOptions options = folder.config().dataset(d).toLoadOptions(folder.config().timezone());
      Path csv = Path.of(folder.inputs().get(d).get(0));
      Path text = dir.resolve(d.fileStem() + "-text.parquet");
      duckDb(
          "COPY (SELECT * FROM read_csv('" + csv + "', all_varchar = true, header = true,"
              + " strict_mode = false, null_padding = true)) TO '" + text
              + "' (FORMAT parquet, ROW_GROUP_SIZE 2048)");
      assertSameLoad(d, text, options);

      Path typed = dir.resolve(d.fileStem() + "-typed.parquet");
      ParquetTableWriter.write(folder.load(d).table(), typed);
      assertSameLoad(d, typed, options.toBuilder().dateFormat(null).build());
    }
  }

  @Test
  void nullsInRequiredColumns_andBadAmounts_areRejectedAtTheirRowsInEveryRowGroup()
      throws IOException, SQLException {
    StringBuilder csv = new StringBuilder("order_id,order_date,customer_id,amount,cost,region\n");
    for (int row = 1; row <= 10_000; row++) {
      String id = row == 2_500 ? "" : "O" + (row + 1) / 2; // an order's two lines share its id
      String amount = row == 7_001 ? "12.5O" : (row % 97) + ".25";
      String cost = row % 1_000 == 0 ? "n/a" : "1.5";
      String region = row % 3 == 0 ? "" : row % 3 == 1 ? "north" : " south ";
      csv.append(id).append(",2024-03-").append(10 + row % 19).append(",C").append(row % 311)
          .append(',').append(amount).append(',').append(cost).append(',').append(region).append('\n');
    }
    Path source = dir.resolve("orders.csv");
    Files.writeString(source, csv);
    Path parquet = dir.resolve("orders.parquet");
    duckDb(
        "COPY (SELECT * FROM read_csv('" + source + "', all_varchar = true, header = true,"
            + " delim = ','))"
            + " TO '" + parquet + "' (FORMAT parquet, ROW_GROUP_SIZE 2048)");
    try (ParquetRowGroups groups = ParquetRowGroups.open(parquet.toString(), null)) {
      assertTrue(groups.count() >= 4, groups.count() + " row groups");
    }

    LoadResult loaded = assertSameLoad(Dataset.ORDERS, parquet, LoadOptions.DEFAULT);

    assertEquals(List.of(2_500L, 7_001L), loaded.rejects().stream().map(Reject::line).toList());
    assertEquals("order_id", loaded.rejects().get(0).column());
    assertEquals("amount", loaded.rejects().get(1).column());
    assertEquals(Map.of("cost", 10L), loaded.files().get(0).unparseableValues());
    assertEquals(" south ".strip(), loaded.table().stringColumn("region").get(1));
  }

  @Test
  void typedSlicesLoadedColumnByColumn_countBlankTextAndNulls_andLeaveBadSlicesToTheRules()
      throws IOException, SQLException {
    // Typed columns, one row group: a slice of 4,096 rows is loaded column by column unless a row
    // of it may be rejected (a null amount) or a value needs the parser (an infinite cost).
    int rows = 20_000;
    Path parquet = dir.resolve("typed.parquet");
    duckDb(
        "COPY (SELECT 'O' || (i + 1) // 2 AS order_id, DATE '2024-01-01' + (i % 300)::INTEGER AS order_date,"
            + " 'C' || i % 211 AS customer_id,"
            + " CASE WHEN i = 9000 THEN NULL ELSE (i % 97) + 0.25 END::DOUBLE AS amount,"
            + " CASE WHEN i = 13000 THEN 'inf'::DOUBLE WHEN i % 7 = 0 THEN NULL ELSE 1.5 END AS cost,"
            + " CASE WHEN i % 5 = 0 THEN '   ' WHEN i % 5 = 1 THEN NULL ELSE ' north ' END AS region"
            + " FROM range(1, " + (rows + 1) + ") t(i))"
            + " TO '" + parquet + "' (FORMAT parquet, ROW_GROUP_SIZE 100000)");

    LoadResult loaded = assertSameLoad(Dataset.ORDERS, parquet, LoadOptions.DEFAULT);

    assertEquals(List.of(9_000L), loaded.rejects().stream().map(Reject::line).toList());
    assertEquals("amount", loaded.rejects().get(0).column());
    long blankRegions = rows / 5 + rows / 5 - (9_000 % 5 <= 1 ? 1 : 0); // '   ' and NULL, kept rows
    long nullCosts = rows / 7 - (9_000 % 7 == 0 ? 1 : 0);
    assertEquals(blankRegions, loaded.files().get(0).missingValues().get("region"));
    assertEquals(Map.of("cost", 1L), loaded.files().get(0).unparseableValues(), "the infinite cost");
    assertEquals(nullCosts + 1, loaded.files().get(0).missingValues().get("cost"));
    assertEquals("north", loaded.table().stringColumn("region").get(1));
    assertEquals(rows - 1, loaded.rowsLoaded());
  }

  @Test
  void rowGroupsLoadedInManyRuns_loadAsRowByRow_withRejectsInTheirLaterRuns()
      throws IOException, SQLException {
    int rows = 30_000;
    StringBuilder csv = new StringBuilder("order_id,order_date,customer_id,amount\n");
    for (int row = 1; row <= rows; row++) {
      String id = row == 9_000 || row == 29_999 ? "" : "O" + row;
      String amount = row == 21_000 ? "x" : (row % 89) + ".5";
      csv.append(id).append(",2024-05-").append(10 + row % 17).append(",C").append(row % 503)
          .append(',').append(amount).append('\n');
    }
    Path source = dir.resolve("runs.csv");
    Files.writeString(source, csv);
    // One row group (its runs appended while a thread of the pool decodes it) and row groups of
    // 10,240 rows (decoded in parallel).
    for (int groupRows : new int[] {100_000, 10_240}) {
      Path parquet = dir.resolve("runs-" + groupRows + ".parquet");
      duckDb(
          "COPY (SELECT * FROM read_csv('" + source + "', all_varchar = true, header = true))"
              + " TO '" + parquet + "' (FORMAT parquet, ROW_GROUP_SIZE " + groupRows + ")");
      try (ParquetRowGroups groups = ParquetRowGroups.open(parquet.toString(), null)) {
        assertEquals(rows / Math.min(rows, groupRows) + (groupRows < rows ? 1 : 0), groups.count());
      }
      List<String> files = List.of(parquet.toString());
      LoadResult rowByRow =
          DatasetLoader.load(Dataset.ORDERS, files, LoadOptions.DEFAULT, 1 << 20, 0);
      // Runs of one decoded slice (4,096 rows): a row group of 10,240 rows is three runs.
      LoadResult inRuns =
          DatasetLoader.load(Dataset.ORDERS, files, LoadOptions.DEFAULT, 1 << 20, 1);

      assertTablesEqual(rowByRow.table(), inRuns.table());
      assertEquals(rowByRow.files(), inRuns.files(), parquet + ": ledger");
      assertEquals(rowByRow.rejects(), inRuns.rejects(), parquet + ": rejects");
      assertEquals(
          List.of(9_000L, 21_000L, 29_999L), inRuns.rejects().stream().map(Reject::line).toList());
      assertEquals(rows - 3, inRuns.rowsLoaded());
      assertEquals("O1", inRuns.table().stringColumn("order_id").get(0));
      assertEquals("O" + rows, inRuns.table().stringColumn("order_id").get(rows - 4));
    }
  }

  @Test
  void aTextColumnWhoseDictionaryFillsMidChunk_loadsAsRowByRow_inRunsOfOneSlice()
      throws IOException {
    // One row group of 20,000 orders. customer_id: 40 padded ids for the first 8,000 rows, then a
    // new id per row, which fills the writer's 4 kB dictionary: the chunk goes on in plain pages,
    // where the early ids come back every 97th row. Runs of 4,096 rows: runs of dictionary entries
    // only, one of entries then plain values, runs of plain values.
    Path mixed = dir.resolve("dictionary-then-plain.parquet");
    MessageType schema =
        MessageTypeParser.parseMessageType(
            "message orders { required binary order_id (STRING); required binary order_date (STRING);"
                + " required binary customer_id (STRING); required binary amount (STRING); }");
    int rows = 20_000;
    try (ParquetWriter<Group> writer =
        ExampleParquetWriter.builder(new LocalOutputFile(mixed))
            .withType(schema)
            .withDictionaryPageSize(4 * 1024)
            .withPageRowCountLimit(1_000)
            .build()) {
      SimpleGroupFactory factory = new SimpleGroupFactory(schema);
      for (int row = 1; row <= rows; row++) {
        String customer =
            row <= 8_000 || row % 97 == 0 ? " C" + (row % 40) + " " : "N" + row;
        writer.write(factory.newGroup().append("order_id", "O" + row)
            .append("order_date", "2024-05-" + (10 + row % 17)).append("customer_id", customer)
            .append("amount", (row % 89) + ".5"));
      }
    }
    try (ParquetFileReader footer = ParquetFileReader.open(new LocalInputFile(mixed))) {
      assertEquals(1, footer.getRowGroups().size());
      ColumnChunkMetaData customers = footer.getRowGroups().get(0).getColumns().get(2);
      assertTrue(customers.getEncodings().contains(org.apache.parquet.column.Encoding.PLAIN)
              && customers.hasDictionaryPage(),
          "dictionary pages, then plain ones: " + customers.getEncodings());
    }
    List<String> files = List.of(mixed.toString());

    LoadResult rowByRow = DatasetLoader.load(Dataset.ORDERS, files, LoadOptions.DEFAULT, 1 << 20, 0);
    LoadResult inRuns = DatasetLoader.load(Dataset.ORDERS, files, LoadOptions.DEFAULT, 1 << 20, 1);

    assertTablesEqual(rowByRow.table(), inRuns.table());
    assertEquals(rows, inRuns.rowsLoaded());
    assertEquals("C1", inRuns.table().stringColumn("customer_id").get(0));
    assertEquals("C" + (9_991 % 40), inRuns.table().stringColumn("customer_id").get(9_990));
    assertEquals("N" + rows, inRuns.table().stringColumn("customer_id").get(rows - 1));
    assertEquals(40 + (rows - 8_000) - (rows / 97 - 8_000 / 97),
        inRuns.table().stringColumn("customer_id").countUnique());
  }

  @Test
  void aCorruptPageAfterRunsWereAppended_failsAsTheRowReaderDoes() throws IOException {
    // 10,000 employees in one row group, plain pages of 1,000 rows. The length of the last
    // employee_id ("E10000", the chunk's last 6 bytes after its 4-byte little-endian length) made
    // 1.5 GB: row 10,000 cannot be decoded, after two runs of 4,096 rows were appended.
    Path corrupt = dir.resolve("corrupt-last-page.parquet");
    MessageType schema =
        MessageTypeParser.parseMessageType(
            "message employees { required binary employee_id (STRING);"
                + " required binary attrition (STRING); }");
    try (ParquetWriter<Group> writer =
        ExampleParquetWriter.builder(new LocalOutputFile(corrupt))
            .withType(schema)
            .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
            .withDictionaryEncoding(false)
            .withPageRowCountLimit(1_000)
            .withPageWriteChecksumEnabled(false)
            .build()) {
      SimpleGroupFactory rows = new SimpleGroupFactory(schema);
      for (int i = 1; i <= 10_000; i++) {
        String attrition = i % 7 == 0 ? "yes" : "no";
        writer.write(rows.newGroup().append("employee_id", "E" + i).append("attrition", attrition));
      }
    }
    long lengthHighByte;
    try (ParquetFileReader footer = ParquetFileReader.open(new LocalInputFile(corrupt))) {
      ColumnChunkMetaData ids = footer.getRowGroups().get(0).getColumns().get(0);
      lengthHighByte = ids.getStartingPos() + ids.getTotalSize() - "E10000".length() - 1;
    }
    byte[] bytes = Files.readAllBytes(corrupt);
    bytes[(int) lengthHighByte] = 0x5A;
    Files.write(corrupt, bytes);
    List<String> files = List.of(corrupt.toString());

    DataException rowByRow =
        assertThrows(
            DataException.class,
            () -> DatasetLoader.load(Dataset.EMPLOYEES, files, LoadOptions.DEFAULT, 1 << 20, 0));
    DataException inRuns =
        assertThrows(
            DataException.class,
            () -> DatasetLoader.load(Dataset.EMPLOYEES, files, LoadOptions.DEFAULT, 1 << 20, 1));

    assertEquals(rowByRow.getMessage(), inRuns.getMessage());
    assertTrue(
        inRuns.getMessage().contains("column 'employee_id', row 10000:"), inRuns.getMessage());
  }

  @Test
  void aPresetThatFillsDown_readsRowByRow_andLoadsTheSame() throws IOException, SQLException {
    Path source = dir.resolve("orders_export.csv");
    Files.writeString(
        source,
        "Name,Created at,Email,Lineitem price,Lineitem quantity,Total,Refunded Amount\n"
            + "#1001,2024-01-02 10:00:00 -0500,a@x.com,10.00,1,15.00,0\n"
            + "#1001,,,5.00,1,,\n"
            + "#1002,2024-01-03 11:00:00 -0500,b@x.com,7.50,2,15.00,0\n");
    Path parquet = dir.resolve("orders_export.parquet");
    duckDb(
        "COPY (SELECT * FROM read_csv('" + source + "', all_varchar = true, header = true))"
            + " TO '" + parquet + "' (FORMAT parquet)");
    LoadOptions shopify = LoadOptions.DEFAULT.toBuilder().preset("shopify-orders").build();

    LoadResult loaded = assertSameLoad(Dataset.ORDERS, parquet, shopify);

    assertEquals(3, loaded.rowsLoaded());
  }

  /** Loads a file both ways, asserts the results are equal, and returns the columnar one. */
  private static LoadResult assertSameLoad(Dataset d, Path file, LoadOptions options) {
    List<String> files = List.of(file.toString());
    LoadResult columnar = DatasetLoader.load(d, files, options, 1 << 20, true);
    LoadResult rowByRow = DatasetLoader.load(d, files, options, 1 << 20, false);
    assertTablesEqual(rowByRow.table(), columnar.table());
    assertEquals(rowByRow.files(), columnar.files(), file + ": ledger");
    assertEquals(rowByRow.rejects(), columnar.rejects(), file + ": rejects");
    return columnar;
  }

  private static void assertTablesEqual(Table expected, Table actual) {
    assertEquals(expected.columnNames(), actual.columnNames());
    assertEquals(expected.rowCount(), actual.rowCount());
    for (int c = 0; c < expected.columnCount(); c++) {
      String name = expected.column(c).name();
      assertEquals(expected.column(c).type(), actual.column(c).type(), name);
      assertEquals(expected.column(c).asList(), actual.column(c).asList(), name);
    }
  }

  private static void duckDb(String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
  }
}
