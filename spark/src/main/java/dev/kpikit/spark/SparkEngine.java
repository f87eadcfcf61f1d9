package dev.kpikit.spark;

import dev.kpikit.LoadEngine;
import dev.kpikit.RemoteOrders;
import dev.kpikit.config.DataFolder;
import dev.kpikit.load.DataException;
import dev.kpikit.load.FileLedger;
import dev.kpikit.load.LoadResult;
import dev.kpikit.load.Reject;
import dev.kpikit.schema.Dataset;
import dev.kpikit.schema.DatasetShape;
import dev.kpikit.schema.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.CollectionAccumulator;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The {@code spark} engine: reads a data folder's files on a Spark cluster and keeps the orders
 * there ({@code --engine spark}, or {@link SparkMetricsJob} under {@code spark-submit}): the order
 * tables of {@link ClusterTables} are aggregated by Spark and finished on the driver by the
 * toolkit's own code, so a whole run never holds a row per order line on the driver.
 *
 * <p>How a dataset is read:
 *
 * <ol>
 *   <li>Its files are listed on their file system (a Hadoop folder or glob expands to its data
 *       files, sorted by name) and spread over the executors, one task per file.
 *   <li>Each task reads its file with the toolkit's loader ({@link ExecutorLoad}): the same column
 *       mapping, presets, parsing rules and rejects as {@code --engine local}.
 *   <li>{@code orders} stay on the cluster ({@link #keepOrders}, {@link SparkRemoteOrders}):
 *       persisted, with their ledger and rejects sent to the driver, and read as typed rows ({@link
 *       ClusterOrders}) by the cluster tables. Only when something needs the rows themselves (an
 *       order table without a cluster implementation, {@code Business.orders()}, the HTML report)
 *       are they brought to the driver, as {@link #load} does: merged on the cluster (Spark SQL
 *       {@code GROUP BY}) when they are equal in every column but {@code amount} and {@code cost}
 *       and their amounts have the same sign, the amounts and costs summed and the merged row
 *       keeping the first position. No metric can tell the merged rows apart: revenue and cost are
 *       sums, an order or customer is active through a positive row, and the acquisition channel is
 *       the channel of the earliest positive row, ties by file order.
 *   <li>The other datasets are small and come back whole, in file order; the driver rebuilds the
 *       typed table and applies the folder's policies with {@link DataFolder#afterLoad}, as the
 *       local engine does. {@code survival} is still counted on the cluster: the kept orders put
 *       the driver's finished customers table there ({@link SparkRemoteOrders}, {@link
 *       ClusterSurvival}).
 * </ol>
 *
 * <p>Not supported (refused with a message naming {@code --engine local}): currency conversion
 * ({@code fx_rates}) and {@code policies.refunds: at_order}, which move rows between files; and
 * files of one dataset with different columns. Each file is read on its own, so an ambiguous date
 * format is guessed per file, where the local engine guesses over all files of a dataset.
 */
public final class SparkEngine implements LoadEngine {
  private final Supplier<SparkSession> session;
  private final List<ClusterTable> clusterTables;
  private final List<String> computedOnCluster = java.util.Collections.synchronizedList(new ArrayList<>());

  /** The engine {@code --engine spark} finds: the running Spark session, else a {@code local[2]} one. */
  public SparkEngine() {
    this(SparkSessions::getOrCreate, ClusterTables.ALL);
  }

  /** @param session the session to read with */
  public SparkEngine(SparkSession session) {
    this(() -> session, ClusterTables.ALL);
  }

  /**
   * @param session the session to read with
   * @param clusterTables the tables computed on the cluster instead of {@link ClusterTables#ALL}
   *     (tests)
   */
  SparkEngine(SparkSession session, List<ClusterTable> clusterTables) {
    this(() -> session, clusterTables);
  }

  private SparkEngine(Supplier<SparkSession> session, List<ClusterTable> clusterTables) {
    this.session = session;
    this.clusterTables = List.copyOf(clusterTables);
  }

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public LoadResult load(DataFolder folder, Dataset dataset) {
    refuseWhatCannotBeDistributed(folder, dataset);
    Read read = read(folder, dataset);
    // Merged orders are read partition by partition, sorted by their first position, so the driver
    // never holds all Spark rows and the rebuilt table at once; the sort reads every file before
    // the first partition comes, so every file has reported its ledger after hasNext(). The other
    // datasets are small and collected as read (partition i is file i, rows in file order).
    return onSpark(() -> {
      java.util.Iterator<Row> result = dataset == Dataset.ORDERS
          ? merged(read.rows()).orderBy("pos").toLocalIterator()
          : read.rows().collectAsList().iterator();
      result.hasNext();
      List<FileOutcome> byFile = oncePerFile(read.outcomes().value(), read.files().size());
      return folder.afterLoad(dataset, assemble(dataset, read.files(), byFile, result));
    });
  }

  /**
   * Keeps the folder's orders on the cluster: read on the executors as {@link #load} reads them,
   * persisted there, and never collected unless a table without a cluster implementation ({@link
   * ClusterTables}) or the API asks for the rows.
   *
   * @param folder the data folder
   * @return the orders on the cluster, with their ledger
   * @throws DataException as {@link #load}
   */
  @Override
  public RemoteOrders keepOrders(DataFolder folder) {
    refuseWhatCannotBeDistributed(folder, Dataset.ORDERS);
    return onSpark(() -> SparkRemoteOrders.read(folder, read(folder, Dataset.ORDERS), clusterTables, computedOnCluster));
  }

  /**
   * @return the metric tables this engine computed on the cluster ({@link ClusterTables} and
   *     {@code survival}), one entry per computation, in the order they finished
   */
  List<String> computedOnCluster() {
    synchronized (computedOnCluster) {
      return List.copyOf(computedOnCluster);
    }
  }

  /**
   * A dataset's files as the executors read them.
   *
   * @param files the input files, in reading order
   * @param rows one row of {@link SparkRows#SCHEMA} per loaded row (not computed yet)
   * @param outcomes each file's {@link FileOutcome}, once the rows were computed
   */
  record Read(List<String> files, org.apache.spark.sql.Dataset<Row> rows, CollectionAccumulator<FileOutcome> outcomes) {}

  /** Lists the dataset's files and plans their reading on the executors, one task per file. */
  private Read read(DataFolder folder, Dataset dataset) {
    SparkSession spark = session.get();
    List<String> files = HadoopFiles.expand(folder.inputs().get(dataset), spark);
    CollectionAccumulator<FileOutcome> outcomes =
        spark.sparkContext().collectionAccumulator("kpikit " + dataset.fileStem() + " files");
    ExecutorLoad task = new ExecutorLoad(dataset, files,
        SparkLoadOptions.of(folder.config().dataset(dataset).toLoadOptions(folder.config().timezone())),
        HadoopFiles.settings(spark), outcomes);
    JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(IntStream.range(0, files.size()).boxed().toList(), files.size())
        .flatMap(task::rows);
    return new Read(files, spark.createDataFrame(rows, SparkRows.SCHEMA), outcomes);
  }

  /**
   * Runs Spark actions, turning a failed job back into the toolkit error its task threw ({@link
   * SparkFailures}); toolkit errors thrown on the driver pass unchanged.
   */
  static <T> T onSpark(java.util.concurrent.Callable<T> actions) {
    try {
      return actions.call();
    } catch (RuntimeException e) {
      if (e instanceof DataException || e instanceof java.io.UncheckedIOException
          || e instanceof dev.kpikit.metrics.NotComputableException || e instanceof IllegalArgumentException) {
        throw e;
      }
      throw SparkFailures.unwrap(e);
    } catch (Exception e) { // SparkException is checked in Java's eyes but thrown unchecked
      throw SparkFailures.unwrap(e);
    }
  }

  /** Rows equal in every column but the measures, with amounts of one sign, merged. */
  static org.apache.spark.sql.Dataset<Row> merged(org.apache.spark.sql.Dataset<Row> df) {
    return df.groupBy("key", "sign")
        .agg(functions.sum("amount").as("amount"), functions.sum("cost").as("cost"), functions.min("pos").as("pos"))
        .select("key", "sign", "amount", "cost", "pos");
  }

  private static void refuseWhatCannotBeDistributed(DataFolder folder, Dataset dataset) {
    if (folder.fxRates() != null) {
      throw new DataException(folder.dir() + ": the Spark engine does not convert currencies (fx_rates);"
          + " run with --engine local");
    }
    if (dataset == Dataset.ORDERS && folder.config().policies().refundsAtOrder()) {
      throw new DataException(folder.dir() + ": the Spark engine does not apply policies.refunds: at_order;"
          + " run with --engine local");
    }
  }

  /** Each file's outcome once (a retried task reports twice), in file order. */
  static List<FileOutcome> oncePerFile(List<FileOutcome> reported, int files) {
    Map<Integer, FileOutcome> byIndex = new TreeMap<>();
    reported.forEach(o -> byIndex.putIfAbsent(o.fileIndex(), o));
    if (byIndex.size() != files) {
      throw new IllegalStateException("Spark returned the ledger of " + byIndex.size() + " of " + files + " files");
    }
    return new ArrayList<>(byIndex.values());
  }

  static LoadResult assemble(Dataset dataset, List<String> files, List<FileOutcome> outcomes,
      java.util.Iterator<Row> rows) {
    FileOutcome first = outcomes.get(0);
    for (FileOutcome o : outcomes) {
      if (!o.columns().equals(first.columns()) || !o.codec().equals(first.codec())) {
        throw new DataException(files.get(o.fileIndex()) + ": its columns " + o.columns() + " differ from those of "
            + files.get(0) + " " + first.columns() + "; the Spark engine reads files of one dataset with the same"
            + " columns (run with --engine local)");
      }
    }
    RowCodec codec = first.codec();
    List<Column<?>> packed = codec.emptyColumns();
    boolean hasAmount = first.columns().contains("amount") && !codec.names().contains("amount");
    boolean hasCost = first.columns().contains("cost") && !codec.names().contains("cost");
    DoubleColumn amount = DoubleColumn.create("amount");
    DoubleColumn cost = DoubleColumn.create("cost");
    while (rows.hasNext()) {
      Row r = rows.next();
      codec.unpack((byte[]) r.get(0), packed);
      if (hasAmount) {
        appendNullable(amount, r, 2);
      }
      if (hasCost) {
        appendNullable(cost, r, 3);
      }
    }
    Table table = Table.create(dataset.fileStem());
    for (String name : first.columns()) {
      int i = codec.names().indexOf(name);
      table.addColumns(i >= 0 ? packed.get(i) : name.equals("amount") ? amount : cost);
    }
    List<FileLedger> ledgers = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    for (FileOutcome o : outcomes) {
      ledgers.add(o.toLedger(files.get(o.fileIndex())));
      rejects.addAll(o.toRejects());
    }
    DatasetShape shape = Schemas.shapesOf(dataset).stream()
        .filter(s -> s.name().equals(first.shape()))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no shape " + first.shape() + " of " + dataset));
    return new LoadResult(dataset, shape, table, ledgers, rejects);
  }

  private static void appendNullable(DoubleColumn c, Row r, int field) {
    if (r.isNullAt(field)) {
      c.appendMissing();
    } else {
      c.append(r.getDouble(field));
    }
  }
}
