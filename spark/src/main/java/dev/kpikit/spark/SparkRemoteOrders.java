package dev.kpikit.spark;

import dev.kpikit.RemoteOrders;
import dev.kpikit.config.DataFolder;
import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.schema.Dataset;
import java.io.Serializable;
import java.lang.ref.Cleaner;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import tech.tablesaw.api.Table;

/**
 * A folder's orders as the Spark engine keeps them ({@link SparkEngine#keepOrders}): read on the
 * executors by the toolkit's loader and persisted there (memory, spilling to disk), so the order
 * tables of {@link ClusterTables} aggregate them on the cluster and the driver holds only the
 * ledger and the tables' results.
 *
 * <p>The rows are persisted as the engine reads them (packed cells, sign, amount, cost, position:
 * {@link SparkRows#SCHEMA}); {@link #orders()} unpacks them into typed rows on each scan, and
 * {@link #collect()} merges and brings them to the driver exactly as {@link SparkEngine#load} does.
 * The persisted rows are released when this object is no longer reachable.
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
  private LocalDate lastOrderDate;
  private boolean lastOrderDateRead;

  private SparkRemoteOrders(DataFolder folder, SparkEngine.Read read, org.apache.spark.sql.Dataset<Row> packed,
      List<FileOutcome> outcomes, List<ClusterTable> tables) {
    this.folder = folder;
    this.tables = tables;
    this.files = read.files();
    this.packed = packed;
    this.outcomes = outcomes;
    this.ledger = folder.afterLoad(Dataset.ORDERS,
        SparkEngine.assemble(Dataset.ORDERS, files, outcomes, Collections.emptyIterator()));
    this.orders = typed(packed, outcomes.get(0));
    CLEANER.register(this, () -> packed.unpersist(false));
  }

  /**
   * Persists the rows of a read of {@code orders} and reads every file once, which reports each
   * file's ledger.
   *
   * @param folder the data folder
   * @param read the engine's read of its orders files
   * @param tables the tables to compute on the cluster ({@link ClusterTables#ALL})
   * @return the orders, kept on the cluster
   * @throws dev.kpikit.load.DataException as {@link SparkEngine#load} (files with other columns, a
   *     file that cannot be read, amounts in several currencies)
   */
  static SparkRemoteOrders read(DataFolder folder, SparkEngine.Read read, List<ClusterTable> tables) {
    org.apache.spark.sql.Dataset<Row> packed = read.rows().persist(StorageLevel.MEMORY_AND_DISK());
    packed.count();
    List<FileOutcome> outcomes = SparkEngine.oncePerFile(read.outcomes().value(), read.files().size());
    SparkRemoteOrders kept = new SparkRemoteOrders(folder, read, packed, outcomes, tables);
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

  @Override
  public boolean computes(String table) {
    return named(table) != null;
  }

  private ClusterTable named(String table) {
    return tables.stream().filter(t -> t.name().equals(table)).findFirst().orElse(null);
  }

  @Override
  public Table compute(String table, MetricInputs driver, MetricOptions options) {
    ClusterTable t = named(table);
    if (t == null) {
      throw new IllegalArgumentException(table + " has no cluster implementation (see ClusterTables)");
    }
    return SparkEngine.onSpark(() -> t.compute(orders, driver, options));
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

  /** The packed rows unpacked into the typed rows of {@link ClusterOrders}, column by column. */
  private static ClusterOrders typed(org.apache.spark.sql.Dataset<Row> packed, FileOutcome first) {
    RowCodec codec = first.codec();
    List<String> columns = List.copyOf(first.columns());
    StructType schema = new StructType();
    for (String name : columns) {
      int i = codec.names().indexOf(name);
      schema = schema.add(name, i >= 0 ? codec.sparkType(i) : DataTypes.DoubleType, true);
    }
    schema = schema.add(ClusterOrders.POS, DataTypes.LongType, false);
    JavaRDD<Row> rows = packed.toJavaRDD().map(new Unpack(codec, columns));
    return new ClusterOrders(packed.sparkSession().createDataFrame(rows, schema), columns);
  }

  /** One packed row to its typed row: the cells in table order, then the position. */
  private static final class Unpack implements Function<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private final RowCodec codec;
    private final int[] source;

    /** {@code source[c]}: the codec index of column c, or -1 for amount, -2 for cost. */
    Unpack(RowCodec codec, List<String> columns) {
      this.codec = codec;
      this.source = new int[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        String name = columns.get(c);
        int i = codec.names().indexOf(name);
        source[c] = i >= 0 ? i : name.equals("amount") ? -1 : -2;
      }
    }

    @Override
    public Row call(Row r) {
      Object[] values = codec.values((byte[]) r.get(0));
      Object[] cells = new Object[source.length + 1];
      for (int c = 0; c < source.length; c++) {
        int s = source[c];
        cells[c] = s >= 0 ? values[s] : r.isNullAt(s == -1 ? 2 : 3) ? null : r.getDouble(s == -1 ? 2 : 3);
      }
      cells[source.length] = r.getLong(4);
      return RowFactory.create(cells);
    }
  }
}
