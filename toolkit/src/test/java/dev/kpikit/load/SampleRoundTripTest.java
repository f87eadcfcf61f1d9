package dev.kpikit.load;

import dev.kpikit.config.DataFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.load.parquet.ParquetTableWriter;
import dev.kpikit.sample.SampleOptions;
import dev.kpikit.sample.Samples;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** A generated business written as CSV and as Parquet loads to equal tables. */
class SampleRoundTripTest {
  @TempDir Path dir;

  @Test
  void generatedSampleLoadsTheSameFromCsvAndFromParquet() throws IOException {
    Path csvDir = dir.resolve("csv");
    Samples.write("northwind-coffee", csvDir, SampleOptions.DEFAULT.withOrderRows(5_000).withClean(true));
    DataFolder folder = DataFolder.open(csvDir);
    Path parquetDir = Files.createDirectories(dir.resolve("parquet"));
    for (Dataset d : folder.inputs().keySet()) {
      LoadResult fromCsv = folder.load(d);
      assertEquals(0, fromCsv.rowsRejected(), d + " of a clean sample has no rejects");
      Path parquet = parquetDir.resolve(d.fileStem() + ".parquet");
      ParquetTableWriter.write(fromCsv.table(), parquet);
      LoadResult fromParquet =
          DatasetLoader.load(
              d,
              List.of(parquet.toString()),
              folder.config().dataset(d).toLoadOptions(folder.config().timezone()).toBuilder().dateFormat(null).build());
      assertTablesEqual(fromCsv.table(), fromParquet.table());
    }
  }

  private static void assertTablesEqual(Table expected, Table actual) {
    assertEquals(expected.columnNames(), actual.columnNames());
    assertEquals(expected.rowCount(), actual.rowCount());
    for (int c = 0; c < expected.columnCount(); c++) {
      assertEquals(expected.column(c).type(), actual.column(c).type(), expected.column(c).name());
      assertEquals(expected.column(c).asList(), actual.column(c).asList(), expected.column(c).name());
    }
  }
}
