package dev.kpikit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import dev.kpikit.metrics.CohortCells;
import dev.kpikit.metrics.CohortRetention;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.Table;

/**
 * {@code cohort_retention} and {@code cohort_revenue_retention} on the cluster: Spark counts each
 * cohort's size (cohort x dimension value of {@link ClusterCustomers}), and per period its active
 * customers (distinct customers with a positive row) or its revenue (all its customers' rows from
 * the cohort period on, refunds included); the driver assembles the long table with {@link
 * CohortCells}, the local engine's code (every offset up to {@code asOf}).
 */
final class ClusterCohortRetention implements ClusterTable {
  private final boolean revenue;

  private ClusterCohortRetention(boolean revenue) {
    this.revenue = revenue;
  }

  /** @return {@code cohort_retention} (active customers) */
  static ClusterCohortRetention customers() {
    return new ClusterCohortRetention(false);
  }

  /** @return {@code cohort_revenue_retention} (revenue) */
  static ClusterCohortRetention revenue() {
    return new ClusterCohortRetention(true);
  }

  @Override
  public String name() {
    return revenue ? CohortRetention.REVENUE_TABLE : CohortRetention.CUSTOMERS_TABLE;
  }

  @Override
  public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
    ClusterCustomers.requireSplit(name(), orders, options.by());
    // the acquisition channels of the spells do not matter here; passing them shares the run's customers
    ClusterCustomers customers = orders.shared().customers(orders, driver.spellsOrNull(), options);
    CohortCells cells = new CohortCells(options);
    String cohort = ClusterCustomers.COHORT;
    String dimension = ClusterCustomers.DIMENSION;
    String period = ClusterCustomers.PERIOD;
    for (Row r : customers.customers().groupBy(cohort, dimension).agg(count(lit(1))).collectAsList()) {
      cells.addCohort(r.getInt(0), r.getString(1), Math.toIntExact(r.getLong(2)));
    }
    if (revenue) {
      for (Row r : customers.customerRows()
          .filter(col(period).geq(col(cohort)))
          .groupBy(cohort, dimension, period)
          .agg(CompensatedSum.of(col(ClusterCustomers.AMOUNT)))
          .collectAsList()) {
        cells.addCell(r.getInt(0), r.getString(1), r.getInt(2), r.getDouble(3));
      }
      return cells.revenueTable(CohortRetention.ALL_OFFSETS);
    }
    for (Row r : customers.activePeriods().groupBy(cohort, dimension, period).agg(count(lit(1))).collectAsList()) {
      cells.addCell(r.getInt(0), r.getString(1), r.getInt(2), r.getLong(3));
    }
    return cells.retentionTable(CohortRetention.ALL_OFFSETS);
  }
}
