package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The space-aligned CDNOW layouts through the loader: header or not, ragged rows, bad values. */
class SpaceAlignedLoadTest {
  @TempDir Path dir;

  private LoadResult load(String preset, String text) throws IOException {
    Path f = dir.resolve("orders.txt");
    Files.writeString(f, text);
    return DatasetLoader.load(
        Dataset.ORDERS, List.of(f.toString()), LoadOptions.builder().preset(preset).build());
  }

  @Test
  void masterLayout_readsTheHeaderLineAndRunsOfBlanks() throws IOException {
    LoadResult r = load("cdnow",
        " customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n"
            + " 00002 19970112  2   12.00\r\n\r\n 00002 19970112\t1    0.00\r\n");
    assertEquals(3, r.rowsLoaded());
    assertEquals(0, r.rowsRejected());
    assertEquals("00002", r.table().stringColumn("customer_id").get(2));
    assertEquals(LocalDate.of(1997, 1, 12), r.table().dateColumn("order_date").get(1));
    assertEquals(12.0, r.table().doubleColumn("amount").get(1));
    // order ids are derived: the n-th row of a customer on a day
    assertEquals("00002/1997-01-12/2", r.table().stringColumn("order_id").get(2));
  }

  @Test
  void sampleLayout_hasNoHeaderAndFiveFields() throws IOException {
    LoadResult r = load("cdnow-sample", " 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2   29.73\n");
    assertEquals(2, r.rowsLoaded());
    assertEquals("0001", r.table().stringColumn("customer_id").get(0));
    assertEquals("00004", r.table().stringColumn("master_id").get(0));
  }

  @Test
  void raggedRowsAndBadDates_areRejectedWithTheirLine() throws IOException {
    LoadResult r = load("cdnow-sample",
        " 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2\n 00005 0002 19971345  1   9.99\n");
    assertEquals(1, r.rowsLoaded());
    assertEquals(2, r.rowsRejected());
    assertEquals(3, r.rowsRead());
    assertEquals(2, r.rejects().get(0).line());
    assertEquals(3, r.rejects().get(1).line());
    assertEquals("date", r.rejects().get(1).column()); // the file's column name
    assertTrue(r.rejects().get(1).reason().contains("month 13"), r.rejects().get(1).reason());
  }
}
