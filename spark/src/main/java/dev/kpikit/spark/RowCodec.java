package dev.kpikit.spark;

import dev.kpikit.load.DataException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Packs the cells of a loaded row into bytes, so Spark can group and move rows of any dataset shape
 * with one fixed schema, and unpacks them into Tablesaw columns of the original types on the
 * driver. The types are those the toolkit's loader produces: text, date, double, int and boolean;
 * missing values round-trip as missing. Equal cells give equal bytes, so grouping by the bytes
 * groups rows equal in every packed column.
 *
 * @param names the packed columns' names, in table order
 * @param types each packed column's type: {@code STRING}, {@code LOCAL_DATE}, {@code DOUBLE},
 *     {@code INTEGER} or {@code BOOLEAN}
 */
record RowCodec(List<String> names, List<String> types) implements Serializable {

  /**
   * @param table a loaded table
   * @param except columns not to pack (the summed measures)
   * @return the codec of the table's other columns
   * @throws DataException when a column has a type the loader never produces
   */
  static RowCodec of(Table table, List<String> except) {
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      if (except.contains(c.name())) {
        continue;
      }
      ColumnType t = c.type();
      if (!List.of("STRING", "LOCAL_DATE", "DOUBLE", "INTEGER", "BOOLEAN").contains(t.name())) {
        throw new DataException(c.name() + ": column type " + t.name() + " is not supported by the Spark engine");
      }
      names.add(c.name());
      types.add(t.name());
    }
    return new RowCodec(List.copyOf(names), List.copyOf(types));
  }

  /**
   * @param table the table this codec was made for
   * @return its packed columns, in this codec's order (look them up once, pack many rows)
   */
  List<Column<?>> columnsOf(Table table) {
    List<Column<?>> columns = new ArrayList<>(names.size());
    names.forEach(n -> columns.add(table.column(n)));
    return columns;
  }

  /**
   * @param columns the packed columns of a table ({@link #columnsOf})
   * @param row a row index
   * @return the row's packed cells
   */
  byte[] pack(List<Column<?>> columns, int row) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (int i = 0; i < names.size(); i++) {
        Column<?> c = columns.get(i);
        boolean missing = c.isMissing(row);
        out.writeBoolean(missing);
        if (missing) {
          continue;
        }
        switch (types.get(i)) {
          case "STRING" -> out.writeUTF(((StringColumn) c).get(row));
          case "LOCAL_DATE" -> out.writeLong(((DateColumn) c).get(row).toEpochDay());
          case "DOUBLE" -> out.writeDouble(((DoubleColumn) c).getDouble(row));
          case "INTEGER" -> out.writeInt(((IntColumn) c).getInt(row));
          default -> out.writeBoolean(((BooleanColumn) c).get(row));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** @return one empty column per packed column, of its type */
  List<Column<?>> emptyColumns() {
    List<Column<?>> columns = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      columns.add(switch (types.get(i)) {
        case "STRING" -> StringColumn.create(n);
        case "LOCAL_DATE" -> DateColumn.create(n);
        case "DOUBLE" -> DoubleColumn.create(n);
        case "INTEGER" -> IntColumn.create(n);
        default -> BooleanColumn.create(n);
      });
    }
    return columns;
  }

  /**
   * The Spark type of each packed column as {@link ClusterOrders} holds it: text as a string, a
   * date as a date, a number (double or int) as a double, a boolean as a boolean.
   *
   * @param i a packed column's index
   * @return its Spark type
   */
  org.apache.spark.sql.types.DataType sparkType(int i) {
    return switch (types.get(i)) {
      case "STRING" -> org.apache.spark.sql.types.DataTypes.StringType;
      case "LOCAL_DATE" -> org.apache.spark.sql.types.DataTypes.DateType;
      case "DOUBLE", "INTEGER" -> org.apache.spark.sql.types.DataTypes.DoubleType;
      default -> org.apache.spark.sql.types.DataTypes.BooleanType;
    };
  }

  /**
   * Unpacks one row into the values of {@link #sparkType}: {@link String}, {@link java.sql.Date},
   * {@link Double}, {@link Boolean}; null for a missing value.
   *
   * @param packed the bytes of {@link #pack}
   * @return one value per packed column, in this codec's order
   */
  Object[] values(byte[] packed) {
    Object[] values = new Object[names.size()];
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
      for (int i = 0; i < names.size(); i++) {
        if (in.readBoolean()) {
          continue;
        }
        values[i] = switch (types.get(i)) {
          case "STRING" -> in.readUTF();
          case "LOCAL_DATE" -> java.sql.Date.valueOf(LocalDate.ofEpochDay(in.readLong()));
          case "DOUBLE" -> in.readDouble();
          case "INTEGER" -> (double) in.readInt();
          default -> in.readBoolean();
        };
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }

  /**
   * Appends one packed row to columns made by {@link #emptyColumns()}.
   *
   * @param packed the bytes of {@link #pack}
   * @param columns the columns, in this codec's order
   */
  void unpack(byte[] packed, List<Column<?>> columns) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
      for (int i = 0; i < names.size(); i++) {
        Column<?> c = columns.get(i);
        if (in.readBoolean()) {
          c.appendMissing();
          continue;
        }
        switch (types.get(i)) {
          case "STRING" -> ((StringColumn) c).append(in.readUTF());
          case "LOCAL_DATE" -> ((DateColumn) c).append(LocalDate.ofEpochDay(in.readLong()));
          case "DOUBLE" -> ((DoubleColumn) c).append(in.readDouble());
          case "INTEGER" -> ((IntColumn) c).append(in.readInt());
          default -> ((BooleanColumn) c).append(in.readBoolean());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
