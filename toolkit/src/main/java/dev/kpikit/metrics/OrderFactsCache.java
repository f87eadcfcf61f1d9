package dev.kpikit.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tech.tablesaw.api.Table;

/**
 * Remembers the {@link OrderFacts} built for an orders table, so that the metrics computed from the
 * same orders in one run (revenue, new customers, CAC, cohorts, repeat purchases) index them once
 * instead of once each.
 *
 * <p>Facts are found by the identity of the orders and customers tables, their row and column
 * counts, and equal {@link MetricOptions}; it does not read the tables' contents, so they must not
 * be changed in place while the cache is in use. A {@code Business} keeps this true by copying: its
 * accessors ({@code orders()}, ...) hand out copies, and the tables it caches facts of are never
 * handed out. The cache keeps the facts of
 * the last {@value #CAPACITY} distinct requests: facts of a large table are large, and a run asks
 * for one or two variants. Thread-safe.
 *
 * @since 0.1.0
 */
final class OrderFactsCache {
  private static final int CAPACITY = 2;

  private final List<Entry> entries = new ArrayList<>(CAPACITY);
  private final boolean enabled;

  private final Object unitEconomicsLock = new Object();
  private UnitEconomicsEntry unitEconomics;

  private record Entry(Key key, OrderFacts facts) {}

  private record UnitEconomicsEntry(Key key, Table spend, Table table) {}

  private record Key(
      Table orders, int ordersShape, Table customers, int customersShape, MetricOptions options) {
    static Key of(Table orders, Table customers, MetricOptions options) {
      return new Key(orders, shape(orders), customers, shape(customers), options);
    }

    private static int shape(Table t) {
      return t == null ? -1 : 31 * t.rowCount() + t.columnCount();
    }

    boolean sameAs(Key other) {
      return orders == other.orders
          && customers == other.customers
          && ordersShape == other.ordersShape
          && customersShape == other.customersShape
          && options.equals(other.options);
    }
  }

  private OrderFactsCache(boolean enabled) {
    this.enabled = enabled;
  }

  /** @return an empty cache */
  public static OrderFactsCache create() {
    return new OrderFactsCache(true);
  }

  /** @return a cache that remembers nothing: every request builds new facts */
  public static OrderFactsCache none() {
    return new OrderFactsCache(false);
  }

  /** @return true when facts are remembered and shared between requests (not {@link #none()}) */
  public boolean isShared() {
    return enabled;
  }

  /**
   * The facts of {@code orders}, built on the first request and reused by later equal ones.
   *
   * @param orders a canonical orders table
   * @param customers a table with customer_id and channel overriding acquisition channels, or null
   * @param options the grain, {@code asOf} and split dimension
   * @return the facts, as {@link OrderFacts#of(Table, Table, MetricOptions)}
   * @throws NotComputableException when a required column or the {@code by} column is absent
   */
  public OrderFacts of(Table orders, Table customers, MetricOptions options) {
    if (!enabled) {
      return OrderFacts.of(orders, customers, options);
    }
    Key key = Key.of(orders, customers, options);
    // One build at a time: a request equal to one being built waits for it instead of building
    // the same facts again on another thread.
    synchronized (entries) {
      for (Entry e : entries) {
        if (e.key().sameAs(key)) {
          return e.facts();
        }
      }
      OrderFacts facts = OrderFacts.of(orders, customers, options);
      if (entries.size() == CAPACITY) {
        entries.remove(0);
      }
      entries.add(new Entry(key, facts));
      return facts;
    }
  }

  /**
   * The {@code unit_economics} table of these inputs, computed on the first request and copied
   * for each later equal one ({@code balances} reads its payback; the table itself is a result).
   *
   * @param orders a canonical orders table
   * @param customers the customers table, or null
   * @param spend the marketing spend table, or null
   * @param monthly the monthly options without a dimension the table is computed with
   * @param compute computes the table
   * @return the table, a copy the caller owns
   */
  Table unitEconomics(
      Table orders, Table customers, Table spend, MetricOptions monthly, Supplier<Table> compute) {
    if (!enabled) {
      return compute.get();
    }
    Key key = Key.of(orders, customers, monthly);
    synchronized (unitEconomicsLock) {
      if (unitEconomics == null
          || !unitEconomics.key().sameAs(key)
          || unitEconomics.spend() != spend) {
        unitEconomics = new UnitEconomicsEntry(key, spend, compute.get());
      }
      return unitEconomics.table().copy();
    }
  }
}
