package dev.kpikit.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import dev.kpikit.metrics.AcquisitionChannels;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.NewCustomerCounts;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.metrics.Periods;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import tech.tablesaw.api.Table;

/**
 * The customers of {@link ClusterOrders}, on the cluster (DESIGN §4, as the local engine's orders
 * index reads them): one row per customer with a first positive row, giving its cohort, acquisition
 * channel and dimension value. The acquisition and cohort tables ({@code new_customers_monthly},
 * {@code cac_monthly}, {@code cohort_retention}, {@code cohort_revenue_retention}, {@code
 * unit_economics}) and the balances aggregate these datasets; the driver only receives their
 * aggregates.
 *
 * <p>Rules, the same as the local engine's:
 *
 * <ul>
 *   <li><b>Kept rows</b> ({@link #rows()}): dated on or before {@code asOf}, with a date and an
 *       amount; rows after {@code asOf} are ignored.
 *   <li>Rows without a {@code customer_id} (guests) belong to no customer. A row is
 *       <em>positive</em> when its amount is &gt; 0; a customer with only refunds or zero rows has
 *       no cohort and is not in {@link #customers()}.
 *   <li>A customer's <b>first positive row</b>: the earliest-dated kept positive row, ties broken by
 *       reading order ({@code pos}). Its date is {@link #FIRST_DATE}; its period ({@link
 *       Periods#index}) is the <b>cohort</b>; its channel is the <b>acquisition channel</b>, unless
 *       the customers table gives the customer one ({@link AcquisitionChannels#overrides}: shipped
 *       to the executors as a broadcast join); its value of the split dimension is the customer's
 *       <b>dimension</b> value.
 *   <li>A missing channel or dimension value is {@link NewCustomerCounts#MISSING}; the dimension is
 *       the empty string when the options are not split.
 * </ul>
 *
 * <p>A table that aggregates the customers more than once can {@link #persist()} them for its
 * duration, in a try-with-resources block ({@link #close()} releases them).
 */
public final class ClusterCustomers implements AutoCloseable {
  /** Customer column of {@link #customers()} and {@link #rows()}: the customer_id, null for guests in rows. */
  public static final String CUSTOMER_ID = "customer_id";
  /** Column of {@link #customers()}: the date of the first positive row (Spark date). */
  public static final String FIRST_DATE = "first_date";
  /** Column of {@link #customers()} and {@link #customerRows()}: the cohort's period index (int). */
  public static final String COHORT = "cohort";
  /** Column of {@link #customers()} and {@link #customerRows()}: the acquisition channel label. */
  public static final String CHANNEL = "acquisition_channel";
  /** Column of all three datasets: a dimension label (of the row in rows, of the customer else). */
  public static final String DIMENSION = "dimension";
  /** Column of {@link #rows()} and {@link #customerRows()}: the row's period index (int). */
  public static final String PERIOD = "period";
  /** Columns of {@link #rows()} and {@link #customerRows()}: amount and cost (null when none). */
  public static final String AMOUNT = "amount";
  /** See {@link #AMOUNT}. */
  public static final String COST = "cost";

  private static final String MISSING = NewCustomerCounts.MISSING;

  private final MetricOptions options;
  private final Dataset<Row> rows;
  private final Dataset<Row> customers;
  private final boolean hasChannels;

  private ClusterCustomers(MetricOptions options, Dataset<Row> rows, Dataset<Row> customers, boolean hasChannels) {
    this.options = options;
    this.rows = rows;
    this.customers = customers;
    this.hasChannels = hasChannels;
  }

  /**
   * Defines the customers (lazily: nothing runs until a dataset is aggregated).
   *
   * @param orders the orders on the cluster
   * @param customersTable the driver's customers table giving acquisition channels, or null
   * @param options grain, fiscal start, {@code asOf} and split dimension
   * @return the customers
   * @throws NotComputableException when the orders lack the split dimension's column
   */
  public static ClusterCustomers of(ClusterOrders orders, Table customersTable, MetricOptions options) {
    requireSplit("order metrics", orders, options.by());
    Column rowChannel = orders.has("channel") ? labelled(col("channel")) : lit(MISSING);
    Column dimension = options.by() == null ? lit("") : labelled(col(options.by()));
    Column cost = orders.has("cost") ? col("cost").cast(DataTypes.DoubleType) : lit(null).cast(DataTypes.DoubleType);
    Column customer = orders.has(CUSTOMER_ID)
        ? functions.when(col(CUSTOMER_ID).notEqual(lit("")), col(CUSTOMER_ID))
        : lit(null).cast(DataTypes.StringType);
    Dataset<Row> kept = KeptRows.of(orders, options)
        .select(
            customer.as(CUSTOMER_ID),
            col("order_date"),
            col(ClusterOrders.POS),
            col(KeptRows.PERIOD).as(PERIOD),
            col("amount").cast(DataTypes.DoubleType).as(AMOUNT),
            cost.as(COST),
            rowChannel.as("channel"),
            dimension.as(DIMENSION));
    Dataset<Row> first = kept
        .filter(col(CUSTOMER_ID).isNotNull().and(col(AMOUNT).gt(0)))
        .groupBy(CUSTOMER_ID)
        .agg(min(struct(col("order_date"), col(ClusterOrders.POS), col(PERIOD), col("channel"), col(DIMENSION)))
            .as("first"));
    Dataset<Row> withChannel = first;
    Column channel = col("first.channel");
    Map<String, String> overrides = AcquisitionChannels.overrides(customersTable, options.asOf());
    if (!overrides.isEmpty()) {
      withChannel = first.join(broadcast(overridesOf(orders, overrides)), first.col(CUSTOMER_ID).equalTo(col("o_customer")), "left");
      channel = coalesce(col("o_channel"), col("first.channel"));
    }
    Dataset<Row> customers = withChannel.select(
        first.col(CUSTOMER_ID).as(CUSTOMER_ID),
        col("first.order_date").as(FIRST_DATE),
        col("first." + PERIOD).as(COHORT),
        channel.as(CHANNEL),
        col("first." + DIMENSION).as(DIMENSION));
    boolean known = AcquisitionChannels.known(orders.has("channel"), customersTable);
    return new ClusterCustomers(options, kept, customers, known);
  }

  private static Dataset<Row> overridesOf(ClusterOrders orders, Map<String, String> overrides) {
    List<Row> rows = new ArrayList<>(overrides.size());
    overrides.forEach((id, channel) -> rows.add(RowFactory.create(id, channel)));
    StructType schema = new StructType()
        .add("o_customer", DataTypes.StringType, false)
        .add("o_channel", DataTypes.StringType, false);
    return orders.rows().sparkSession().createDataFrame(rows, schema);
  }

  private static Column labelled(Column text) {
    return coalesce(text.cast(DataTypes.StringType), lit(MISSING));
  }

  /**
   * Throws the local engine's exception when the orders cannot be split by {@code by}.
   *
   * @param table the metric table being computed, e.g. {@code cohort_retention}
   * @param orders the orders
   * @param by the dimension, or null
   * @throws NotComputableException when the orders have no column {@code by}
   */
  public static void requireSplit(String table, ClusterOrders orders, String by) {
    if (by != null && !orders.has(by)) {
      throw new NotComputableException(
          table + " cannot be split by " + by + ": orders has no " + by + " column");
    }
  }

  /**
   * Keeps the per-customer dataset (one row per customer) in the executors' memory, spilling to
   * disk, so that several aggregations group the orders by customer once.
   *
   * @return these customers
   */
  public ClusterCustomers persist() {
    customers.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /** Releases what {@link #persist()} kept; nothing happens when it was not called. */
  @Override
  public void close() {
    customers.unpersist();
  }

  /** @return the options the customers were defined for */
  public MetricOptions options() {
    return options;
  }

  /**
   * @return whether channels are known at all: the orders or the customers table have a {@code
   *     channel} column (see {@link NewCustomerCounts#create})
   */
  public boolean hasChannels() {
    return hasChannels;
  }

  /**
   * @return one row per customer with a cohort: {@link #CUSTOMER_ID}, {@link #FIRST_DATE}, {@link
   *     #COHORT}, {@link #CHANNEL}, {@link #DIMENSION}
   */
  public Dataset<Row> customers() {
    return customers;
  }

  /**
   * @return the kept order rows: {@link #CUSTOMER_ID} (null for a guest), {@code order_date},
   *     {@code pos}, {@link #PERIOD}, {@link #AMOUNT}, {@link #COST}, {@code channel} (the row's,
   *     labelled) and {@link #DIMENSION} (the row's value)
   */
  public Dataset<Row> rows() {
    return rows;
  }

  /**
   * @return the kept rows of customers with a cohort, with their customer's cohort: {@link
   *     #CUSTOMER_ID}, {@link #PERIOD}, {@link #AMOUNT}, {@link #COST}, {@link #COHORT}, {@link
   *     #CHANNEL} and {@link #DIMENSION} (the customer's value, not the row's)
   */
  public Dataset<Row> customerRows() {
    Dataset<Row> r = rows.select(col(CUSTOMER_ID).as("r_customer"), col(PERIOD), col(AMOUNT), col(COST));
    return r.join(customers, r.col("r_customer").equalTo(customers.col(CUSTOMER_ID)))
        .select(col(CUSTOMER_ID), col(PERIOD), col(AMOUNT), col(COST), col(COHORT), col(CHANNEL), col(DIMENSION));
  }

  /**
   * @return per customer with a cohort, each distinct period with a positive row: {@link
   *     #CUSTOMER_ID}, {@link #PERIOD}, {@link #COHORT}, {@link #CHANNEL}, {@link #DIMENSION} (the
   *     customer's)
   */
  public Dataset<Row> activePeriods() {
    Dataset<Row> active = rows.filter(col(CUSTOMER_ID).isNotNull().and(col(AMOUNT).gt(0)))
        .select(col(CUSTOMER_ID).as("a_customer"), col(PERIOD))
        .distinct();
    return active.join(customers, active.col("a_customer").equalTo(customers.col(CUSTOMER_ID)))
        .select(col(CUSTOMER_ID), col(PERIOD), col(COHORT), col(CHANNEL), col(DIMENSION));
  }

  /**
   * Counts new customers per (cohort, dimension value, acquisition channel) on the cluster; the
   * driver receives one row per non-empty cell.
   *
   * @return the counts, for {@code new_customers_monthly} and {@code cac_monthly}
   */
  public NewCustomerCounts newCustomerCounts() {
    NewCustomerCounts counts = NewCustomerCounts.create(options, hasChannels);
    for (Row r : customers.groupBy(COHORT, DIMENSION, CHANNEL).agg(count(lit(1)).as("n")).collectAsList()) {
      counts.add(r.getInt(0), r.getString(1), r.getString(2), Math.toIntExact(r.getLong(3)));
    }
    return counts;
  }
}
