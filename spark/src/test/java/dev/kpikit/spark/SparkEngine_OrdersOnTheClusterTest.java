package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.RemoteOrders;
import dev.kpikit.metrics.MetricTable;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.report.MetricRun;
import dev.kpikit.schema.Dataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole run with {@code --engine spark} keeps the orders on the cluster: the driver gets their
 * ledger, the as-of date and each registered table's result, and brings the rows over only for an
 * order table without a cluster implementation, which the run names in one line.
 */
class SparkEngine_OrdersOnTheClusterTest {
  @TempDir Path tmp;

  private static Business sample(String name) {
    return Kpikit.open(Path.of("..", "data-samples", name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"northwind-coffee", "cloudnote-saas"})
  void aWholeRunNeverBringsTheOrdersToTheDriver(String name) {
    Business local = sample(name);
    Business spark = sample(name).loadingWith(new SparkEngine(SharedSpark.get()));
    MetricRun run = spark.computeAll(spark.options());
    assertEquals(List.of(), spark.ordersCollectedFor());
    assertTrue(spark.loadedResult(Dataset.ORDERS).isEmpty(), "no orders table on the driver");
    assertEquals(0, run.loads().get(Dataset.ORDERS).table().rowCount(), "the run holds the orders' ledger only");
    assertTrue(run.loads().get(Dataset.ORDERS).rowsLoaded() > 10_000, "the ledger counts every loaded row");
    SameRun.assertSame(local.computeAll(local.options()), run);
  }

  @Test
  void theAsOfDateOfOrdersWithoutAConfiguredOneComesFromTheCluster() throws java.io.IOException {
    Path dir = java.nio.file.Files.createDirectories(tmp.resolve("orders-only"));
    java.nio.file.Files.copy(Path.of("..", "data-samples", "cloudnote-saas", "orders.csv"), dir.resolve("orders.csv"));
    Business spark = Kpikit.open(dir).loadingWith(new SparkEngine(SharedSpark.get()));
    assertEquals(Kpikit.open(dir).orders().dateColumn("order_date").max(), spark.asOf());
    assertTrue(spark.loadedResult(Dataset.ORDERS).isEmpty(), "the maximum was taken on the cluster");
  }

  @Test
  void theUnitsTableOfABusinessDividedIntoShops_bringsTheOrdersAndIsNamed() {
    Business local = sample("harborview-bakeries");
    Business spark = sample("harborview-bakeries")
        .loadingWith(new SparkEngine(SharedSpark.get()));
    assertEquals("store", spark.unitColumn());
    MetricRun run = spark.computeAll(spark.options());
    assertEquals(List.of(MetricTables.UNITS.name()), spark.ordersCollectedFor(), "units is divided on the driver");
    assertSame(spark.loadedResult(Dataset.ORDERS).orElseThrow(), run.loads().get(Dataset.ORDERS),
        "the run holds the orders the units table brought over");
    SameRun.assertSame(local.computeAll(local.options()), run);
  }

  @Test
  void withTheDefaultRegistry_theRunNamesExactlyTheOrderTablesWithoutAClusterImplementation() {
    Business spark = sample("cloudnote-saas").loadingWith(new SparkEngine(SharedSpark.get()));
    MetricRun run = spark.computeAll(spark.options());
    Set<String> readers = Set.copyOf(spark.ordersCollectedFor());
    assertTrue(run.tables().keySet().containsAll(List.of("revenue_monthly", "cohort_retention", "unit_economics", "balances")),
        "the order tables of a business with orders and spells: " + run.tables().keySet());
    for (ClusterTable t : ClusterTables.ALL) {
      assertFalse(readers.contains(t.name()), t.name() + " is computed on the cluster");
    }
    for (MetricTable t : MetricTables.ALL) {
      boolean declaresOrders = t.isComputed() && t.inputs().contains(Dataset.ORDERS) && t != MetricTables.UNITS;
      if (declaresOrders && ClusterTables.named(t.name()) == null && run.tables().containsKey(t.name())) {
        assertTrue(readers.contains(t.name()), t.name() + " read the orders on the driver: " + readers);
      }
    }
    assertEquals(Set.of(), readers, "every order table of a business not divided into units is on the cluster");
  }

  @Test
  void theJobSaysInOneLineWhichTablesMadeTheDriverCollectTheOrders() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkMetricsJob.run(SharedSpark.get(), new PrintWriter(out), new PrintWriter(err),
        Path.of("..", "data-samples", "harborview-bakeries").toString(), "--out", tmp.resolve("out").toString());
    assertEquals(0, code, err.toString());
    List<String> notes = out.toString().lines().filter(l -> l.contains("orders collected to the driver")).toList();
    assertEquals(1, notes.size(), out.toString());
    String note = notes.get(0).trim();
    assertTrue(note.startsWith("orders collected to the driver for: "), note);
    assertTrue(note.endsWith(" (not computed where the spark engine keeps them)"), note);
    List<String> named = List.of(note.substring("orders collected to the driver for: ".length(), note.indexOf(" (")).split(", "));
    assertTrue(named.contains(MetricTables.UNITS.name()), "harborview is divided into shops: " + named);
    ClusterTables.ALL.forEach(t -> assertFalse(named.contains(t.name()), t.name() + " is on the cluster"));
    assertEquals(note, RemoteOrders.collectedLine("spark", named));
  }

  @Test
  void theReportPageStillReadsTheOrderRows_collectedForIt() throws java.io.IOException {
    SharedSpark.get(); // the engine joins the running session
    Path out = tmp.resolve("report");
    picocli.CommandLine cl = dev.kpikit.cli.KpikitCli.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("report", Path.of("..", "data-samples", "cloudnote-saas").toString(), "--out", out.toString(),
        "--engine", "spark");
    assertEquals(0, code, err.toString());
    try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(out)) {
      assertTrue(s.anyMatch(p -> p.getFileName().toString().equals("index.html")), "the page was written");
    }
  }
}
