package dev.kpikit.load;

import dev.kpikit.config.DataFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
