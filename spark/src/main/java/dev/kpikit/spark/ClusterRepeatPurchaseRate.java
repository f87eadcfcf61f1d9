package dev.kpikit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.RepeatPurchase;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.Table;

/**
 * {@code repeat_purchase_rate} on the cluster: Spark reduces the positive kept rows of known
 * customers to one row per customer (distinct orders, and the channel, or dimension value, of its
 * first positive row: earliest date, ties by reading position, as {@code OrderFacts} picks it),
 * then to one row per group (customers, repeat customers); the driver assembles the table with the
 * toolkit's {@link RepeatPurchase#assemble} ({@code ALL} row, order, rates).
 */
final class ClusterRepeatPurchaseRate implements ClusterTable {
  @Override
  public String name() {
    return RepeatPurchase.TABLE;
  }

  @Override
  public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
    RepeatPurchase.requireSplit(orders.columns(), options);
    boolean showGroups = options.by() != null || orders.has("channel");
    if (!orders.has("customer_id")) {
      return RepeatPurchase.assemble(List.of(), options.by(), showGroups); // guests only: no customer
    }
    Column group = showGroups
        ? KeptRows.labelled(orders, options.by() != null ? options.by() : "channel", MetricOptions.MISSING_LABEL)
        : lit("");
    List<Row> rows = KeptRows.of(orders, options)
        .filter(col("amount").gt(0).and(col("customer_id").isNotNull()))
        .groupBy(col("customer_id"))
        .agg(
            countDistinct(col("order_id")).as("orders"),
            min_by(group, struct(col("order_date"), col(ClusterOrders.POS))).as("grp"))
        .groupBy(col("grp"))
        .agg(count(lit(1)).as("customers"), sum(when(col("orders").geq(2), 1L).otherwise(0L)).as("repeat"))
        .collectAsList();
    List<RepeatPurchase.Group> groups = new ArrayList<>(rows.size());
    for (Row r : rows) {
      groups.add(new RepeatPurchase.Group(r.getString(0), r.getLong(1), r.getLong(2)));
    }
    return RepeatPurchase.assemble(groups, options.by(), showGroups);
  }
}
