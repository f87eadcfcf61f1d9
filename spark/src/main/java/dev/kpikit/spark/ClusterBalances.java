package dev.kpikit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.kpikit.metrics.Balances;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.OrderBalanceParts;
import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import tech.tablesaw.api.Table;

/**
 * The {@code balances} table with the orders on the cluster: Spark aggregates every measure that
 * reads orders into the few numbers of {@link OrderBalanceParts} (TTM revenue of new vs returning
 * customers, of new vs older products, customers gained and lost under the lapse rule, the
 * orders-only lifetimes as counts per length, TTM revenue per region or of the top 10 % of
 * customers, TTM revenue and cost), and {@link Balances#fromOrderParts} assembles the table on the
 * driver with the customers, marketing spend, financials and employees as the local engine does.
 * The {@code short_vs_long_term} payback is that of the {@code unit_economics} table given to the
 * constructor (the cluster table of that name in a whole run).
 *
 * <p>Rules as {@code OrderFacts} applies them: kept rows are dated on or before {@code asOf} with a
 * date and an amount; months are {@link OrderBalanceParts#month} (the toolkit's calendar, in a Spark
 * UDF); a guest row has no or an empty {@code customer_id}; a customer's first month is that of its
 * first positive row. The top customers are ranked on the cluster; only their sum comes back.
 */
final class ClusterBalances implements ClusterTable {
  private static final int LAPSE_MONTHS = 12;

  private final ClusterTable unitEconomics;

  /**
   * @param unitEconomics computes {@code unit_economics} from the same orders, for the CAC payback
   */
  ClusterBalances(ClusterTable unitEconomics) {
    this.unitEconomics = unitEconomics;
  }

  @Override
  public String name() {
    return Balances.TABLE;
  }

  @Override
  public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
    Map<Dataset, Table> data = new EnumMap<>(Dataset.class);
    for (Dataset d : driver.datasets()) {
      if (d != Dataset.ORDERS) {
        data.put(d, driver.table(d));
      }
    }
    Table customers = data.get(Dataset.CUSTOMERS);
    boolean spells = customers != null && customers.containsColumn("start_date");
    boolean lifetimesFromCustomers = spells || customers != null && customers.containsColumn("tenure");
    OrderBalanceParts parts = parts(orders, options, !spells, !lifetimesFromCustomers);
    double payback = Balances.paybackMonths(unitEconomics.compute(orders, driver, options));
    return Balances.fromOrderParts(data, options, driver.bands(), parts, payback);
  }

  /**
   * @param orders the orders on the cluster
   * @param options asOf
   * @param flows whether to count customers gained and lost (not when customers give spells)
   * @param lifetimes whether to count the orders-only lifetimes (not when customers give them)
   * @return the order measures of the balances
   */
  static OrderBalanceParts parts(ClusterOrders orders, MetricOptions options, boolean flows, boolean lifetimes) {
    int first = OrderBalanceParts.ttmFirstMonth(options);
    int last = OrderBalanceParts.ttmLastMonth(options);
    org.apache.spark.sql.Dataset<Row> kept = kept(orders, options.asOf()).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Column inTtm = col("m").between(first, last);
      Row totals = kept.agg(count(lit(1)), min("m"),
          sum(when(inTtm, col("amount"))),
          sum(when(inTtm.and(col("cost").isNotNull()), col("cost")))).first();
      long rows = totals.getLong(0);
      boolean productRevenue = orders.has("product") && rows > 0 && totals.getInt(1) < first;
      double[] acquisition = acquisition(kept, inTtm);
      double[] products = productRevenue ? products(kept, inTtm, first) : new double[2];
      long[] gainedLost = flows ? gainedAndLost(kept, first, last) : new long[2];
      Table lifetimeCounts = lifetimes ? lifetimes(kept, last) : ClusterSurvival.countsTable(List.of());
      Map<String, Double> regions = orders.has("region") ? regionRevenue(kept, inTtm) : null;
      double[] customers = orders.has("region") ? new double[3] : topCustomers(kept, inTtm);
      return new OrderBalanceParts(
          acquisition[0], acquisition[1],
          productRevenue, products[0], products[1],
          gainedLost[0], gainedLost[1],
          lifetimeCounts,
          regions == null ? null : regions.keySet().toArray(String[]::new),
          regions == null ? null : regions.values().stream().mapToDouble(Double::doubleValue).toArray(),
          (long) customers[0], customers[1], customers[2],
          orders.has("cost"),
          totals.isNullAt(2) ? 0 : totals.getDouble(2),
          totals.isNullAt(3) ? Double.NaN : totals.getDouble(3));
    } finally {
      kept.unpersist();
    }
  }

  /**
   * The kept rows: m (month index), amount, cost (null when unknown), cust (null for a guest),
   * product and region (null when missing), each only when the orders have it.
   */
  private static org.apache.spark.sql.Dataset<Row> kept(ClusterOrders orders, LocalDate asOf) {
    UserDefinedFunction month = functions.udf(
        (UDF1<Object, Integer>) d -> OrderBalanceParts.month(ClusterInventoryTurnover.localDate(d)),
        DataTypes.IntegerType);
    Column amount = col("amount");
    return orders.rows()
        .filter(col("order_date").isNotNull().and(col("order_date").leq(lit(java.sql.Date.valueOf(asOf))))
            .and(amount.isNotNull()).and(isnan(amount).unary_$bang()))
        .select(month.apply(col("order_date")).as("m"), amount.as("amount"),
            orders.has("cost") ? when(isnan(col("cost")), lit(null)).otherwise(col("cost")).as("cost")
                : lit(null).cast(DataTypes.DoubleType).as("cost"),
            text(orders, "customer_id").as("cust"), text(orders, "product").as("product"),
            text(orders, "region").as("region"));
  }

  /** A text column with "" read as missing (the local table's missing text), or all missing. */
  private static Column text(ClusterOrders orders, String name) {
    if (!orders.has(name)) {
      return lit(null).cast(DataTypes.StringType);
    }
    Column c = col(name).cast(DataTypes.StringType);
    return when(c.equalTo(""), lit(null)).otherwise(c);
  }

  /** Each customer's first positive month (a private stand-in for ClusterCustomers' cohort). */
  private static org.apache.spark.sql.Dataset<Row> firstMonths(org.apache.spark.sql.Dataset<Row> kept) {
    return kept.filter(col("cust").isNotNull().and(col("amount").gt(0)))
        .groupBy("cust").agg(min("m").as("first"));
  }

  /** @return TTM revenue of rows in their customer's first month, and of later rows */
  private static double[] acquisition(org.apache.spark.sql.Dataset<Row> kept, Column inTtm) {
    Row r = kept.filter(col("cust").isNotNull().and(inTtm))
        .join(firstMonths(kept), "cust")
        .agg(sum(when(col("m").equalTo(col("first")), col("amount"))),
            sum(when(col("m").notEqual(col("first")), col("amount"))))
        .first();
    return new double[] {orZero(r, 0), orZero(r, 1)};
  }

  /** @return TTM revenue of products first sold (positive row) in the TTM or never, and of older ones */
  private static double[] products(org.apache.spark.sql.Dataset<Row> kept, Column inTtm, int first) {
    org.apache.spark.sql.Dataset<Row> firstSold = kept.filter(col("product").isNotNull().and(col("amount").gt(0)))
        .groupBy("product").agg(min("m").as("sold"));
    Column older = col("sold").isNotNull().and(col("sold").lt(first));
    Row r = kept.filter(col("product").isNotNull().and(inTtm))
        .join(firstSold, new String[] {"product"}, "left")
        .agg(sum(when(older.unary_$bang(), col("amount"))), sum(when(older, col("amount"))))
        .first();
    return new double[] {orZero(r, 0), orZero(r, 1)};
  }

  /** Each customer's distinct positive months with the previous and next one. */
  private static org.apache.spark.sql.Dataset<Row> activeMonths(org.apache.spark.sql.Dataset<Row> kept) {
    WindowSpec w = Window.partitionBy("cust").orderBy("m");
    return kept.filter(col("cust").isNotNull().and(col("amount").gt(0)))
        .select("cust", "m").distinct()
        .withColumn("prev", lag("m", 1).over(w))
        .withColumn("next", lead("m", 1).over(w))
        .withColumn("opens", col("prev").isNull().or(col("m").minus(col("prev")).gt(LAPSE_MONTHS)))
        .withColumn("closes", col("next").isNull().or(col("next").minus(col("m")).gt(LAPSE_MONTHS)));
  }

  /** @return customers gained and lost in the TTM under the lapse rule */
  private static long[] gainedAndLost(org.apache.spark.sql.Dataset<Row> kept, int first, int last) {
    Row r = activeMonths(kept)
        .agg(count(when(col("opens").and(col("m").between(first, last)), 1)),
            count(when(col("closes").and(col("m").plus(LAPSE_MONTHS).between(first, last)), 1)))
        .first();
    return new long[] {r.getLong(0), r.getLong(1)};
  }

  /** The orders-only lifetimes, counted per length in months: events and censored runs. */
  private static Table lifetimes(org.apache.spark.sql.Dataset<Row> kept, int last) {
    WindowSpec w = Window.partitionBy("cust").orderBy("m");
    List<Row> rows = activeMonths(kept)
        .withColumn("run", sum(when(col("opens"), 1).otherwise(0))
            .over(w.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .groupBy("cust", "run").agg(min("m").as("start"), max("m").as("end"))
        .select(col("end").minus(col("start")).plus(1).as("time"),
            when(col("end").plus(LAPSE_MONTHS).leq(last), 1).otherwise(0).as("event"))
        .groupBy("time")
        .agg(sum("event").as("events"), sum(lit(1).minus(col("event"))).as("censored"))
        .select(lit("ALL").as("segment"), col("time"), col("events"), col("censored"))
        .collectAsList();
    return ClusterSurvival.countsTable(rows);
  }

  /** @return TTM revenue per region of the kept rows (0 without TTM rows), regions in natural order */
  private static Map<String, Double> regionRevenue(org.apache.spark.sql.Dataset<Row> kept, Column inTtm) {
    Map<String, Double> out = new TreeMap<>();
    for (Row r : kept.filter(col("region").isNotNull())
        .groupBy("region").agg(sum(when(inTtm, col("amount")).otherwise(0.0)))
        .collectAsList()) {
      out.put(r.getString(0), r.getDouble(1));
    }
    return out;
  }

  /**
   * @return buying customers (with a TTM row), TTM revenue of the top 10 % of them, of the others
   */
  private static double[] topCustomers(org.apache.spark.sql.Dataset<Row> kept, Column inTtm) {
    org.apache.spark.sql.Dataset<Row> revenue = kept.filter(col("cust").isNotNull().and(inTtm))
        .groupBy("cust").agg(sum("amount").as("revenue"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long buying = revenue.count();
      int top = OrderBalanceParts.topCustomers(buying);
      Row r = revenue.withColumn("rank", row_number().over(Window.orderBy(desc("revenue"))))
          .agg(sum(when(col("rank").leq(top), col("revenue"))), sum(when(col("rank").gt(top), col("revenue"))))
          .first();
      return new double[] {buying, orZero(r, 0), orZero(r, 1)};
    } finally {
      revenue.unpersist();
    }
  }

  private static double orZero(Row r, int i) {
    return r.isNullAt(i) ? 0 : r.getDouble(i);
  }
}
