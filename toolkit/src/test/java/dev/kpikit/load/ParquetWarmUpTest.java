package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kpikit.load.parquet.ParquetRowGroups;
import dev.kpikit.schema.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Parquet warm-up readies the reader and the codecs a run's first Parquet input uses, changes
 * nothing the load then reads, and leaves a file it cannot read for the load to report.
 */
class ParquetWarmUpTest {
  @TempDir Path dir;

  @Test
  void warmingUpEveryCodecOfAFile_leavesItsRowsAsTheyAre() throws Exception {
    for (String codec : List.of("snappy", "gzip", "zstd", "uncompressed")) {
      Path file = dir.resolve("orders-" + codec + ".parquet");
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
          Statement sql = db.createStatement()) {
        sql.execute(
            "COPY (SELECT 'O' || i AS order_id, DATE '2024-01-01' + i::INTEGER AS order_date,"
                + " i * 1.5 AS amount FROM range(1, 1001) t(i)) TO '" + file
                + "' (FORMAT parquet, COMPRESSION " + codec + ")");
      }
      try (ParquetRowGroups groups = ParquetRowGroups.open(file.toString(), null)) {
        groups.warmUpCodecs();
      }
      LoadResult loaded = DatasetLoader.load(Dataset.ORDERS, List.of(file.toString()), LoadOptions.DEFAULT);
      assertEquals(1000, loaded.rowsLoaded(), codec);
      assertEquals(1000 * 1001 / 2 * 1.5, loaded.table().doubleColumn("amount").sum(), 1e-9, codec);
    }
  }

  @Test
  void inputsWithoutParquet_startNoThread() {
    assertNull(ParquetWarmUp.startFor(List.of(dir.resolve("orders.csv").toString())));
  }

  @Test
  void parquetBehindAUri_isNotReadTwice() {
    assertNull(ParquetWarmUp.startFor(List.of("hdfs://namenode:8020/exports/orders.parquet")));
  }

  @Test
  void aParquetFileThatIsNot_isLeftToTheLoad_withNothingThrown() throws Exception {
    Path bogus = Files.writeString(dir.resolve("orders.parquet"), "order_id,amount\nO1,2\n");
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    try {
      Thread warmUp = ParquetWarmUp.startFor(List.of(dir.resolve("a.csv").toString(), bogus.toString()));
      assertEquals("kpikit-parquet-warm-up", warmUp.getName());
      warmUp.join(60_000);
      assertFalse(warmUp.isAlive());
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
    assertEquals(List.of(), uncaught);
  }
}
