package dev.kpikit.spark;

import static org.apache.spark.sql.functions.col;

import dev.kpikit.metrics.InventoryTurnover;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.schema.Dataset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code inventory_turnover} table with the orders on the cluster: Spark adds up {@code
 * orders.cost} per day (and per value of the column that splits COGS: the {@code by} column, or
 * {@code product} when only the inventory has the dimension), the driver receives one row per day
 * and value, and {@link InventoryTurnover#table} computes the table from those sums with the
 * inventory and financials as the local engine does: the periods, {@code asOf}, the choice between
 * {@code orders.cost} and {@code financials.cogs} ({@code CogsSource}), the SKU lookup of products,
 * averages, ratios and sort order are the toolkit's.
 *
 * <p>Costs are summed as the toolkit sums money ({@link CompensatedSum}). A day's sum is missing
 * when none of its costs is known, so "orders have no known cost" (then financials give COGS)
 * reads the same from the sums as from the rows. Days after {@code asOf} are
 * kept in the sums and dropped by the toolkit, as from the rows.
 */
final class ClusterInventoryTurnover implements ClusterTable {
  @Override
  public String name() {
    return InventoryTurnover.TABLE;
  }

  @Override
  public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
    return InventoryTurnover.table(driver.table(Dataset.INVENTORY), dailyCosts(orders, options.by()),
        driver.tableOrNull(Dataset.FINANCIALS), options);
  }

  /**
   * @param orders the orders on the cluster
   * @param by the split dimension, or null
   * @return order_date, [the split column], cost: the known costs summed per day and value; null
   *     when the orders have no cost column (as no orders: financials give COGS)
   */
  static Table dailyCosts(ClusterOrders orders, String by) {
    if (!orders.has("cost")) {
      return null;
    }
    String split = by == null ? null : orders.has(by) ? by : orders.has("product") ? "product" : null;
    List<org.apache.spark.sql.Column> keys = new ArrayList<>(List.of(col("order_date")));
    if (split != null) {
      keys.add(col(split).cast("string").as(split));
    }
    List<Row> rows = orders.rows()
        .filter(col("order_date").isNotNull())
        .groupBy(keys.toArray(org.apache.spark.sql.Column[]::new))
        .agg(CompensatedSum.of(col("cost")).as("cost"))
        .collectAsList();
    DateColumn date = DateColumn.create("order_date");
    StringColumn value = split == null ? null : StringColumn.create(split);
    DoubleColumn cost = DoubleColumn.create("cost");
    for (Row r : rows) {
      date.append(KeptRows.localDate(r.get(0)));
      if (value != null) {
        if (r.isNullAt(1)) {
          value.appendMissing();
        } else {
          value.append(r.getString(1));
        }
      }
      int c = r.fieldIndex("cost");
      cost.append(r.isNullAt(c) ? Double.NaN : r.getDouble(c));
    }
    Table out = Table.create("orders", date);
    if (value != null) {
      out.addColumns(value);
    }
    return out.addColumns(cost);
  }
}
