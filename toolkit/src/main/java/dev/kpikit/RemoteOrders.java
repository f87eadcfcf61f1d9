package dev.kpikit;

import dev.kpikit.load.LoadResult;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * A business's {@code orders} kept where an engine read them (kpikit-spark: on the cluster), so that
 * a whole run never holds a row per order line in this JVM: the engine computes the order tables it
 * implements there and hands back their results, and the run reads the ledger, the rejects and the
 * last order date without the rows. An engine offers it through {@link
 * LoadEngine#keepOrders(dev.kpikit.config.DataFolder)}; {@link Business} uses it by itself.
 *
 * <p>Where it keeps the orders, an engine may compute a table of the business's other datasets too,
 * e.g. kpikit-spark computes {@code survival} from the customers: {@link #compute} gets them from
 * its {@code driver} inputs (loaded in this JVM, where the other tables read them) and aggregates
 * them where the orders are. {@link #computes} names every such table; the run and {@link
 * Business}'s table queries ask it for any table, so these need nothing else.
 *
 * <p>The rows come to this JVM ({@link #collect()}) only when something needs them: an order table
 * the engine does not compute ({@link #computes} is false), {@link Business#orders()}, {@link
 * Business#load} of orders, or a report page that reads order rows. {@link
 * Business#ordersCollectedFor()} names what did, and the run says so in one line ({@link
 * #collectedLine}).
 *
 * @since 0.3.0
 */
public interface RemoteOrders {
  /**
   * @return the load of the orders without their rows: the shape, each file's ledger (rows read,
   *     loaded, rejected) and the rejects, exactly as {@link LoadEngine#load} gives them, but a
   *     table with the loaded columns and <em>no rows</em> (never compute from it)
   */
  LoadResult ledger();

  /**
   * @return the latest {@code order_date} of the loaded rows (what {@link Business#asOf()} reads
   *     from the orders), or null when no row has one
   */
  LocalDate lastOrderDate();

  /**
   * @param table a metric table name of {@link dev.kpikit.metrics.MetricTables}, e.g. {@code
   *     revenue_monthly}
   * @return true when {@link #compute} computes it where the orders are: an order table, or a table
   *     of the other datasets the engine aggregates there (kpikit-spark: {@code survival})
   */
  boolean computes(String table);

  /**
   * Computes one table where the orders are; its result equals the local engine's table of the
   * same name (same columns, rows and cells).
   *
   * @param table a table {@link #computes} accepts
   * @param driver the business's other datasets, loaded in this JVM (the engine never asks it for
   *     orders); a table of those datasets the engine computes where the orders are takes its rows
   *     from here
   * @param options grain, as-of date and split dimension
   * @return the table
   * @throws dev.kpikit.metrics.NotComputableException as the local computation would throw it
   * @throws IllegalArgumentException when the engine does not compute {@code table}
   */
  Table compute(String table, MetricInputs driver, MetricOptions options);

  /**
   * Brings the rows to this JVM: the slow path, for what needs the order rows themselves.
   *
   * @return the load as {@link LoadEngine#load} gives it for {@code orders}: the same ledger as
   *     {@link #ledger()} and the full table
   */
  LoadResult collect();

  /**
   * The line a run prints when its orders were brought to this JVM although the engine keeps them.
   *
   * @param engine the engine's name, e.g. {@code spark}
   * @param readers what needed the rows (tables without an implementation in the engine, API calls),
   *     as {@link Business#ordersCollectedFor()} lists them
   * @return e.g. {@code orders collected to the driver for: units (not computed where the spark
   *     engine keeps them)}
   */
  static String collectedLine(String engine, List<String> readers) {
    return "orders collected to the driver for: " + String.join(", ", readers)
        + " (not computed where the " + engine + " engine keeps them)";
  }
}
