package dev.kpikit.spark;

import dev.kpikit.metrics.AcquisitionChannels;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.NewCustomerCounts;
import dev.kpikit.metrics.NewCustomers;
import tech.tablesaw.api.Table;

/**
 * {@code new_customers_monthly} on the cluster: Spark counts new customers per (cohort, dimension
 * value, acquisition channel) from {@link ClusterCustomers}, with the acquisition channels the
 * driver's customer spells give; the driver assembles the table with {@link
 * NewCustomers#table(NewCustomerCounts)}, the local engine's code.
 */
final class ClusterNewCustomers implements ClusterTable {
  @Override
  public String name() {
    return NewCustomers.TABLE;
  }

  @Override
  public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
    return NewCustomers.table(counts(name(), orders, driver.spellsOrNull(), options));
  }

  /**
   * New customers of the acquisition tables, counted on the cluster.
   *
   * @param table the table computed, for the split error
   * @param orders the orders
   * @param customers the spells giving acquisition channels, or null
   * @param options the table's options (a split by channel is dropped)
   * @return the counts
   */
  static NewCustomerCounts counts(String table, ClusterOrders orders, Table customers, MetricOptions options) {
    boolean channels = AcquisitionChannels.known(orders.has("channel"), customers);
    MetricOptions acquisition = NewCustomerCounts.create(options, channels).options();
    ClusterCustomers.requireSplit(table, orders, acquisition.by());
    return orders.shared().customers(orders, customers, acquisition).newCustomerCounts();
  }
}
