package dev.kpikit.spark;

import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import tech.tablesaw.api.Table;

/**
 * One metric table the Spark engine computes on the cluster from {@link ClusterOrders}, so that the
 * driver never holds the order rows: Spark aggregates, the driver receives a table as small as the
 * result. Its output must equal the local engine's table of the same name cell for cell (counts
 * exactly, money and rates within 1e-9 relative), which the parity tests check.
 *
 * <p>A whole run uses the tables listed in {@link ClusterTables#ALL} (one line each); an order
 * table not listed there makes the driver collect the orders ({@code dev.kpikit.RemoteOrders}).
 * Spark does the row-reducing aggregation ({@link KeptRows} gives the kept rows with their period,
 * {@link CompensatedSum} sums money as the local engine does); the driver assembles the result with
 * the toolkit's own code.
 */
interface ClusterTable {
  /** @return the name of the table in {@link dev.kpikit.metrics.MetricTables}, e.g. {@code revenue_monthly} */
  String name();

  /**
   * @param orders the orders on the cluster
   * @param driver the business's other datasets, loaded on the driver (never its orders)
   * @param options grain, as-of date and split dimension
   * @return the table, as the local engine computes it
   * @throws dev.kpikit.metrics.NotComputableException as the local engine would throw it
   */
  Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options);
}
