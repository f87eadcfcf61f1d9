package dev.kpikit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.when;

import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.RevenueMetrics;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import tech.tablesaw.api.Table;

/**
 * {@code revenue_monthly} on the cluster: Spark groups the kept rows ({@link KeptRows}) by period
 * and dimension value and returns one row per cell (revenue and cost as compensated sums, distinct
 * positive orders, distinct active customers); the driver assembles the table with the toolkit's
 * {@link RevenueMetrics#assemble} (zero-filled periods, labels, margin, AOV).
 */
final class ClusterRevenueMonthly implements ClusterTable {
  @Override
  public String name() {
    return RevenueMetrics.TABLE;
  }

  @Override
  public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
    RevenueMetrics.requireSplit(orders.columns(), options);
    Column positive = col("amount").gt(0);
    Column customer = KeptRows.orNull(orders, "customer_id", DataTypes.StringType);
    List<Row> rows = KeptRows.of(orders, options)
        .groupBy(col(KeptRows.PERIOD), KeptRows.labelled(orders, options.by(), MetricOptions.MISSING_LABEL).as("dim"))
        .agg(
            CompensatedSum.of(col("amount")).as("revenue"),
            CompensatedSum.of(KeptRows.orNull(orders, "cost", DataTypes.DoubleType)).as("cost"),
            countDistinct(when(positive, col("order_id"))).as("orders"),
            countDistinct(when(positive, customer)).as("customers"))
        .collectAsList();
    List<RevenueMetrics.Cell> cells = new ArrayList<>(rows.size());
    for (Row r : rows) {
      cells.add(new RevenueMetrics.Cell(
          r.getInt(0), r.isNullAt(1) ? null : r.getString(1), r.getLong(4), r.getLong(5),
          r.isNullAt(2) ? 0 : r.getDouble(2), r.isNullAt(3) ? Double.NaN : r.getDouble(3)));
    }
    return RevenueMetrics.assemble(cells, options);
  }
}
