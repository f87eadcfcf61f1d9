package dev.kpikit.metrics;

import dev.kpikit.bench.jmh.SampleOrders;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Dictionary encoding of ids: appending the sample's {@code customer_id} and {@code order_id}
 * texts to a Tablesaw {@link StringColumn} (its dictionary is how loaded text columns are stored),
 * and {@link OrderFacts#of} on the loaded table (int codes for orders, customers and channels plus
 * a month index per row: the preparation every order metric starts from). Time per whole column or
 * table.
 *
 * <p>In the package of the kernels it measures, which are package-private (not public API).
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DictionaryBenchmark {
  /** Approximate order rows of the sample. */
  @Param("100000")
  public int rows;

  private String[] customerIds;
  private String[] orderIds;
  private Table orders;
  private final MetricOptions options = MetricOptions.monthly(LocalDate.of(2025, 12, 31));

  /** Generates and loads the sample once per fork. */
  @Setup
  public void generate() {
    SampleOrders sample = SampleOrders.generate(rows);
    customerIds = sample.column("customer_id");
    orderIds = sample.column("order_id");
    orders = sample.table();
  }

  /**
   * Encodes the customer ids (about one distinct id per 5 rows; some empty: guests).
   *
   * @return the column, so nothing is optimized away
   */
  @Benchmark
  public StringColumn encodeCustomerIds() {
    return encode("customer_id", customerIds);
  }

  /**
   * Encodes the order ids (about one distinct id per 1.4 rows).
   *
   * @return the column, so nothing is optimized away
   */
  @Benchmark
  public StringColumn encodeOrderIds() {
    return encode("order_id", orderIds);
  }

  /**
   * Indexes the loaded orders table for the metrics.
   *
   * @return the facts, so nothing is optimized away
   */
  @Benchmark
  public OrderFacts orderFacts() {
    return OrderFacts.of(orders, options);
  }

  private static StringColumn encode(String name, String[] values) {
    StringColumn column = StringColumn.create(name);
    for (String value : values) {
      column.append(value);
    }
    return column;
  }
}
