package dev.kpikit.sample;

import dev.kpikit.config.DataFolder;
import dev.kpikit.load.LoadResult;
import dev.kpikit.load.parquet.ParquetTableWriter;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sample folder written as CSV into the same business as Parquet files, as a typed export
 * would hold it: each dataset is loaded as kpikit loads it and written with {@link
 * ParquetTableWriter} ({@code orders.csv} becomes {@code orders.parquet} with its canonical columns,
 * dates as DATE, amounts as DOUBLE), and {@code kpikit.yaml} names the new files. Rows the loader
 * rejects (the planted malformed ones, unless the sample is clean) have no typed form and are left
 * out, so the metrics of the two folders are the same.
 *
 * @since 0.1.0
 */
public final class ParquetSample {
  private static final String CONFIG = "kpikit.yaml";

  private ParquetSample() {}

  /**
   * Rewrites the data files of a written sample as Parquet, in place.
   *
   * @param csv what the generator wrote (CSV data files, {@code kpikit.yaml}, {@code README.md})
   * @return the files now in the folder, data files first, with their rows and sizes
   * @throws IOException when a file cannot be written or the old one removed
   */
  public static SampleResult rewrite(SampleResult csv) throws IOException {
    Path folder = csv.folder();
    DataFolder data = DataFolder.open(folder);
    List<SampleFile> files = new ArrayList<>();
    String config = Files.readString(folder.resolve(CONFIG), StandardCharsets.UTF_8);
    for (Dataset d : Dataset.values()) {
      if (!data.has(d)) {
        continue;
      }
      LoadResult loaded = data.load(d);
      String csvName = d.fileStem() + ".csv";
      String parquetName = d.fileStem() + ".parquet";
      Path parquet = folder.resolve(parquetName);
      ParquetTableWriter.write(loaded.table(), parquet);
      Files.deleteIfExists(folder.resolve(csvName));
      config = config.replace("path: " + csvName, "path: " + parquetName);
      files.add(new SampleFile(parquetName, loaded.table().rowCount(), Files.size(parquet)));
    }
    AtomicTextFile.write(folder, CONFIG, config);
    for (SampleFile f : csv.files()) {
      if (!f.name().endsWith(".csv")) {
        files.add(new SampleFile(f.name(), f.rows(), Files.size(folder.resolve(f.name()))));
      }
    }
    return new SampleResult(folder, files, List.of());
  }
}
