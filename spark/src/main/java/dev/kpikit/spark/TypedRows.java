package dev.kpikit.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Packed rows ({@link SparkRows#SCHEMA}) unpacked into typed rows on the cluster: one Spark column
 * per column of the local table, with its name and the type of {@link RowCodec#sparkType} (dates as
 * {@code DateType}, numbers as {@code double}, text as {@code string}, flags as {@code
 * boolean}; a missing cell is null; the measures {@code amount} and {@code cost} as {@code double}),
 * then {@code pos} (long, reading order). How the kept orders ({@link ClusterOrders}) and the kept
 * customers ({@link SparkRemoteOrders}) are read by the cluster tables.
 */
final class TypedRows {
  private TypedRows() {}

  /**
   * @param packed rows of {@link SparkRows#SCHEMA}
   * @param codec the packing of their cells
   * @param columns the local table's columns, in order (the codec's, plus measures)
   * @return the typed rows, unpacked on each scan (not persisted)
   */
  static Dataset<Row> of(Dataset<Row> packed, RowCodec codec, List<String> columns) {
    StructType schema = new StructType();
    for (String name : columns) {
      int i = codec.names().indexOf(name);
      schema = schema.add(name, i >= 0 ? codec.sparkType(i) : DataTypes.DoubleType, true);
    }
    schema = schema.add(ClusterOrders.POS, DataTypes.LongType, false);
    JavaRDD<Row> rows = packed.toJavaRDD().map(new Unpack(codec, columns));
    return packed.sparkSession().createDataFrame(rows, schema);
  }

  /** One packed row to its typed row: the cells in table order, then the position. */
  private static final class Unpack implements Function<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    private final RowCodec codec;
    private final int[] source;

    /** {@code source[c]}: the codec index of column c, or -1 for amount, -2 for cost. */
    Unpack(RowCodec codec, List<String> columns) {
      this.codec = codec;
      this.source = new int[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        String name = columns.get(c);
        int i = codec.names().indexOf(name);
        source[c] = i >= 0 ? i : name.equals("amount") ? -1 : -2;
      }
    }

    @Override
    public Row call(Row r) {
      Object[] values = codec.values((byte[]) r.get(0));
      Object[] cells = new Object[source.length + 1];
      for (int c = 0; c < source.length; c++) {
        int s = source[c];
        cells[c] = s >= 0 ? values[s] : r.isNullAt(s == -1 ? 2 : 3) ? null : r.getDouble(s == -1 ? 2 : 3);
      }
      cells[source.length] = r.getLong(4);
      return RowFactory.create(cells);
    }
  }
}
