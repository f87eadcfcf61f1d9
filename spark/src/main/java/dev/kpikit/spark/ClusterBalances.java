package dev.kpikit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.isnan;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.kpikit.metrics.Balances;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import dev.kpikit.metrics.OrderBalanceParts;
import dev.kpikit.schema.Dataset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
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
 * constructor (the cluster table of that name in a whole run), taken from the orders' {@link
 * ClusterShared} results so that a run computes it once; the customers' first months are the
 * run's shared monthly {@link ClusterCustomers}.
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
    OrderBalanceParts parts = parts(orders, options, !spells, driver.spellsOrNull());
    // the run's unit_economics table when it computed it already (or is computing it), else computed here once
    double payback = Balances.paybackMonths(orders.shared().table(unitEconomics, orders, driver, options));
    return Balances.fromOrderParts(data, options, driver.bands(), parts, payback);
  }

  /**
   * @param orders the orders on the cluster
   * @param options asOf
   * @param runs whether to count the runs of positive months (customers gained and lost, lifetimes):
   *     not when the customers are spells, which give both
   * @param spells the driver's customer spells, or null (only to share the run's monthly customers)
   * @return the order measures of the balances
   */
  static OrderBalanceParts parts(ClusterOrders orders, MetricOptions options, boolean runs, Table spells) {
    int first = OrderBalanceParts.ttmFirstMonth(options);
    int last = OrderBalanceParts.ttmLastMonth(options);
    org.apache.spark.sql.Dataset<Row> kept = kept(orders, options).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Column inTtm = col("m").between(first, last);
      // one pass: totals, and each row with its customer's first month (new vs returning)
      Row totals = kept.join(firstMonths(orders, options, spells), new String[] {"cust"}, "left")
          .agg(count(lit(1)), min("m"),
              CompensatedSum.of(when(inTtm, col("amount"))),
              CompensatedSum.of(when(inTtm.and(col("cost").isNotNull()), col("cost"))),
              CompensatedSum.of(when(inTtm.and(col("m").equalTo(col("cohort"))), col("amount"))),
              CompensatedSum.of(when(inTtm.and(col("m").notEqual(col("cohort"))), col("amount"))))
          .first();
      long rows = totals.getLong(0);
      boolean productRevenue = orders.has("product") && rows > 0 && totals.getInt(1) < first;
      double[] products = productRevenue ? products(kept, inTtm, first) : new double[2];
      Runs lapses = runs ? runs(kept, first, last) : new Runs(0, 0, ClusterSurvival.countsTable(List.of()));
      Map<String, Double> regions = orders.has("region") ? regionRevenue(kept, inTtm) : null;
      double[] customers = orders.has("region") ? new double[3] : topCustomers(kept, inTtm);
      return new OrderBalanceParts(
          orZero(totals, 4), orZero(totals, 5),
          productRevenue, products[0], products[1],
          lapses.gained(), lapses.lost(),
          lapses.lifetimes(),
          regions == null ? null : regions.keySet().toArray(String[]::new),
          regions == null ? null : regions.values().stream().mapToDouble(Double::doubleValue).toArray(),
          (long) customers[0], customers[1], customers[2],
          orders.has("cost"),
          orZero(totals, 2),
          totals.isNullAt(3) ? Double.NaN : totals.getDouble(3));
    } finally {
      kept.unpersist();
    }
  }

  /**
   * The kept rows: m (month index), amount, cost (null when unknown), cust (null for a guest),
   * product and region (null when missing), each only when the orders have it.
   */
  private static org.apache.spark.sql.Dataset<Row> kept(ClusterOrders orders, MetricOptions options) {
    return KeptRows.of(orders, options.withPeriods(Periods.MONTHLY))
        .select(col(KeptRows.PERIOD).as("m"), col("amount"),
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

  /**
   * Each customer's first positive month: its monthly cohort, from the run's shared monthly {@link
   * ClusterCustomers} (whose customer rule is that of {@link #kept}: an empty id is a guest).
   */
  private static org.apache.spark.sql.Dataset<Row> firstMonths(ClusterOrders orders, MetricOptions options, Table spells) {
    return orders.shared().customers(orders, spells, MetricOptions.monthly(options.asOf())).customers()
        .select(col(ClusterCustomers.CUSTOMER_ID).cast(DataTypes.StringType).as("cust"),
            col(ClusterCustomers.COHORT).as("cohort"));
  }

  /** @return TTM revenue of products first sold (positive row) in the TTM or never, and of older ones */
  private static double[] products(org.apache.spark.sql.Dataset<Row> kept, Column inTtm, int first) {
    org.apache.spark.sql.Dataset<Row> firstSold = kept.filter(col("product").isNotNull().and(col("amount").gt(0)))
        .groupBy("product").agg(min("m").as("sold"));
    Column older = col("sold").isNotNull().and(col("sold").lt(first));
    Row r = kept.filter(col("product").isNotNull().and(inTtm))
        .join(firstSold, new String[] {"product"}, "left")
        .agg(CompensatedSum.of(when(older.unary_$bang(), col("amount"))), CompensatedSum.of(when(older, col("amount"))))
        .first();
    return new double[] {orZero(r, 0), orZero(r, 1)};
  }

  /**
   * Customers gained and lost in the TTM and the orders-only lifetimes, from each customer's runs
   * of positive months without a gap of more than {@value #LAPSE_MONTHS} months: a run's first
   * month is a gain (when in the TTM), its last month + {@value #LAPSE_MONTHS} a loss (when in the
   * TTM), and the run is a lifetime of {@code last - first + 1} months, ended (an event) when its
   * lapse is seen by the TTM's last month, else censored.
   *
   * @param gained runs starting in the TTM
   * @param lost runs whose lapse falls in the TTM
   * @param lifetimes the runs as counts for {@code Survival.fromCounts}
   */
  private record Runs(long gained, long lost, Table lifetimes) {}

  private static Runs runs(org.apache.spark.sql.Dataset<Row> kept, int first, int last) {
    WindowSpec w = Window.partitionBy("cust").orderBy("m");
    Column prev = lag("m", 1).over(w);
    Column end = col("end");
    List<Row> rows = kept.filter(col("cust").isNotNull().and(col("amount").gt(0)))
        .select("cust", "m").distinct()
        .withColumn("opens", when(prev.isNull().or(col("m").minus(prev).gt(LAPSE_MONTHS)), 1).otherwise(0))
        .withColumn("run", sum("opens").over(w.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .groupBy("cust", "run").agg(min("m").as("start"), max("m").as("end"))
        .groupBy(end.minus(col("start")).plus(1).as("time"), end.plus(LAPSE_MONTHS).leq(last).as("event"))
        .agg(count(lit(1)), count(when(col("start").between(first, last), 1)),
            count(when(end.plus(LAPSE_MONTHS).between(first, last), 1)))
        .collectAsList();
    List<Row> counts = new ArrayList<>();
    long gained = 0;
    long lost = 0;
    for (Row r : rows) {
      long runs = r.getLong(2);
      counts.add(RowFactory.create("ALL", r.getInt(0), r.getBoolean(1) ? runs : 0L, r.getBoolean(1) ? 0L : runs));
      gained += r.getLong(3);
      lost += r.getLong(4);
    }
    return new Runs(gained, lost, ClusterSurvival.countsTable(counts));
  }

  /** @return TTM revenue per region of the kept rows (0 without TTM rows), regions in natural order */
  private static Map<String, Double> regionRevenue(org.apache.spark.sql.Dataset<Row> kept, Column inTtm) {
    Map<String, Double> out = new TreeMap<>();
    for (Row r : kept.filter(col("region").isNotNull())
        .groupBy("region").agg(CompensatedSum.of(when(inTtm, col("amount")).otherwise(0.0)))
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
          .agg(CompensatedSum.of(when(col("rank").leq(top), col("revenue"))), CompensatedSum.of(when(col("rank").gt(top), col("revenue"))))
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
