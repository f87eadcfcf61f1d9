package dev.kpikit.spark;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A business's loaded {@code orders} as they stay on the cluster: one Spark row per loaded row
 * (rejected rows are not in it), typed as the local engine's table, so that the order metric tables
 * are aggregated by Spark and the driver receives only their result.
 *
 * <p>Columns: those of the local engine's loaded orders table with the same names ({@code
 * order_id}, {@code order_date} as a Spark {@code DateType}, {@code customer_id}, {@code channel},
 * any other kept text column as strings, {@code quantity} and other numbers as doubles, {@code
 * amount} and {@code cost} as doubles; a missing value is {@code null}), plus {@code pos}, a {@code
 * long}: the row's place in reading order (file index and row), which the DESIGN §4 tie rules read
 * (the acquisition channel is that of the first positive row, ties by file order). Rows after the
 * as-of date are included; each table drops them as the local engine does.
 *
 * <p>The tables of one run share the work they have in common through {@link #shared()}.
 *
 * @param rows the rows
 * @param columns the local table's column names, in its order (without {@code pos})
 * @param shared what the cluster tables of these orders share ({@link ClusterShared})
 */
public record ClusterOrders(Dataset<Row> rows, List<String> columns, ClusterShared shared) {
  /** The position column: file index and row within the file, in reading order. */
  public static final String POS = "pos";

  /** Copies the column list. */
  public ClusterOrders {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(shared, "shared");
    columns = List.copyOf(columns);
  }

  /**
   * Orders whose tables share definitions and results but persist nothing on the cluster (orders
   * made for a few tables, as tests and scripts make them).
   *
   * @param rows the rows
   * @param columns the local table's column names, in its order (without {@code pos})
   */
  public ClusterOrders(Dataset<Row> rows, List<String> columns) {
    this(rows, columns, ClusterShared.notPersisting());
  }

  /**
   * @param column a column name
   * @return true when the orders have it
   */
  public boolean has(String column) {
    return columns.contains(column);
  }
}
