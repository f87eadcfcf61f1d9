package dev.kpikit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kpikit.config.DataFolder;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTable;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.MetricsOutput;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * A whole run with an engine that keeps the orders where it read them ({@link RemoteOrders}): the
 * ledger, rejects, as-of date and every table it computes come without the rows reaching the
 * business; a table it does not compute brings them once and is named; the files are the local
 * engine's. The engine here keeps them "elsewhere" in a second, local business over the same folder.
 */
class Business_RemoteOrdersTest {
  private static final Path SAMPLE = Path.of("..", "data-samples", "northwind-coffee");

  @TempDir Path tmp;

  /** Every table of a run's plan except {@code units}, which a business divides on the driver. */
  private static Set<String> everyPlannedTable() {
    return MetricTables.ALL.stream().filter(MetricTable::isComputed).map(MetricTable::name)
        .filter(n -> !n.equals(MetricTables.UNITS.name())).collect(Collectors.toSet());
  }

  @Test
  void everyTableComputedWhereTheOrdersAre_theBusinessNeverHoldsThem() throws IOException {
    Elsewhere engine = new Elsewhere(everyPlannedTable());
    Business b = Kpikit.open(SAMPLE).loadingWith(engine);
    MetricRun run = b.computeAll(b.options());
    assertEquals(0, engine.collects.get(), "the orders were never brought to the driver");
    assertEquals(0, engine.orderLoads.get(), "nor loaded by the engine's row path");
    assertTrue(b.loadedResult(Dataset.ORDERS).isEmpty());
    assertEquals(List.of(), b.ordersCollectedFor());
    assertEquals(Optional.empty(), b.ordersCollectedNote());
    assertEquals(0, run.loads().get(Dataset.ORDERS).table().rowCount(), "the run's orders load is their ledger");
    assertSameFiles(Kpikit.open(SAMPLE), run);
  }

  @Test
  void theAsOfDateComesFromTheEnginesLastOrderDate() throws IOException {
    Files.createDirectories(tmp.resolve("orders-only"));
    Files.copy(SAMPLE.resolve("orders.csv"), tmp.resolve("orders-only/orders.csv"));
    Elsewhere engine = new Elsewhere(everyPlannedTable());
    Business b = Kpikit.open(tmp.resolve("orders-only")).loadingWith(engine);
    LocalDate local = Kpikit.open(tmp.resolve("orders-only")).orders().dateColumn("order_date").max();
    assertEquals(local, b.asOf());
    assertEquals(1, engine.lastOrderDateCalls.get());
    assertEquals(0, engine.collects.get());
  }

  @Test
  void aTableTheEngineDoesNotCompute_bringsTheOrdersOnceAndIsNamed() throws IOException {
    Set<String> elsewhere = everyPlannedTable();
    elsewhere.remove("revenue_monthly");
    elsewhere.remove("repeat_purchase_rate");
    Elsewhere engine = new Elsewhere(elsewhere);
    Business b = Kpikit.open(SAMPLE).loadingWith(engine);
    MetricRun run = b.computeAll(b.options());
    assertEquals(1, engine.collects.get(), "brought once, shared by both tables");
    assertEquals(Set.of("revenue_monthly", "repeat_purchase_rate"), Set.copyOf(b.ordersCollectedFor()));
    String note = b.ordersCollectedNote().orElseThrow();
    assertTrue(note.startsWith("orders collected to the driver for: "), note);
    assertTrue(note.endsWith(" (not computed where the elsewhere engine keeps them)"), note);
    assertTrue(note.contains("revenue_monthly") && note.contains("repeat_purchase_rate"), note);
    assertSameFiles(Kpikit.open(SAMPLE), run);
  }

  @Test
  void theApiStillGivesTheOrders_andSaysWhoAskedForThem() {
    Elsewhere engine = new Elsewhere(everyPlannedTable());
    Business b = Kpikit.open(SAMPLE).loadingWith(engine);
    Table revenue = b.revenue().table();
    assertEquals(0, engine.collects.get(), "a table the engine computes comes from it");
    assertEquals(Kpikit.open(SAMPLE).revenue().table().toString(), revenue.toString());
    assertEquals(Kpikit.open(SAMPLE).orders().rowCount(), b.orders().rowCount());
    assertEquals(1, engine.collects.get());
    assertEquals(List.of(Business.KeptOrders.API), b.ordersCollectedFor());
  }

  /** The run's files equal those of the local engine's run (timings aside). */
  private void assertSameFiles(Business local, MetricRun run) throws IOException {
    Path expected = tmp.resolve("expected");
    Path actual = tmp.resolve("actual");
    MetricsOutput.write(local.computeAll(local.options()), expected);
    MetricsOutput.write(run, actual);
    List<Path> files;
    try (Stream<Path> s = Files.walk(expected)) {
      files = s.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
    }
    assertTrue(files.contains(Path.of("quality.csv")) && files.contains(Path.of("run.json")), files.toString());
    for (Path f : files) {
      if (f.toString().equals("run.json")) {
        assertEquals(withoutTimings(expected.resolve(f)), withoutTimings(actual.resolve(f)), "run.json");
      } else {
        assertEquals(Files.readString(expected.resolve(f)), Files.readString(actual.resolve(f)), f.toString());
      }
    }
  }

  private static String withoutTimings(Path runJson) throws IOException {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(runJson.toFile());
    root.remove("timings_ms");
    return root.toPrettyString();
  }

  /** Keeps the orders in a second business over the folder and computes the tables it is given there. */
  private static final class Elsewhere implements LoadEngine {
    final Set<String> computed;
    final AtomicInteger collects = new AtomicInteger();
    final AtomicInteger orderLoads = new AtomicInteger();
    final AtomicInteger lastOrderDateCalls = new AtomicInteger();

    Elsewhere(Set<String> computed) {
      this.computed = Set.copyOf(computed);
    }

    @Override
    public String name() {
      return "elsewhere";
    }

    @Override
    public LoadResult load(DataFolder folder, Dataset dataset) {
      if (dataset == Dataset.ORDERS) {
        orderLoads.incrementAndGet();
      }
      return folder.load(dataset);
    }

    @Override
    public RemoteOrders keepOrders(DataFolder folder) {
      Business there = Kpikit.open(folder);
      return new RemoteOrders() {
        @Override
        public LoadResult ledger() {
          LoadResult all = there.load(Dataset.ORDERS);
          return new LoadResult(Dataset.ORDERS, all.shape(), all.table().emptyCopy(), all.files(), all.rejects());
        }

        @Override
        public LocalDate lastOrderDate() {
          lastOrderDateCalls.incrementAndGet();
          return there.load(Dataset.ORDERS).table().dateColumn("order_date").max();
        }

        @Override
        public boolean computes(String table) {
          return computed.contains(table);
        }

        @Override
        public Table compute(String table, MetricInputs driver, MetricOptions options) {
          return MetricTables.named(table).compute().apply(there.inputs(), options);
        }

        @Override
        public LoadResult collect() {
          collects.incrementAndGet();
          return there.load(Dataset.ORDERS);
        }
      };
    }
  }
}
