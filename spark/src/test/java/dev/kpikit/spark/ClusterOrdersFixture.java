package dev.kpikit.spark;

import dev.kpikit.Business;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Test side of {@link ClusterTable}: a local orders table put on the cluster as {@link
 * ClusterOrders} (position = row index), and the check that a cluster table equals the local
 * engine's table of the same name.
 */
final class ClusterOrdersFixture {
  private ClusterOrdersFixture() {}

  /**
   * @param spark the session
   * @param orders a loaded orders table
   * @return the same rows as {@link ClusterOrders}, {@code pos} = row index
   */
  static ClusterOrders of(SparkSession spark, Table orders) {
    StructType schema = new StructType();
    for (Column<?> c : orders.columns()) {
      schema = schema.add(c.name(), typeOf(c), true);
    }
    schema = schema.add(ClusterOrders.POS, DataTypes.LongType, false);
    List<Row> rows = new ArrayList<>(orders.rowCount());
    for (int r = 0; r < orders.rowCount(); r++) {
      Object[] cells = new Object[orders.columnCount() + 1];
      for (int i = 0; i < orders.columnCount(); i++) {
        cells[i] = cell(orders.column(i), r);
      }
      cells[orders.columnCount()] = (long) r;
      rows.add(RowFactory.create(cells));
    }
    return new ClusterOrders(spark.createDataFrame(rows, schema), orders.columnNames());
  }

  /**
   * Asserts that {@code table} computed on the cluster equals the local engine's table of its name,
   * cell for cell ({@link SameRun#assertSameTable}).
   *
   * @param table the cluster table
   * @param business a business loaded by the local engine
   * @param options the options both compute with
   */
  static void assertSameAsLocal(ClusterTable table, Business business, MetricOptions options) {
    Table local = MetricTables.named(table.name()).compute().apply(business.inputs(), options);
    Table cluster = table.compute(of(SharedSpark.get(), business.orders()), business.inputs(), options);
    SameRun.assertSameTable(table.name(), local, cluster);
  }

  private static DataType typeOf(Column<?> c) {
    if (c instanceof DateColumn) {
      return DataTypes.DateType;
    }
    return c instanceof NumericColumn<?> ? DataTypes.DoubleType : DataTypes.StringType;
  }

  private static Object cell(Column<?> c, int r) {
    if (c.isMissing(r)) {
      return null;
    }
    if (c instanceof DateColumn d) {
      return java.sql.Date.valueOf(d.get(r));
    }
    if (c instanceof NumericColumn<?> n) {
      return n.getDouble(r);
    }
    return c.getString(r);
  }
}
