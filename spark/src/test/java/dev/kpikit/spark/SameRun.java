package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.Kpi;
import dev.kpikit.report.MetricRun;
import dev.kpikit.schema.Dataset;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The parity rule between the engines (issue 17): the same tables and skipped tables, and in every
 * table the same columns, rows and cells, counts exactly and money and rates within 1e-9 relative;
 * the same ledger per file (rows read, loaded, rejected) and the same rejects; the same KPIs.
 */
final class SameRun {
  /** Relative tolerance for sums: the engines add the same amounts in another order. */
  static final double RELATIVE = 1e-9;

  private SameRun() {}

  /**
   * @param local the run of the local engine
   * @param spark the run of the Spark engine on the same folder and options
   */
  static void assertSame(MetricRun local, MetricRun spark) {
    assertEquals(local.skipped(), spark.skipped(), "skipped tables");
    assertEquals(local.tables().keySet(), spark.tables().keySet(), "tables computed");
    for (Map.Entry<String, Table> e : local.tables().entrySet()) {
      assertSameTable(e.getKey(), e.getValue(), spark.tables().get(e.getKey()));
    }
    assertEquals(local.loads().keySet(), spark.loads().keySet(), "datasets loaded");
    for (Dataset d : local.loads().keySet()) {
      assertSameLedger(local.loads().get(d), spark.loads().get(d));
    }
    assertEquals(local.kpis().size(), spark.kpis().size(), "KPI count");
    for (int i = 0; i < local.kpis().size(); i++) {
      Kpi l = local.kpis().get(i);
      Kpi s = spark.kpis().get(i);
      assertEquals(l.name(), s.name());
      assertEquals(l.period(), s.period(), l.name());
      assertClose(l.value(), s.value(), "KPI " + l.name());
      assertClose(l.previous(), s.previous(), "KPI " + l.name() + " previous");
      assertClose(l.yearAgo(), s.yearAgo(), "KPI " + l.name() + " year ago");
    }
  }

  static void assertSameTable(String name, Table local, Table spark) {
    assertEquals(local.columnNames(), spark.columnNames(), name + ": columns");
    assertEquals(local.rowCount(), spark.rowCount(), name + ": rows");
    for (Column<?> lc : local.columns()) {
      Column<?> sc = spark.column(lc.name());
      for (int r = 0; r < local.rowCount(); r++) {
        String where = name + "." + lc.name() + " row " + r;
        if (lc instanceof NumericColumn<?> ln) {
          assertClose(ln.getDouble(r), ((NumericColumn<?>) sc).getDouble(r), where);
        } else {
          assertEquals(lc.getString(r), sc.getString(r), where);
        }
      }
    }
  }

  /** Equal when both are missing, exact for whole numbers (counts), else within {@link #RELATIVE}. */
  static void assertClose(double expected, double actual, String where) {
    if (Double.isNaN(expected) || Double.isNaN(actual)) {
      assertEquals(Double.isNaN(expected), Double.isNaN(actual), where + ": missing in one engine only");
      return;
    }
    if (expected == Math.rint(expected) && Math.abs(expected) < 1e12 && actual == Math.rint(actual)) {
      assertEquals(expected, actual, 0, where);
      return;
    }
    double scale = Math.max(Math.abs(expected), Math.abs(actual));
    if (Math.abs(expected - actual) > RELATIVE * scale && Math.abs(expected - actual) > 1e-12) {
      fail(where + ": expected " + expected + " but Spark gave " + actual);
    }
  }

  private static void assertSameLedger(LoadResult local, LoadResult spark) {
    List<FileLedger> l = local.files();
    List<FileLedger> s = spark.files();
    assertEquals(l.size(), s.size(), local.dataset() + ": files");
    for (int i = 0; i < l.size(); i++) {
      assertEquals(l.get(i).rowsRead(), s.get(i).rowsRead(), l.get(i).file() + ": rows read");
      assertEquals(l.get(i).rowsLoaded(), s.get(i).rowsLoaded(), l.get(i).file() + ": rows loaded");
      assertEquals(l.get(i).rowsRejected(), s.get(i).rowsRejected(), l.get(i).file() + ": rows rejected");
      assertEquals(l.get(i).missingValues(), s.get(i).missingValues(), l.get(i).file() + ": missing values");
      assertEquals(l.get(i).notes(), s.get(i).notes(), l.get(i).file() + ": notes");
    }
    assertEquals(local.rejects(), spark.rejects(), local.dataset() + ": rejects");
    assertTrue(spark.table().rowCount() <= local.table().rowCount(), local.dataset() + ": merged rows never add rows");
  }
}
