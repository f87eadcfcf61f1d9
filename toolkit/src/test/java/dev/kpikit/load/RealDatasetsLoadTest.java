package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.TestData;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The staged real exports load through their presets with exact row accounting; expected figures
 * are those documented in {@code testdata/README.md} (computed there with Python and DuckDB).
 */
class RealDatasetsLoadTest {

  private static LoadResult load(Dataset d, String preset, String relative) {
    List<String> files = InputFiles.expand(Path.of(""), TestData.dataset(relative).toString());
    return DatasetLoader.load(d, files, LoadOptions.builder().preset(preset).build());
  }

  @Test
  void ibmTelcoLoads7043CustomersWith1869Churned() {
    LoadResult r = load(Dataset.CUSTOMERS, "ibm-telco", "telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    assertEquals(7043, r.rowsRead());
    assertEquals(7043, r.rowsLoaded());
    assertEquals("tenure", r.shape().name());
    assertEquals(1869, r.table().booleanColumn("churned").countTrue());
    assertEquals(11L, r.files().get(0).missingValues().get("total_charges"));
    assertEquals(456116.60, r.table().doubleColumn("monthly_charges").sum(), 1e-6);
    assertEquals(72, (int) r.table().intColumn("tenure").max());
  }

  @Test
  void ibmHrLoads1470EmployeesWith237LeaversDespiteBomAndCrlf() {
    LoadResult r = load(Dataset.EMPLOYEES, "ibm-hr", "hr-attrition/WA_Fn-UseC_-HR-Employee-Attrition.csv");
    assertEquals(1470, r.rowsLoaded());
    assertEquals(0, r.rowsRejected());
    assertEquals("snapshot", r.shape().name());
    Table t = r.table();
    assertEquals(237, t.booleanColumn("attrition").countTrue());
    assertEquals("age", t.columnNames().get(4), "the BOM must not leak into the first column's name");
    assertEquals(9559309.0, t.stringColumn("monthly_income").asList().stream().mapToDouble(Double::parseDouble).sum());
    assertEquals(961, t.stringColumn("department").countOccurrences("Research & Development"));
  }

  @Test
  void onlineRetailByDayLoadsAll541909LinesWithTheirFigures() throws IOException {
    LoadResult r = load(Dataset.ORDERS, "uci-online-retail", "online-retail/by-day");
    long manifestRows;
    try (var lines = Files.lines(TestData.dataset("online-retail/by-day-manifest.tsv"))) {
      manifestRows = lines.skip(1).mapToLong(l -> Long.parseLong(l.split("\t")[2])).sum();
    }
    assertEquals(305, r.files().size());
    assertEquals(manifestRows, r.rowsRead());
    assertEquals(541909, r.rowsRead());
    assertEquals(541909, r.rowsLoaded());
    Table t = r.table();
    StringColumn customer = t.stringColumn("customer_id");
    assertEquals(135080, customer.countMissing());
    assertEquals(4372, customer.removeMissing().countUnique());
    assertEquals(9288, t.stringColumn("status").countOccurrences("cancelled"));
    DoubleColumn amount = t.doubleColumn("amount");
    assertEquals(9747747.934, kahanSum(amount), 1e-6);
    assertEquals(25900, t.stringColumn("order_id").countUnique());
  }

  @Test
  void superstoreLoads9994LinesOfFormattedMoney() {
    LoadResult r = load(Dataset.ORDERS, "superstore", "superstore/superstore.csv");
    assertEquals(9994, r.rowsRead());
    assertEquals(9994, r.rowsLoaded());
    Table t = r.table();
    assertEquals(37873.0, t.doubleColumn("quantity").sum());
    assertEquals(5009, t.stringColumn("order_id").countUnique());
    assertEquals(793, t.stringColumn("customer_id").countUnique());
    // Sum of the rounded display strings, as the datasets README gives it.
    assertEquals(2297354.0, t.doubleColumn("amount").sum(), 1e-6);
    assertEquals(286347.0, t.doubleColumn("profit").sum(), 1e-6);
  }

  private static double kahanSum(DoubleColumn c) {
    double sum = 0;
    double comp = 0;
    for (int i = 0; i < c.size(); i++) {
      double y = c.getDouble(i) - comp;
      double t = sum + y;
      comp = (t - sum) - y;
      sum = t;
    }
    return sum;
  }
}
