package dev.kpikit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadResult;
import dev.kpikit.load.Reject;
import dev.kpikit.schema.Dataset;
import dev.kpikit.schema.Schemas;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class LedgerCsvTest {
  private final LoadResult result =
      new LoadResult(
          Dataset.ORDERS,
          Schemas.ORDERS,
          Table.create("orders"),
          List.of(new FileLedger("orders", "/data/orders.csv", 3, 2, 1, Map.of(), Map.of(), List.of("a", "b"))),
          List.of(new Reject("/data/orders.csv", 7, "order_date", "'2024-02-31' is not a valid date", List.of("6", "2024-02-31", "1,5"))));

  @Test
  void qualityHasOneRowPerFileWithItsCounts() throws IOException {
    StringWriter w = new StringWriter();
    LedgerCsv.quality(List.of(result), f -> f.replace("/data/", ""), w);
    assertEquals(
        "dataset,file,rows_read,rows_loaded,rows_rejected,notes\norders,orders.csv,3,2,1,a; b\n",
        w.toString());
  }

  @Test
  void rejectsKeepTheRawRecordAsOneCsvLine() throws IOException {
    StringWriter w = new StringWriter();
    LedgerCsv.rejects(result, f -> f.replace("/data/", ""), w);
    assertEquals(
        "file,line,column,reason,raw\n"
            + "orders.csv,7,order_date,'2024-02-31' is not a valid date,\"6,2024-02-31,\"\"1,5\"\"\"\n",
        w.toString());
  }
}
