package dev.kpikit.bench.jmh;

import dev.kpikit.load.csv.CsvRecordReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * CSV tokenizing: {@link CsvRecordReader} over the bytes of a sample {@code orders.csv} held in
 * memory (no disk), every field of every record materialized. Time per whole file.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvTokenizerBenchmark {
  /** Approximate order rows of the sample. */
  @Param("100000")
  public int rows;

  private byte[] csv;

  /** Generates the sample once per fork. */
  @Setup
  public void generate() {
    csv = SampleOrders.generate(rows).csv();
  }

  /**
   * Reads every field of every record.
   *
   * @return the total number of characters read, so nothing is optimized away
   * @throws IOException never for in-memory bytes
   */
  @Benchmark
  public long tokenizeAllFields() throws IOException {
    long chars = 0;
    try (CsvRecordReader reader =
        CsvRecordReader.open(
            new ByteArrayInputStream(csv), "orders.csv", StandardCharsets.UTF_8, ',')) {
      while (reader.next()) {
        for (int i = 0; i < reader.size(); i++) {
          chars += reader.value(i).length();
        }
      }
    }
    return chars;
  }

  /**
   * Reads the records with the delimiter sniffed, as the loader does for a file without config.
   *
   * @return the number of records
   * @throws IOException never for in-memory bytes
   */
  @Benchmark
  public long tokenizeWithSniffedDelimiter() throws IOException {
    long records = 0;
    try (CsvRecordReader reader =
        CsvRecordReader.open(
            new ByteArrayInputStream(csv), "orders.csv", StandardCharsets.UTF_8, null)) {
      while (reader.next()) {
        records += reader.size();
      }
    }
    return records;
  }
}
