package dev.kpikit.load;

import dev.kpikit.load.parquet.ParquetRowGroups;
import java.util.Collection;

/**
 * Readies the Parquet reader before a run reads its first Parquet input, on a thread of its own:
 * reads that file's footer and loads the codecs its chunks use ({@link
 * ParquetRowGroups#warmUpCodecs}), so that the classes of the footer, the reader and the codecs
 * are initialised, and Snappy's native library loaded, while the run is still parsing its
 * configuration. Without it, on 1M orders in one Parquet row group, 50 ms of that went before the
 * file's footer was read on the calling thread and 60 ms before the first page was decoded on the
 * thread reading the row group.
 *
 * @since 0.1.0
 */
public final class ParquetWarmUp {
  private ParquetWarmUp() {}

  /**
   * Starts the warm-up for the first local Parquet file among {@code inputs} on a daemon thread,
   * and returns at once; does nothing when none is (a file behind a URI, on HDFS or S3, is not
   * read twice for this). Whatever fails is left for the load to report.
   *
   * @param inputs the paths or URIs of a run's input files
   * @return the thread warming up, or null when no input is a local Parquet file
   */
  public static Thread startFor(Collection<String> inputs) {
    String first =
        inputs.stream()
            .filter(f -> SourceReaders.isParquet(f) && !SourceReaders.isUri(f))
            .findFirst()
            .orElse(null);
    if (first == null) {
      return null;
    }
    Thread t = new Thread(() -> warmUp(first), "kpikit-parquet-warm-up");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static void warmUp(String file) {
    try (ParquetRowGroups groups = SourceReaders.rowGroups(file)) {
      groups.warmUpCodecs();
    } catch (Exception | LinkageError e) {
      // the load reads the file again and reports what is wrong with it
    }
  }
}
