package dev.kpikit.spark;

import java.util.List;

/**
 * The registry of the metric tables the Spark engine computes on the cluster ({@link
 * ClusterTable}): a whole run ({@code kpikit metrics --engine spark}, {@link SparkMetricsJob})
 * takes each order table named here from its {@link ClusterTable} and leaves the orders on the
 * cluster; any other order table makes the driver collect the orders (the run says which). {@code
 * survival}, which reads the customers rather than the orders, is not a {@link ClusterTable}: the
 * kept orders compute it on the cluster themselves ({@link SparkRemoteOrders}, {@link
 * ClusterSurvival}).
 *
 * <p>To add a table: write its {@link ClusterTable} with a parity test ({@code Cluster<Table>Test})
 * and add one line to {@link #ALL}.
 */
final class ClusterTables {
  /** Every table computed on the cluster, one per line. */
  static final List<ClusterTable> ALL = all();

  private static List<ClusterTable> all() {
    ClusterTable unitEconomics = new ClusterUnitEconomics();
    return List.of(
        new ClusterRevenueMonthly(),
        new ClusterNewCustomers(),
        new ClusterCac(),
        ClusterCohortRetention.customers(),
        ClusterCohortRetention.revenue(),
        new ClusterRepeatPurchaseRate(),
        unitEconomics,
        new ClusterInventoryTurnover(),
        new ClusterBalances(unitEconomics)); // balances' CAC payback reads unit_economics
  }

  private ClusterTables() {}

  /**
   * @param table a metric table name, e.g. {@code revenue_monthly}
   * @return its cluster implementation, or null when it has none
   */
  static ClusterTable named(String table) {
    return ALL.stream().filter(t -> t.name().equals(table)).findFirst().orElse(null);
  }
}
