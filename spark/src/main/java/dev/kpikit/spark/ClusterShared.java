package dev.kpikit.spark;

import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import tech.tablesaw.api.Table;

/**
 * What the cluster tables of one {@link ClusterOrders} share, so that a run does each piece of work
 * once: the {@link ClusterCustomers} of each option set (the per-customer grouping of the orders,
 * which the acquisition, cohort, unit economics and balances tables all read), persisted for the
 * orders' lifetime when this was made {@linkplain #persisting() persisting}; and each {@link
 * ClusterTable}'s result per inputs and options, so that a table another one reads ({@code
 * unit_economics}, whose CAC payback {@code balances} reports) is computed once; and the orders'
 * date range, from which {@link KeptRows} builds its period lookup.
 *
 * <p>Thread-safe: a run computes tables on several threads; a second caller of the same table
 * waits for the first one's result (or its exception) instead of computing it again.
 */
public final class ClusterShared implements AutoCloseable {
  private final boolean persist;
  private final List<CustomersEntry> customers = new ArrayList<>();
  private final List<TableEntry> tables = new ArrayList<>();
  private LocalDate[] dateRange;

  private record CustomersEntry(MetricOptions options, Table customersTable, ClusterCustomers customers) {}

  private record TableEntry(String name, MetricInputs driver, MetricOptions options, CompletableFuture<Table> result) {}

  private ClusterShared(boolean persist) {
    this.persist = persist;
  }

  /** @return a cache whose customers are persisted on the cluster until {@link #close()} */
  public static ClusterShared persisting() {
    return new ClusterShared(true);
  }

  /**
   * @return a cache that shares definitions and results but persists nothing (orders made for one
   *     table, as tests and short scripts make them, leave nothing on the cluster)
   */
  public static ClusterShared notPersisting() {
    return new ClusterShared(false);
  }

  /**
   * The customers of {@code orders} for these options and acquisition channels, defined once.
   *
   * @param orders the orders these are shared for
   * @param customersTable the driver's customers table giving acquisition channels (compared by
   *     identity), or null
   * @param options grain, asOf and split dimension
   * @return the shared customers; callers must not close them
   */
  synchronized ClusterCustomers customers(ClusterOrders orders, Table customersTable, MetricOptions options) {
    for (CustomersEntry e : customers) {
      if (e.options().equals(options) && e.customersTable() == customersTable) {
        return e.customers();
      }
    }
    ClusterCustomers defined = ClusterCustomers.of(orders, customersTable, options);
    if (persist) {
      defined.persist();
    }
    customers.add(new CustomersEntry(options, customersTable, defined));
    return defined;
  }

  /**
   * The first and last {@code order_date} of the orders (every row, kept or not), read once.
   *
   * @param orders the orders these are shared for
   * @return {first, last}, or null when the orders have no {@code order_date} column or no date
   */
  synchronized LocalDate[] dateRange(ClusterOrders orders) {
    if (dateRange == null) {
      LocalDate[] range = null;
      if (orders.has("order_date")) {
        Row r = orders.rows().agg(functions.min("order_date"), functions.max("order_date")).first();
        if (!r.isNullAt(0)) {
          range = new LocalDate[] {KeptRows.localDate(r.get(0)), KeptRows.localDate(r.get(1))};
        }
      }
      dateRange = range == null ? new LocalDate[0] : range;
    }
    return dateRange.length == 0 ? null : dateRange.clone();
  }

  /**
   * A table's result for these inputs (compared by identity) and options, computed once.
   *
   * @param table the cluster table
   * @param orders the orders these are shared for
   * @param driver the business's other datasets
   * @param options grain, asOf and split dimension
   * @return the table; the same instance for every caller (tables are not modified by callers)
   * @throws RuntimeException what computing the table threw, to every caller
   */
  Table table(ClusterTable table, ClusterOrders orders, MetricInputs driver, MetricOptions options) {
    CompletableFuture<Table> result;
    boolean mine = false;
    synchronized (this) {
      result = null;
      for (TableEntry e : tables) {
        if (e.name().equals(table.name()) && e.driver() == driver && e.options().equals(options)) {
          result = e.result();
        }
      }
      if (result == null) {
        result = new CompletableFuture<>();
        tables.add(new TableEntry(table.name(), driver, options, result));
        mine = true;
      }
    }
    if (mine) {
      try {
        result.complete(table.compute(orders, driver, options));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return result.join();
    } catch (java.util.concurrent.CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** Releases the persisted customers; the cache can still be used (it defines them again). */
  @Override
  public synchronized void close() {
    customers.forEach(e -> e.customers().close());
    customers.clear();
  }

  @Override
  public String toString() {
    return "ClusterShared[persist=" + persist + ", customers=" + customers.size() + ", tables=" + tables.size() + "]";
  }
}
