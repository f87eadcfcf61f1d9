package dev.kpikit;

import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTable;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.metrics.Kpi;
import dev.kpikit.metrics.KpiSeries;
import dev.kpikit.metrics.Scorecard;
import dev.kpikit.report.MetricRun;
import dev.kpikit.schema.Dataset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/**
 * Computes every metric table a business's data allows, and says why the others were skipped.
 *
 * <p>When the business's engine keeps the orders where it read them ({@link RemoteOrders}, the
 * Spark engine), each order table it implements is computed there, and the ledger and as-of date
 * come without the rows; a table it does not implement reads the rows on the driver, which brings
 * them here once and is named by {@link Business#ordersCollectedFor()}.
 */
final class AllMetrics {
  /** The tables a run computes, in output order: the declarations with a compute function. */
  private static final List<MetricTable> PLAN =
      MetricTables.ALL.stream().filter(MetricTable::isComputed).toList();

  /** {@link #PLAN} in the order tables are started in: see {@link #startOrder(List)}. */
  private static final List<MetricTable> START = startOrder(PLAN);

  private AllMetrics() {}

  /** Loads what the folder has, computes what it allows, and collects the run. */
  static MetricRun compute(Business business, MetricOptions options) {
    Map<String, Long> timings = new LinkedHashMap<>();
    long start = System.nanoTime();
    Map<Dataset, LoadResult> loads = new EnumMap<>(Dataset.class);
    for (Dataset d : business.folder().inputs().keySet()) {
      long t = System.nanoTime();
      loads.put(d, business.ledger(d)); // orders an engine keeps stay where it read them
      timings.put("load_" + d.fileStem(), millisSince(t));
    }
    Map<String, Table> tables = new LinkedHashMap<>();
    Map<String, String> skipped = new LinkedHashMap<>();
    long metricsStart = System.nanoTime();
    computeTables(business, options, tables, skipped, timings);
    // KPIs and the scorecard read whole-business series: from unsplit tables.
    Map<String, Table> whole = tables;
    if (options.by() != null) {
      whole = new LinkedHashMap<>();
      computeTables(business, options.withBy(null), whole, new LinkedHashMap<>(), timings);
    }
    List<KpiSeries> series = KpiSeries.fromTables(whole, options.withBy(null));
    List<Kpi> kpis = KpiSeries.headlines(series, options.withBy(null));
    tables.put(
        Scorecard.TABLE, Scorecard.table(series, business.config().targets(), options.withBy(null)));
    timings.put("metrics", millisSince(metricsStart));
    timings.put("total", millisSince(start));
    if (loads.containsKey(Dataset.ORDERS)) {
      loads.put(Dataset.ORDERS, business.ledger(Dataset.ORDERS)); // the rows, when a table brought them here
    }
    return new MetricRun(
        business.folder().dir(), business.config(), options, loads, tables, skipped, kpis, timings,
        business.configIssues());
  }

  /**
   * Computes the tables of {@link #PLAN} on {@link TablePool} threads, started in {@link #START}
   * order, and adds them to {@code tables} and {@code skipped} in plan order; adds each table's
   * milliseconds to {@code timings} as {@code metric_<table>}.
   */
  private static void computeTables(
      Business business,
      MetricOptions options,
      Map<String, Table> tables,
      Map<String, String> skipped,
      Map<String, Long> timings) {
    Map<String, Future<Outcome>> outcomes = new HashMap<>();
    try (TablePool pool = TablePool.forThisMachine()) {
      for (MetricTable e : START) {
        outcomes.put(e.name(), pool.submit(() -> compute(e, business, options)));
      }
      for (MetricTable e : PLAN) {
        Outcome o = TablePool.await(outcomes.get(e.name()));
        if (o.table() != null) {
          tables.put(e.name(), o.table());
          timings.merge("metric_" + e.name(), o.millis(), Long::sum);
        } else if (o.skipped() != null) {
          skipped.put(e.name(), o.skipped());
        }
      }
    }
  }

  /**
   * The order tables are started in, derived from their declarations: first the first table that
   * reads orders (it builds the order index, on two cores), then the tables that do not read orders (computed while the
   * index is built), then the other order tables; each table after every table it depends on
   * ({@link MetricTable#dependsOn()}), otherwise in plan order.
   *
   * @param plan the tables, in plan order
   * @return the same tables in start order
   * @throws IllegalStateException when dependencies form a cycle or name an unplanned table
   */
  static List<MetricTable> startOrder(List<MetricTable> plan) {
    List<MetricTable> byGroup = new ArrayList<>(plan);
    MetricTable indexer = plan.stream().filter(AllMetrics::readsOrders).findFirst().orElse(null);
    byGroup.sort(Comparator.comparingInt(t -> t == indexer ? 0 : readsOrders(t) ? 2 : 1));
    List<MetricTable> order = new ArrayList<>();
    Set<String> started = new HashSet<>();
    while (order.size() < byGroup.size()) {
      MetricTable next =
          byGroup.stream()
              .filter(t -> !started.contains(t.name()) && started.containsAll(t.dependsOn()))
              .findFirst()
              .orElseThrow(
                  () -> new IllegalStateException("metric tables depend on each other or on an unplanned table: " + byGroup));
      order.add(next);
      started.add(next.name());
    }
    return List.copyOf(order);
  }

  private static boolean readsOrders(MetricTable t) {
    return t.inputs().contains(Dataset.ORDERS);
  }

  /** A computed table with its milliseconds, or why it was skipped (null for neither: not planned). */
  record Outcome(Table table, long millis, String skipped) {}

  private static final Outcome NOT_PLANNED = new Outcome(null, 0, null);

  private static Outcome compute(MetricTable e, Business business, MetricOptions options) {
    if (e == MetricTables.UNITS && business.unitColumn() == null) {
      return NOT_PLANNED; // a business not divided into units has no units table, nor a skip line
    }
    List<Dataset> absent = e.inputs().stream().filter(d -> !business.has(d)).toList();
    if (!absent.isEmpty()) {
      return new Outcome(null, 0, "no " + describe(absent));
    }
    RemoteOrders remote = business.remoteOrders();
    if (remote != null && e != MetricTables.UNITS && remote.computes(e.name())) {
      return attempt(() -> remote.compute(e.name(), business.inputs(), options));
    }
    // Any other table reads the orders, if at all, through the business, which brings them here
    // from an engine that keeps them and notes this table as the reason.
    Business.KeptOrders.COMPUTING.set(e.name());
    try {
      return attempt(() -> e.compute().apply(business.inputs(), options));
    } finally {
      Business.KeptOrders.COMPUTING.remove();
    }
  }

  /**
   * Runs one table's computation: a {@link NotComputableException} becomes a skip with its
   * message; any other exception propagates (a bug or an unreadable input must fail the run, not
   * pass as skipped).
   */
  static Outcome attempt(Supplier<Table> computation) {
    long t = System.nanoTime();
    try {
      Table table = computation.get();
      return new Outcome(table, millisSince(t), null);
    } catch (NotComputableException ex) {
      return new Outcome(null, 0, ex.getMessage());
    }
  }

  private static String describe(List<Dataset> absent) {
    List<String> names = absent.stream().map(d -> d.fileStem() + " file (" + d.fileStem() + ".csv)").toList();
    return String.join(" and no ", names);
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
