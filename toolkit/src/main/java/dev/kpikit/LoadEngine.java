package dev.kpikit;

import dev.kpikit.config.DataFolder;
import dev.kpikit.load.LoadResult;
import dev.kpikit.schema.Dataset;

/**
 * How a {@link Business} reads its datasets. The default reads them in this JVM ({@link
 * DataFolder#load}); another engine (kpikit-spark's {@code spark}, found by {@link LoadEngines}
 * through {@link java.util.ServiceLoader}) reads the files elsewhere and hands back the same
 * result, so every metric is computed by the same code whichever engine read the rows.
 *
 * <p>An engine's result must be one the metrics cannot tell apart from the local load: the same
 * columns and types, the same ledger counts (rows read, loaded, rejected per file) and rejects. It
 * may merge rows that no metric can tell apart (kpikit-spark sums the amounts of order lines equal
 * in every other column), so its table may hold fewer rows than its ledger says were loaded.
 *
 * @since 0.1.0
 */
public interface LoadEngine {
  /** @return the name the command line selects the engine by ({@code --engine NAME}) */
  String name();

  /**
   * Reads one dataset of a folder, with the folder's config.
   *
   * @param folder the data folder (its files and config)
   * @param dataset a dataset the folder {@linkplain DataFolder#has has}
   * @return the table and its ledger, as {@link DataFolder#load} would give them
   * @throws dev.kpikit.load.DataException when the files cannot be read or the config asks for
   *     something the engine cannot do (the message says what and what to use instead)
   */
  LoadResult load(DataFolder folder, Dataset dataset);

  /**
   * Reads a folder's {@code orders} and keeps the rows where they were read, for a run that must
   * not hold a row per order line in this JVM (see {@link RemoteOrders}). {@link Business} asks for
   * it first and falls back to {@link #load} for orders when the engine does not keep them.
   *
   * @param folder the data folder; it has orders
   * @return the orders the engine keeps, or null when it only hands back rows (the default; the
   *     local engine)
   * @throws dev.kpikit.load.DataException as {@link #load}
   * @since 0.3.0
   */
  default RemoteOrders keepOrders(DataFolder folder) {
    return null;
  }
}
