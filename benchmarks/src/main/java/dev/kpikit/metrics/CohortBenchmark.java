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
import tech.tablesaw.api.Table;

/**
 * The cohort matrix: {@link CohortRetention#table} (active customers per cohort and offset,
 * offsets 0..12) on prebuilt {@link OrderFacts}, and from the loaded table (facts included). Time
 * per matrix.
 *
 * <p>In the package of the kernels it measures, which are package-private (not public API).
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CohortBenchmark {
  /** Approximate order rows of the sample. */
  @Param("100000")
  public int rows;

  private static final int MAX_OFFSET = 12;

  private Table orders;
  private OrderFacts facts;
  private final MetricOptions options = MetricOptions.monthly(LocalDate.of(2025, 12, 31));

  /** Generates and loads the sample once per fork and indexes it. */
  @Setup
  public void generate() {
    orders = SampleOrders.generate(rows).table();
    facts = OrderFacts.of(orders, options);
  }

  /**
   * The matrix from prebuilt facts.
   *
   * @return the cohort_retention table
   */
  @Benchmark
  public Table cohortMatrixFromFacts() {
    return CohortRetention.table(facts, MAX_OFFSET);
  }

  /**
   * The matrix from the loaded table, as the public one-call API computes it.
   *
   * @return the cohort_retention table
   */
  @Benchmark
  public Table cohortMatrixFromTable() {
    return CohortRetention.table(orders, options, MAX_OFFSET);
  }
}
