package dev.kpikit.spark;

import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTable;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.schema.Dataset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A registry in which every order table of a run's plan is a {@link ClusterTable}: the real ones
 * of {@link ClusterTables#ALL}, and for each table not implemented on the cluster yet a stand-in
 * that computes it with the toolkit from the cluster's rows, which the stand-in collects itself.
 * With it a whole run shows that the seam never brings the orders to the driver through the
 * business ({@code Business.ordersCollectedFor()} stays empty) once every order table is
 * registered, whichever tables the other branches add.
 */
final class StandInClusterTables {
  private final Map<ClusterOrders, MetricInputs> collected = new IdentityHashMap<>();

  /**
   * @return {@link ClusterTables#ALL} plus a stand-in for every other table of the plan that a
   *     business can route to its engine (all but {@code units})
   */
  static List<ClusterTable> everyTable() {
    StandInClusterTables shared = new StandInClusterTables();
    List<ClusterTable> all = new ArrayList<>(ClusterTables.ALL);
    for (MetricTable t : MetricTables.ALL) {
      if (t.isComputed() && t != MetricTables.UNITS && ClusterTables.named(t.name()) == null) {
        all.add(shared.standIn(t));
      }
    }
    return all;
  }

  /** @return the names of the stand-ins {@link #everyTable()} adds */
  static Set<String> standInNames() {
    Set<String> names = new java.util.TreeSet<>();
    everyTable().forEach(t -> names.add(t.name()));
    ClusterTables.ALL.forEach(t -> names.remove(t.name()));
    return names;
  }

  private ClusterTable standIn(MetricTable table) {
    return new ClusterTable() {
      @Override
      public String name() {
        return table.name();
      }

      @Override
      public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
        return table.compute().apply(inputs(orders, driver), options);
      }
    };
  }

  /** The driver's inputs with the cluster's orders collected here (once per orders), in reading order. */
  private synchronized MetricInputs inputs(ClusterOrders orders, MetricInputs driver) {
    return collected.computeIfAbsent(orders, o -> {
      Table rows = local(o);
      return new MetricInputs() {
        @Override
        public Set<Dataset> datasets() {
          return driver.datasets();
        }

        @Override
        public Table table(Dataset d) {
          return d == Dataset.ORDERS ? rows : driver.table(d);
        }

        @Override
        public String shape(Dataset d) {
          return driver.shape(d);
        }

        @Override
        public Map<String, double[]> bands() {
          return driver.bands();
        }

        @Override
        public String unitColumn() {
          return driver.unitColumn();
        }

        @Override
        public String allocation(Dataset d) {
          return driver.allocation(d);
        }
      };
    });
  }

  /** The typed rows of the cluster as a Tablesaw table, in reading order. */
  private static Table local(ClusterOrders orders) {
    List<Row> rows = orders.rows().orderBy(ClusterOrders.POS).collectAsList();
    Table t = Table.create("orders");
    for (String name : orders.columns()) {
      StructField f = orders.rows().schema().apply(name);
      int i = orders.rows().schema().fieldIndex(name);
      t.addColumns(column(name, f.dataType(), rows, i));
    }
    return t;
  }

  private static Column<?> column(String name, DataType type, List<Row> rows, int i) {
    if (type.equals(DataTypes.DateType)) {
      DateColumn c = DateColumn.create(name);
      rows.forEach(r -> c.append(KeptRows.localDate(r.get(i))));
      return c;
    }
    if (type.equals(DataTypes.DoubleType)) {
      DoubleColumn c = DoubleColumn.create(name);
      rows.forEach(r -> c.append(r.isNullAt(i) ? Double.NaN : r.getDouble(i)));
      return c;
    }
    if (type.equals(DataTypes.BooleanType)) {
      BooleanColumn c = BooleanColumn.create(name);
      rows.forEach(r -> c.append(r.isNullAt(i) ? null : r.getBoolean(i)));
      return c;
    }
    StringColumn c = StringColumn.create(name);
    rows.forEach(r -> c.append(r.isNullAt(i) ? null : r.getString(i)));
    return c;
  }
}
