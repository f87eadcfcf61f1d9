package dev.kpikit.spark;

import dev.kpikit.load.DataException;
import dev.kpikit.load.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Input files on Hadoop file systems ({@code hdfs:}, {@code s3a:}, ...), listed from the driver. */
final class HadoopFiles {
  private HadoopFiles() {}

  /**
   * Expands Hadoop URIs naming a folder or a glob into their data files, sorted by name (as the
   * local engine lists a folder); local paths, which the toolkit already expanded, pass through.
   *
   * @param inputs a dataset's inputs from its {@link dev.kpikit.config.DataFolder}
   * @param spark the session whose Hadoop settings reach the file system
   * @return the files, in reading order
   * @throws DataException when a URI matches no data file
   */
  static List<String> expand(List<String> inputs, SparkSession spark) {
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      if (!ExecutorLoad.isRemote(input)) {
        files.add(input);
        continue;
      }
      files.addAll(list(input, spark.sparkContext().hadoopConfiguration()));
    }
    return files;
  }

  /**
   * @param uri a Hadoop URI of a file, a folder or a glob
   * @param conf the Hadoop settings
   * @return the data files it names, sorted by name
   * @throws DataException when it names none
   */
  static List<String> list(String uri, Configuration conf) {
    try {
      Path p = new Path(uri);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matched = fs.globStatus(p);
      List<String> files = new ArrayList<>();
      if (matched != null) {
        Arrays.sort(matched);
        for (FileStatus s : matched) {
          if (s.isDirectory()) {
            FileStatus[] inside = fs.listStatus(s.getPath());
            Arrays.sort(inside);
            for (FileStatus f : inside) {
              if (f.isFile() && InputFiles.isDataFile(f.getPath().getName())) {
                files.add(f.getPath().toString());
              }
            }
          } else if (InputFiles.isDataFile(s.getPath().getName())) {
            files.add(s.getPath().toString());
          }
        }
      }
      if (files.isEmpty()) {
        throw new DataException(uri + ": no .csv, .csv.gz or .parquet files there");
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + uri + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param spark a session
   * @return its Hadoop settings (core-site, {@code spark.hadoop.*}), to ship to the executors
   */
  static Map<String, String> settings(SparkSession spark) {
    Map<String, String> out = new HashMap<>();
    spark.sparkContext().hadoopConfiguration().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
