package dev.kpikit.bench.jmh;

import dev.kpikit.load.parse.DateParser;
import dev.kpikit.load.parse.MoneyParser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Value parsing: {@link MoneyParser} on the sample's {@code amount} texts and {@link DateParser}
 * (ISO, business zone America/New_York) on its {@code order_date} texts (mostly dates, about 2 %
 * date-times with an offset). Time per whole column.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParserBenchmark {
  /** Approximate order rows of the sample. */
  @Param("100000")
  public int rows;

  private String[] amounts;
  private String[] dates;
  private final MoneyParser money = new MoneyParser('.');
  private final DateParser isoDates = DateParser.of(null, ZoneId.of("America/New_York"));

  /** Generates the sample once per fork and keeps the two columns' texts. */
  @Setup
  public void generate() {
    SampleOrders sample = SampleOrders.generate(rows);
    amounts = sample.column("amount");
    dates = sample.column("order_date");
  }

  /**
   * Parses every amount.
   *
   * @return the sum, so nothing is optimized away
   */
  @Benchmark
  public double parseMoney() {
    double sum = 0;
    for (String amount : amounts) {
      sum += money.parse(amount);
    }
    return sum;
  }

  /**
   * Parses every order date.
   *
   * @return the sum of the epoch days, so nothing is optimized away
   */
  @Benchmark
  public long parseIsoDates() {
    long days = 0;
    for (String date : dates) {
      LocalDate d = isoDates.parse(date);
      days += d.toEpochDay();
    }
    return days;
  }
}
