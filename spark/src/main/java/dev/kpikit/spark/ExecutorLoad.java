package dev.kpikit.spark;

import dev.kpikit.load.DatasetLoader;
import dev.kpikit.load.LoadResult;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;

/**
 * The task an executor runs for one input file: reads it with the toolkit's own loader (same
 * mapping, presets, parsing rules and rejects as {@code --engine local}) and turns its rows into
 * Spark rows of {@link SparkRows#SCHEMA}; the ledger goes back through an accumulator.
 *
 * <p>A file on another file system ({@code hdfs:}, {@code s3a:}, ...) is copied to the executor's
 * temp folder under its own name first, through the Hadoop configuration of the Spark session, so
 * that CSV files (which the toolkit reads only locally) load too; the ledger and rejects then name
 * the file as given.
 */
final class ExecutorLoad implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Dataset dataset;
  private final List<String> files;
  private final SparkLoadOptions options;
  private final HashMap<String, String> hadoop;
  private final CollectionAccumulator<FileOutcome> outcomes;

  /**
   * @param dataset the dataset the files hold
   * @param files the input files (local paths or Hadoop URIs), in reading order
   * @param options the dataset's load options
   * @param hadoop the Spark session's Hadoop settings
   * @param outcomes receives each file's {@link FileOutcome}
   */
  ExecutorLoad(Dataset dataset, List<String> files, SparkLoadOptions options, Map<String, String> hadoop,
      CollectionAccumulator<FileOutcome> outcomes) {
    this.dataset = dataset;
    this.files = List.copyOf(files);
    this.options = options;
    this.hadoop = new HashMap<>(hadoop);
    this.outcomes = outcomes;
  }

  /**
   * @param fileIndex a file's position among the input files
   * @return its loaded rows as Spark rows
   */
  Iterator<Row> rows(int fileIndex) {
    String file = files.get(fileIndex);
    Path copy = null;
    try {
      String local = file;
      if (isRemote(file)) {
        copy = Files.createTempDirectory("kpikit-spark-");
        local = fetch(file, copy);
      }
      LoadResult loaded = DatasetLoader.load(dataset, List.of(local), options.toOptions());
      List<String> measures = SparkRows.measures(dataset);
      RowCodec codec = RowCodec.of(loaded.table(), measures);
      outcomes.add(FileOutcome.of(fileIndex, loaded, codec, file));
      return SparkRows.of(loaded.table(), codec, measures, (long) fileIndex << SparkRows.ROW_BITS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(copy);
    }
  }

  /** @return true for a URI with a scheme other than {@code file:} */
  static boolean isRemote(String file) {
    int colon = file.indexOf(':');
    return colon > 1 && file.startsWith("//", colon + 1) && !file.startsWith("file:");
  }

  private String fetch(String file, Path dir) throws IOException {
    Configuration conf = new Configuration();
    hadoop.forEach(conf::set);
    org.apache.hadoop.fs.Path src = new org.apache.hadoop.fs.Path(file);
    Path target = dir.resolve(src.getName());
    try (FileSystem fs = FileSystem.newInstance(src.toUri(), conf)) {
      fs.copyToLocalFile(false, src, new org.apache.hadoop.fs.Path(target.toUri()), true);
    }
    return target.toString();
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var s = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(s.toList());
      java.util.Collections.reverse(all);
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temp copy left behind is removed with the executor's temp folder
    }
  }
}
