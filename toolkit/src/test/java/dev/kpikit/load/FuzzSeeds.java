package dev.kpikit.load;

import dev.kpikit.TestData;
import dev.kpikit.load.parquet.ParquetTableWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Writes the seed corpora of the fuzz tests from small slices of the staged real datasets: the
 * header and a few rows of each export, with its quirks (BOM, CRLF, quoted fields with doubled
 * quotes, non-ASCII text), each a few KB, plus the orders of the Northwind Coffee sample for loading
 * without a preset. Run once with the test class path; the seeds are committed
 * under {@code src/test/resources}. One CSV load seed is written by hand, not by this class: {@code
 * messy-orders}, the messy rows of {@code ChunkedCsvLoadTest} (rejects of every kind after the
 * first chunks, quoted line breaks, blank lines) loaded by chunks of 3 bytes:
 *
 * <pre>{@code java -cp <test class path> dev.kpikit.load.FuzzSeeds src/test/resources}</pre>
 */
public final class FuzzSeeds {
  /**
   * A slice of one staged export, the {@link DatasetLoaderFuzzTest#PROFILES} index it loads as and
   * the chunk size its chunked load uses.
   */
  private record Slice(String name, String file, int rows, int profile, int chunkBytes) {}

  private static final List<Slice> SLICES =
      List.of(
          new Slice("online-retail", "online-retail/by-day/2010-12-01.csv.gz", 12, 0, 1),
          new Slice("online-retail-quoted", "online-retail/by-day/2011-07-27.csv.gz", 20, 0, 3),
          new Slice("telco", "telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv", 12, 1, 8),
          new Slice("hr", "hr-attrition/WA_Fn-UseC_-HR-Employee-Attrition.csv", 6, 2, 13),
          new Slice("superstore", "superstore/superstore.csv", 10, 3, 21),
          new Slice("northwind-sample", "../data-samples/northwind-coffee/orders.csv", 20, 4, 64));

  /** Trailing bytes read by the CSV reader fuzz test's data provider: limits and buffer options. */
  private static final byte[][] READER_TAILS = {{7, 0, 40, 1, 44, 1}, {3, 5, 1, 8, 20, 0}};

  private FuzzSeeds() {}

  /**
   * @param args the test resources folder
   * @throws IOException when a dataset cannot be read or a seed cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path resources = Path.of(args[0]);
    Path reader =
        resources.resolve(
            "dev/kpikit/load/csv/CsvRecordReaderFuzzTestInputs/readsEveryRecordLikeTheReferenceParser");
    Path loaderCsv = resources.resolve("dev/kpikit/load/DatasetLoaderFuzzTestInputs/csvLoad_accountsForEveryRow");
    Path loaderParquet =
        resources.resolve("dev/kpikit/load/DatasetLoaderFuzzTestInputs/parquetLoad_accountsForEveryRow");
    for (Path dir : List.of(reader, loaderCsv, loaderParquet)) {
      Files.createDirectories(dir);
    }
    for (Slice s : SLICES) {
      Path source =
          s.file().startsWith("../") ? Path.of(s.file()) : TestData.dataset(s.file());
      byte[] csv = firstLines(source, s.rows() + 1);
      for (int t = 0; t < READER_TAILS.length; t++) {
        Files.write(reader.resolve(s.name() + "-" + t), concat(csv, READER_TAILS[t]));
      }
      Files.write(loaderCsv.resolve(s.name()), concat(csv, new byte[] {(byte) s.chunkBytes(), (byte) s.profile()}));
      Path tmp = Files.createTempFile("seed", ".csv");
      try {
        Files.write(tmp, csv);
        DatasetLoaderFuzzTest.Profile p = DatasetLoaderFuzzTest.PROFILES.get(s.profile());
        LoadResult loaded =
            DatasetLoader.load(p.dataset(), List.of(tmp.toString()), LoadOptions.builder().preset(p.preset()).build());
        ParquetTableWriter.write(loaded.table(), loaderParquet.resolve(s.name() + ".parquet"));
      } finally {
        Files.delete(tmp);
      }
    }
  }

  /** The first {@code lines} physical lines (LF-terminated, so CRLF stays whole), gzip undone. */
  private static byte[] firstLines(Path file, int lines) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int seen = 0;
      int b;
      while (seen < lines && (b = in.read()) >= 0) {
        out.write(b);
        if (b == '\n') {
          seen++;
        }
      }
      return out.toByteArray();
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] all = new byte[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
