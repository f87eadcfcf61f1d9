package dev.kpikit.bench.jmh;

import dev.kpikit.load.DatasetLoader;
import dev.kpikit.load.LoadOptions;
import dev.kpikit.load.csv.CsvRecordReader;
import dev.kpikit.sample.SampleOptions;
import dev.kpikit.sample.Samples;
import dev.kpikit.schema.Dataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tech.tablesaw.api.Table;

/**
 * The input of the microbenchmarks: the {@code orders.csv} of a clean {@code northwind-coffee}
 * sample (default seed), generated into a temporary folder that is deleted again, kept as bytes,
 * as the text of some columns and as the loaded canonical table.
 *
 * @since 0.1.0
 */
public final class SampleOrders {
  private final byte[] csv;
  private final Table table;

  private SampleOrders(byte[] csv, Table table) {
    this.csv = csv;
    this.table = table;
  }

  /**
   * Generates a sample of about {@code rows} order rows and loads it.
   *
   * @param rows approximate number of order rows
   * @return the sample
   */
  public static SampleOrders generate(int rows) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("kpikit-jmh-");
      Samples.write("northwind-coffee", folder, SampleOptions.DEFAULT.withOrderRows(rows)
          .withClean(true));
      Path orders = folder.resolve("orders.csv");
      Table table =
          DatasetLoader.load(Dataset.ORDERS, List.of(orders.toString()), LoadOptions.DEFAULT)
              .table();
      return new SampleOrders(Files.readAllBytes(orders), table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(folder);
    }
  }

  /** @return the CSV file's bytes (UTF-8, header first) */
  public byte[] csv() {
    return csv;
  }

  /** @return the canonical orders table as kpikit loads it */
  public Table table() {
    return table;
  }

  /**
   * The raw text of one column, every row, in file order.
   *
   * @param column a header name of the CSV file
   * @return the values as written in the file
   */
  public String[] column(String column) {
    try (CsvRecordReader reader =
        CsvRecordReader.open(
            new ByteArrayInputStream(csv), "orders.csv", StandardCharsets.UTF_8, ',')) {
      int index = reader.header().indexOf(column);
      if (index < 0) {
        throw new IllegalArgumentException("orders.csv has no column " + column);
      }
      List<String> values = new ArrayList<>();
      while (reader.next()) {
        values.add(reader.value(index));
      }
      return values.toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteQuietly(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary folder does not change any measurement.
    }
  }
}
