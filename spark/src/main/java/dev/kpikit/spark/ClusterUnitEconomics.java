package dev.kpikit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.kpikit.metrics.ChannelAggregates;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.NewCustomerCounts;
import dev.kpikit.metrics.UnitEconomics;
import dev.kpikit.schema.Dataset;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tech.tablesaw.api.Table;

/**
 * {@code unit_economics} on the cluster: what the table reads from orders is aggregated by Spark
 * per acquisition channel of the (monthly) {@link ClusterCustomers}: revenue and cost over the
 * trailing twelve months, the first-12-month margin and size of the old-enough cohorts, and, when
 * churn comes from orders (no customer spells), the lapse-rule flows of each customer summed per
 * channel (the rule itself is the toolkit's {@link ChannelAggregates#lapseFlows}, run on the
 * executors), plus the monthly new customers for CAC. The spells and the spend stay on the driver,
 * which assembles the table with {@link UnitEconomics#table(ChannelAggregates, Table, Table,
 * NewCustomerCounts)}, the local engine's code.
 */
final class ClusterUnitEconomics implements ClusterTable {
  @Override
  public String name() {
    return UnitEconomics.TABLE;
  }

  @Override
  public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
    Table customers = driver.spellsOrNull();
    Table spend = driver.tableOrNull(Dataset.MARKETING_SPEND);
    MetricOptions monthly = MetricOptions.monthly(options.asOf());
    ClusterCustomers facts = orders.shared().customers(orders, customers, monthly);
    Row kept = facts.rows().agg(count(lit(1)), min(ClusterCustomers.PERIOD)).first();
    long rows = kept.getLong(0);
    ChannelAggregates aggregates =
        ChannelAggregates.create(options.asOf(), facts.hasChannels(), rows, rows == 0 ? 0 : kept.getInt(1));
    addSums(facts, aggregates);
    if (!UnitEconomics.hasSpells(customers)) {
      addLapseFlows(facts, aggregates, options.asOf());
    }
    NewCustomerCounts newCustomers = spend == null ? null : facts.newCustomerCounts();
    return UnitEconomics.table(aggregates, customers, spend, newCustomers);
  }

  private static void addSums(ClusterCustomers facts, ChannelAggregates aggregates) {
    Column period = col(ClusterCustomers.PERIOD);
    Column cohort = col(ClusterCustomers.COHORT);
    Column inWindow = period.between(aggregates.windowFirstMonth(), aggregates.windowLastMonth());
    Column inCohortYear = cohort.leq(aggregates.lastCohortMonth())
        .and(period.geq(cohort))
        .and(period.lt(cohort.plus(ChannelAggregates.cohortMonths())));
    Column amount = col(ClusterCustomers.AMOUNT);
    Column cost = col(ClusterCustomers.COST);
    org.apache.spark.sql.Dataset<Row> sums = facts.customerRows()
        .groupBy(col(ClusterCustomers.CHANNEL).as("s_channel"))
        .agg(
            CompensatedSum.of(when(inWindow, amount)).as("revenue"),
            CompensatedSum.of(when(inWindow, cost)).as("cost"),
            CompensatedSum.of(when(inCohortYear, amount)).as("cohort_revenue"),
            CompensatedSum.of(when(inCohortYear, cost)).as("cohort_cost"));
    org.apache.spark.sql.Dataset<Row> sizes = facts.customers()
        .groupBy(ClusterCustomers.CHANNEL)
        .agg(sum(when(cohort.leq(aggregates.lastCohortMonth()), 1).otherwise(0)).as("cohort_customers"));
    List<Row> perChannel = sizes
        .join(sums, sizes.col(ClusterCustomers.CHANNEL).equalTo(sums.col("s_channel")), "left")
        .select(ClusterCustomers.CHANNEL, "revenue", "cost", "cohort_revenue", "cohort_cost", "cohort_customers")
        .collectAsList();
    for (Row r : perChannel) {
      aggregates.addChannel(r.getString(0), orNaN(r, 1), orNaN(r, 2), orNaN(r, 3), orNaN(r, 4), r.getLong(5));
    }
  }

  private static double orNaN(Row r, int i) {
    return r.isNullAt(i) ? Double.NaN : r.getDouble(i);
  }

  /** Per customer its sorted active months, the lapse rule on the executors, summed per channel. */
  private static void addLapseFlows(ClusterCustomers facts, ChannelAggregates aggregates, LocalDate asOf) {
    StructType flowSchema = new StructType()
        .add("f_channel", DataTypes.StringType, false)
        .add("at_risk", DataTypes.LongType, false)
        .add("gained", DataTypes.LongType, false)
        .add("lost", DataTypes.LongType, false);
    org.apache.spark.sql.Dataset<Row> months = facts.activePeriods()
        .groupBy(ClusterCustomers.CUSTOMER_ID, ClusterCustomers.CHANNEL)
        .agg(sort_array(collect_list(ClusterCustomers.PERIOD)).as("months"))
        .select(ClusterCustomers.CHANNEL, "months");
    MapFunction<Row, Row> lapse = r -> {
      List<Integer> list = r.getList(1);
      int[] active = list.stream().mapToInt(Integer::intValue).toArray();
      long[] f = ChannelAggregates.lapseFlows(active, asOf);
      return RowFactory.create(r.getString(0), f[0], f[1], f[2]);
    };
    List<Row> perChannel = months.map(lapse, Encoders.row(flowSchema))
        .groupBy("f_channel")
        .agg(sum("at_risk"), sum("gained"), sum("lost"))
        .collectAsList();
    for (Row r : perChannel) {
      aggregates.addFlows(r.getString(0), new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
    }
  }
}
