package dev.kpikit.spark;

import dev.kpikit.schema.Dataset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The one Spark schema every loaded row travels in: its packed cells ({@link RowCodec}), the sign of
 * its amount, the summable measures (orders' {@code amount} and {@code cost}) and its position in
 * the input (file index and row), which keeps the file order the acquisition channel's tie rule
 * reads (DESIGN §4: ties go to the row that comes first in the file).
 */
final class SparkRows {
  /** Bits of a position that hold the row within its file; the file index sits above them. */
  static final int ROW_BITS = 40;

  /** key (packed cells), sign (-1, 0, 1 of amount), amount, cost, pos (file index and row). */
  static final StructType SCHEMA = new StructType()
      .add("key", DataTypes.BinaryType, false)
      .add("sign", DataTypes.IntegerType, false)
      .add("amount", DataTypes.DoubleType, true)
      .add("cost", DataTypes.DoubleType, true)
      .add("pos", DataTypes.LongType, false);

  private SparkRows() {}

  /**
   * @param dataset a dataset
   * @return the columns whose values are summed when rows merge: {@code amount} and {@code cost}
   *     for orders, none for the others (their rows are never merged)
   */
  static List<String> measures(Dataset dataset) {
    return dataset == Dataset.ORDERS ? List.of("amount", "cost") : List.of();
  }

  /**
   * @param table a loaded table
   * @param codec the packing of its non-measure columns
   * @param measures the measure columns ({@link #measures})
   * @param base the position of the table's first row
   * @return one Spark row per table row, made as the iterator is read (the file's rows are never
   *     all held twice)
   */
  static Iterator<Row> of(Table table, RowCodec codec, List<String> measures, long base) {
    Column<?> amount = !measures.isEmpty() && table.containsColumn("amount") ? table.column("amount") : null;
    Column<?> cost = !measures.isEmpty() && table.containsColumn("cost") ? table.column("cost") : null;
    List<Column<?>> packed = codec.columnsOf(table);
    return new Iterator<>() {
      private int r;

      @Override
      public boolean hasNext() {
        return r < table.rowCount();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Double a = value(amount, r);
        int sign = a == null ? 0 : (int) Math.signum(a);
        Row row = RowFactory.create(codec.pack(packed, r), sign, a, value(cost, r), base + r);
        r++;
        return row;
      }
    };
  }

  private static Double value(Column<?> c, int row) {
    if (c == null || c.isMissing(row)) {
      return null;
    }
    return ((Number) c.get(row)).doubleValue();
  }
}
