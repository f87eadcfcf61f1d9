package dev.kpikit.spark;

import dev.kpikit.metrics.Cac;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.schema.Dataset;
import tech.tablesaw.api.Table;

/**
 * {@code cac_monthly} on the cluster: new customers counted by Spark as for {@link
 * ClusterNewCustomers}; the marketing spend (small) stays on the driver, which assembles the table
 * with {@link Cac#table(dev.kpikit.metrics.NewCustomerCounts, Table)}, the local engine's code
 * (retention spend excluded, the blended {@code ALL} channel, missing CAC without new customers).
 */
final class ClusterCac implements ClusterTable {
  @Override
  public String name() {
    return Cac.TABLE;
  }

  @Override
  public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
    Table spend = driver.table(Dataset.MARKETING_SPEND);
    Table customers = driver.spellsOrNull();
    return Cac.table(ClusterNewCustomers.counts(name(), orders, customers, options), spend);
  }
}
