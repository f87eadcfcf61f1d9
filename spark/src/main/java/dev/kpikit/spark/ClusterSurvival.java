package dev.kpikit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.metrics.Survival;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The {@code survival} table with the customers on the cluster: Spark turns the customers into
 * lifetimes and counts, per segment and time, the lifetimes that ended (events) and those still
 * running (censored); the driver receives one row per distinct (segment, time) and finishes the
 * Kaplan–Meier product, Greenwood's error and the interval with the toolkit's own code ({@link
 * Survival#fromCounts}), so both engines give the same table.
 *
 * <p>The lifetimes follow {@link Survival#table} exactly:
 *
 * <ul>
 *   <li><b>spells</b> (time in days): rows without {@code customer_id} or {@code start_date} are
 *       left out, as are spells starting after {@code asOf} and spells never active ({@code
 *       end_date <= start_date}); an {@code end_date} after {@code asOf} is not known yet (open). A
 *       customer's spells that overlap or touch are merged into one lifetime; a lifetime that has
 *       ended by {@code asOf} is an event at {@code end - start} days, any other is censored at
 *       {@code asOf - start}. With {@code by}, a customer's segment is the value on its earliest
 *       kept spell (ties: file order, {@code pos}); blank or missing is {@code (missing)}.
 *   <li><b>tenure</b> (time in months): rows with a {@code customer_id}, {@code tenure} and {@code
 *       churned} flag, each an event at {@code tenure} when churned, else censored; a negative
 *       tenure is refused with the local engine's message.
 * </ul>
 *
 * <p>Input: the customers as a Spark dataset with the local table's column names ({@code
 * start_date}, {@code end_date} as dates; {@code tenure} as any number; {@code churned} as a
 * boolean or the text {@code true}/{@code false}; text as strings; missing = null) and a {@code
 * pos} column (long, reading order), as {@link ClusterOrders} has for orders.
 */
public final class ClusterSurvival {
  /** The shape name of customers as subscription spells (see {@code MetricInputs#shape}). */
  public static final String SPELLS = "spells";

  private static final String MISSING = "(missing)";
  private static final int OPEN = Integer.MAX_VALUE;

  private ClusterSurvival() {}

  /**
   * Computes the {@code survival} table with the counting on the cluster.
   *
   * @param customers the customers, with a {@code pos} column (see the class comment)
   * @param shape the shape they were loaded in: {@value #SPELLS}, else tenure (as the local
   *     engine's {@code MetricInputs.shape(CUSTOMERS)})
   * @param options {@code asOf} (spells only) and optional dimension; the grain is not used
   * @return the {@code survival} table, equal to the local engine's
   * @throws NotComputableException when {@code options.by()} names a column the customers lack, or
   *     a tenure is negative
   */
  public static Table table(Dataset<Row> customers, String shape, MetricOptions options) {
    String by = options.by();
    if (by != null && !Arrays.asList(customers.columns()).contains(by)) {
      throw new NotComputableException(
          Survival.TABLE + " cannot be split by " + by + ": customers has no " + by + " column");
    }
    Dataset<Row> counts = SPELLS.equals(shape) ? spellCounts(customers, options) : tenureCounts(customers, by);
    return Survival.fromCounts(countsTable(counts.collectAsList()));
  }

  /** Per (segment, time) of the merged spells: events and censored lifetimes. */
  private static Dataset<Row> spellCounts(Dataset<Row> customers, MetricOptions options) {
    int asOf = Math.toIntExact(options.asOf().toEpochDay());
    boolean hasEnd = Arrays.asList(customers.columns()).contains("end_date");
    Column start = expr("unix_date(start_date)");
    Column end = hasEnd
        ? when(col("end_date").isNull().or(expr("unix_date(end_date)").gt(asOf)), lit(OPEN))
            .otherwise(expr("unix_date(end_date)"))
        : lit(OPEN);
    Dataset<Row> spells = customers
        .filter(hasId().and(col("start_date").isNotNull()))
        .select(col("customer_id").as("cid"), start.as("s"), end.as("e"), col(ClusterOrders.POS).as("pos"),
            options.by() == null ? lit("ALL").as("value") : col(options.by()).cast(DataTypes.StringType).as("value"))
        .filter(col("s").leq(asOf).and(col("e").gt(col("s"))));
    // Merge overlapping or touching spells (gaps and islands): a spell opens a new lifetime when it
    // starts after every earlier spell of the customer has ended.
    WindowSpec byStart = Window.partitionBy("cid").orderBy("s", "pos");
    Column endedBefore = max("e").over(byStart.rowsBetween(Window.unboundedPreceding(), -1));
    Column opens = when(endedBefore.isNull().or(col("s").gt(endedBefore)), 1).otherwise(0);
    Dataset<Row> lifetimes = spells
        .withColumn("lifetime", sum(opens).over(byStart.rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .groupBy("cid", "lifetime")
        .agg(min("s").as("s"), max("e").as("e"));
    Dataset<Row> segments = spells.groupBy("cid")
        .agg(min_by(col("value"), struct(col("s"), col("pos"))).as("value"))
        .select(col("cid"), segmentLabel().apply(col("value")).as("segment"));
    Column event = col("e").notEqual(OPEN);
    return lifetimes.join(segments, "cid")
        .select(col("segment"), when(event, col("e").minus(col("s"))).otherwise(lit(asOf).minus(col("s"))).as("time"),
            when(event, 1).otherwise(0).as("event"))
        .groupBy("segment", "time")
        .agg(sum("event").as("events"), sum(lit(1).minus(col("event"))).as("censored"));
  }

  /** Per (segment, tenure) of the usable tenure rows: churned (events) and still customers. */
  private static Dataset<Row> tenureCounts(Dataset<Row> customers, String by) {
    Dataset<Row> usable = customers
        .filter(hasId().and(col("tenure").isNotNull()).and(col("churned").isNotNull()))
        .select(col("customer_id"), col("tenure").cast(DataTypes.IntegerType).as("time"),
            col("churned").cast(DataTypes.BooleanType).as("churned"), col(ClusterOrders.POS),
            by == null ? lit("ALL").as("segment")
                : when(col(by).isNull(), lit(MISSING)).otherwise(col(by).cast(DataTypes.StringType)).as("segment"));
    List<Row> negative = usable.filter(col("time").lt(0))
        .agg(min_by(struct(col("customer_id"), col("time")), col(ClusterOrders.POS)))
        .collectAsList();
    Row first = negative.get(0).getStruct(0);
    if (first != null) {
      throw new NotComputableException(
          "customers: tenure must be 0 or more months, got " + first.getInt(1) + " for customer " + first.getString(0));
    }
    return usable.groupBy("segment", "time")
        .agg(sum(when(col("churned"), 1).otherwise(0)).as("events"),
            sum(when(col("churned"), 0).otherwise(1)).as("censored"));
  }

  /** A usable customer id: present and not empty (the local engine reads a missing id as empty). */
  private static Column hasId() {
    return col("customer_id").isNotNull().and(col("customer_id").notEqual(""));
  }

  /** The local rule for a segment value: missing or blank ({@link String#isBlank}) is (missing). */
  private static UserDefinedFunction segmentLabel() {
    return functions.udf(
        (String v) -> v == null || v.isBlank() ? MISSING : v, DataTypes.StringType);
  }

  /**
   * @param rows segment (string), time (int), events and censored (long) per row
   * @return the counts as {@link Survival#fromCounts} reads them
   */
  static Table countsTable(List<Row> rows) {
    StringColumn segment = StringColumn.create("segment");
    IntColumn time = IntColumn.create("time");
    IntColumn events = IntColumn.create("events");
    IntColumn censored = IntColumn.create("censored");
    for (Row r : rows) {
      segment.append(r.getString(0));
      time.append(r.getInt(1));
      events.append(Math.toIntExact(r.getLong(2)));
      censored.append(Math.toIntExact(r.getLong(3)));
    }
    return Table.create("survival_counts", segment, time, events, censored);
  }
}
