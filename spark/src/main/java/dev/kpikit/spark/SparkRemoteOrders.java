package dev.kpikit.spark;

import dev.kpikit.RemoteOrders;
import dev.kpikit.config.DataFolder;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Survival;
import dev.kpikit.schema.Dataset;
import java.lang.ref.Cleaner;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import tech.tablesaw.api.Table;

/**
 * A folder's orders as the Spark engine keeps them ({@link SparkEngine#keepOrders}): read on the
 * executors by the toolkit's loader and persisted there (memory, spilling to disk), so the order
 * tables of {@link ClusterTables} aggregate them on the cluster and the driver holds only the
 * ledger and the tables' results.
 *
 * <p>The engine's read (packed cells, sign, amount, cost, position: {@link SparkRows#SCHEMA}) is
 * persisted until every file has reported its ledger and the rows are unpacked once into typed rows
 * ({@link TypedRows}); those are persisted in Spark's columnar cache, which every table scans, and
 * the packed rows are let go. {@link #collect()} merges and brings the rows to the driver exactly as
 * {@link SparkEngine#load} does, reading the files again (the slow path, for {@code units} only).
 *
 * <p>It also computes {@value dev.kpikit.metrics.Survival#TABLE} on the cluster ({@link
 * ClusterSurvival}), from the customers: the driver's loaded customers table (read on the
 * executors once and finished on the driver by the folder's customer policies, which move trial
 * starts and bridge past-due lapses) is packed as the executors pack a file, put on the cluster
 * once as typed rows ({@link TypedRows}, {@code pos} = row index) and persisted there; Spark merges
 * the spells and counts events and censored lifetimes, the driver finishes Kaplan–Meier.
 *
 * <p>The tables share their common work through the orders' {@link ClusterShared} (persisting:
 * the customers of each option set are grouped once per run, each table is computed once).
 *
 * <p>The persisted rows are released when this object is no longer reachable.
 */
final class SparkRemoteOrders implements RemoteOrders {
  private static final Cleaner CLEANER = Cleaner.create();

  private final DataFolder folder;
  private final List<String> files;
  private final org.apache.spark.sql.Dataset<Row> packed;
  private final List<FileOutcome> outcomes;
  private final LoadResult ledger;
  private final ClusterOrders orders;
  private final List<ClusterTable> tables;
  private final List<String> computed;
  /** The customers on the cluster ({@link #customers}); released with this object. */
  private final java.util.concurrent.atomic.AtomicReference<org.apache.spark.sql.Dataset<Row>> customers =
      new java.util.concurrent.atomic.AtomicReference<>();
  private Table customersOnCluster;
  private LocalDate lastOrderDate;
  private boolean lastOrderDateRead;

  private SparkRemoteOrders(DataFolder folder, SparkEngine.Read read, org.apache.spark.sql.Dataset<Row> packed,
      List<FileOutcome> outcomes, List<ClusterTable> tables, List<String> computed) {
    this.folder = folder;
    this.tables = tables;
    this.computed = computed;
    this.files = read.files();
    this.packed = packed;
    this.outcomes = outcomes;
    this.ledger = folder.afterLoad(Dataset.ORDERS,
        SparkEngine.assemble(Dataset.ORDERS, files, outcomes, Collections.emptyIterator()));
    this.orders = typed(packed, outcomes.get(0));
    // The tables scan the typed rows many times: Spark's columnar cache of them, filled once from
    // the packed rows, which are then let go (the rare collect() reads the files again).
    SparkEngine.onSpark(() -> orders.rows().count());
    packed.unpersist(false);
    org.apache.spark.sql.Dataset<Row> typedRows = orders.rows();
    ClusterShared shared = orders.shared();
    java.util.concurrent.atomic.AtomicReference<org.apache.spark.sql.Dataset<Row>> keptCustomers = customers;
    CLEANER.register(this, () -> {
      shared.close();
      typedRows.unpersist(false);
      org.apache.spark.sql.Dataset<Row> c = keptCustomers.get();
      if (c != null) {
        c.unpersist(false);
      }
    });
  }

  /**
   * Persists the rows of a read of {@code orders} and reads every file once, which reports each
   * file's ledger.
   *
   * @param folder the data folder
   * @param read the engine's read of its orders files
   * @param tables the tables to compute on the cluster ({@link ClusterTables#ALL})
   * @param computed where to add the name of each table computed on the cluster, as it is
   * @return the orders, kept on the cluster
   * @throws dev.kpikit.load.DataException as {@link SparkEngine#load} (files with other columns, a
   *     file that cannot be read, amounts in several currencies)
   */
  static SparkRemoteOrders read(DataFolder folder, SparkEngine.Read read, List<ClusterTable> tables,
      List<String> computed) {
    org.apache.spark.sql.Dataset<Row> packed = read.rows().persist(StorageLevel.MEMORY_AND_DISK());
    packed.count();
    List<FileOutcome> outcomes = SparkEngine.oncePerFile(read.outcomes().value(), read.files().size());
    SparkRemoteOrders kept = new SparkRemoteOrders(folder, read, packed, outcomes, tables, computed);
    kept.refuseMixedCurrencies();
    return kept;
  }

  /** @return the orders as typed rows on the cluster, as the {@link ClusterTable}s read them */
  ClusterOrders orders() {
    return orders;
  }

  @Override
  public LoadResult ledger() {
    return ledger;
  }

  @Override
  public synchronized LocalDate lastOrderDate() {
    if (!lastOrderDateRead) {
      lastOrderDate = !orders.has("order_date") ? null : SparkEngine.onSpark(() ->
          KeptRows.localDate(orders.rows().agg(functions.max("order_date")).first().get(0)));
      lastOrderDateRead = true;
    }
    return lastOrderDate;
  }

  /**
   * @param table a metric table name
   * @return true for the tables of the registry, and for {@value Survival#TABLE} when the folder
   *     has customers
   */
  @Override
  public boolean computes(String table) {
    return named(table) != null || Survival.TABLE.equals(table) && folder.has(Dataset.CUSTOMERS);
  }

  private ClusterTable named(String table) {
    return tables.stream().filter(t -> t.name().equals(table)).findFirst().orElse(null);
  }

  /**
   * Computes an order table of the registry from the kept orders, or {@value Survival#TABLE} from
   * the customers ({@link ClusterSurvival}), which {@code driver} gives and this puts on the
   * cluster on first use.
   *
   * @param table a table {@link #computes} accepts
   * @param driver the business's datasets other than orders, loaded on the driver
   * @param options grain, as-of date and split dimension
   * @return the table, equal to the local engine's
   * @throws dev.kpikit.metrics.NotComputableException as the local computation would throw it
   * @throws IllegalArgumentException when {@code table} is not computed on the cluster
   */
  @Override
  public Table compute(String table, MetricInputs driver, MetricOptions options) {
    if (!computes(table)) {
      throw new IllegalArgumentException(table + " has no cluster implementation (see ClusterTables)");
    }
    ClusterTable t = named(table);
    Table result = SparkEngine.onSpark(() -> t != null ? orders.shared().table(t, orders, driver, options)
        : ClusterSurvival.table(customers(driver.table(Dataset.CUSTOMERS)), driver.shape(Dataset.CUSTOMERS), options));
    computed.add(table);
    return result;
  }

  /**
   * The customers on the cluster: the driver's loaded table packed as the executors pack a file
   * ({@link SparkRows}), typed ({@link TypedRows}, {@code pos} = row index) and persisted; put
   * there once (again only if another table is given, the previous one released).
   */
  private synchronized org.apache.spark.sql.Dataset<Row> customers(Table loaded) {
    if (customersOnCluster != loaded) {
      List<String> measures = SparkRows.measures(Dataset.CUSTOMERS);
      RowCodec codec = RowCodec.of(loaded, measures);
      List<Row> rows = new java.util.ArrayList<>(loaded.rowCount());
      SparkRows.of(loaded, codec, measures, 0).forEachRemaining(rows::add);
      org.apache.spark.sql.Dataset<Row> typed = TypedRows.of(
          packed.sparkSession().createDataFrame(rows, SparkRows.SCHEMA), codec, loaded.columnNames())
          .persist(StorageLevel.MEMORY_AND_DISK());
      org.apache.spark.sql.Dataset<Row> previous = customers.getAndSet(typed);
      if (previous != null) {
        previous.unpersist(false);
      }
      customersOnCluster = loaded;
    }
    return customers.get();
  }

  @Override
  public LoadResult collect() {
    return SparkEngine.onSpark(() -> folder.afterLoad(Dataset.ORDERS, SparkEngine.assemble(Dataset.ORDERS, files,
        outcomes, SparkEngine.merged(packed).orderBy(ClusterOrders.POS).toLocalIterator())));
  }

  /**
   * Without exchange rates the local engine refuses orders in several currencies ({@link
   * DataFolder#afterLoad}); the ledger has no rows to check, so when the cluster finds more than one
   * currency value the rows come to the driver once for the toolkit's own check (and its message).
   */
  private void refuseMixedCurrencies() {
    String currency = "currency";
    if (!orders.has(currency)) {
      return;
    }
    long values = SparkEngine.onSpark(() -> orders.rows().select(functions.col(currency))
        .filter(functions.col(currency).isNotNull()).distinct().limit(2).count());
    if (values > 1) {
      collect();
    }
  }

  /** The packed rows unpacked into the typed rows of {@link ClusterOrders}, persisted. */
  private static ClusterOrders typed(org.apache.spark.sql.Dataset<Row> packed, FileOutcome first) {
    List<String> columns = List.copyOf(first.columns());
    return new ClusterOrders(TypedRows.of(packed, first.codec(), columns).persist(StorageLevel.MEMORY_AND_DISK()), columns,
        ClusterShared.persisting());
  }
}
