package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.load.parquet.ParquetTableWriter;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class ParquetLoadTest {
  @TempDir Path dir;

  private static Table orders() {
    return Table.create(
        "orders",
        StringColumn.create("Order ID", "A1", "A2", "A3"),
        DateColumn.create("Order Date", LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
        DoubleColumn.create("Total", 12.5, -3.0, 100.25),
        StringColumn.create("Customer", "c1", null, "c2"),
        StringColumn.create("Region", "EU", "US", "EU"));
  }

  @Test
  void parquetAndCsvOfTheSameExportLoadToEqualTables() throws IOException {
    Path parquet = dir.resolve("orders.parquet");
    ParquetTableWriter.write(orders(), parquet);
    Path csv = dir.resolve("orders.csv");
    Files.writeString(
        csv,
        "Order ID,Order Date,Total,Customer,Region\n"
            + "A1,2024-01-31,12.5,c1,EU\nA2,2024-02-01,-3,,US\nA3,2024-02-29,100.25,c2,EU\n");
    LoadResult fromParquet = DatasetLoader.load(Dataset.ORDERS, List.of(parquet.toString()), LoadOptions.DEFAULT);
    LoadResult fromCsv = DatasetLoader.load(Dataset.ORDERS, List.of(csv.toString()), LoadOptions.DEFAULT);
    assertEquals(3, fromParquet.rowsLoaded());
    assertEquals(fromCsv.table().columnNames(), fromParquet.table().columnNames());
    assertEquals(fromCsv.table().print(), fromParquet.table().print());
    assertEquals(1L, fromParquet.files().get(0).missingValues().get("customer_id"));
  }

  @Test
  void parquetRowsAreNumberedFromOneInRejects() throws IOException {
    Table t = orders();
    t.doubleColumn("Total").setMissing(1);
    Path parquet = dir.resolve("orders.parquet");
    ParquetTableWriter.write(t, parquet);
    LoadResult r = DatasetLoader.load(Dataset.ORDERS, List.of(parquet.toString()), LoadOptions.DEFAULT);
    assertEquals(2, r.rowsLoaded());
    assertEquals(2, r.rejects().get(0).line());
    assertEquals("Total", r.rejects().get(0).column());
  }
}
