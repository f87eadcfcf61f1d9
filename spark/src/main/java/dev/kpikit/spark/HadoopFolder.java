package dev.kpikit.spark;

import dev.kpikit.config.DataFolder;
import dev.kpikit.config.DatasetConfig;
import dev.kpikit.config.KpikitConfig;
import dev.kpikit.load.DataException;
import dev.kpikit.metrics.ConfigVocabulary;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A data folder on a Hadoop file system ({@code hdfs://nn/shops/acme}, {@code s3a://bucket/acme}):
 * its files found by the local engine's naming rule ({@link DataFolder#holds}), its {@code
 * kpikit.yaml} read from a local copy, and {@code datasets.<name>.path} resolved against the
 * folder. A local path or {@code file:} URI opens as the local engine opens it.
 */
final class HadoopFolder {
  private HadoopFolder() {}

  /**
   * @param uri the folder
   * @param configFile a local config file to use instead of the folder's, or null
   * @param conf the Hadoop settings
   * @return the folder
   * @throws DataException when the folder does not exist or its config is invalid
   */
  static DataFolder open(String uri, java.nio.file.Path configFile, Configuration conf) {
    if (!ExecutorLoad.isRemote(uri)) {
      java.nio.file.Path local = uri.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(uri)) : java.nio.file.Path.of(uri);
      return DataFolder.open(local, configFile, ConfigVocabulary.NAMES);
    }
    try {
      Path dir = new Path(uri);
      FileSystem fs = dir.getFileSystem(conf);
      if (!fs.getFileStatus(dir).isDirectory()) {
        throw new DataException(uri + ": not a folder");
      }
      java.nio.file.Path localCopy = Files.createTempDirectory("kpikit-spark-folder-");
      localCopy.toFile().deleteOnExit();
      java.nio.file.Path config = configFile;
      Path remoteConfig = new Path(dir, DataFolder.CONFIG_FILE);
      if (config == null && fs.exists(remoteConfig)) {
        config = localCopy.resolve(DataFolder.CONFIG_FILE);
        fs.copyToLocalFile(false, remoteConfig, new Path(config.toUri()), true);
        config.toFile().deleteOnExit();
      }
      KpikitConfig settings = DataFolder.of(localCopy, config, ConfigVocabulary.NAMES, Map.of()).config();
      FileStatus[] entries = fs.listStatus(dir);
      Arrays.sort(entries);
      Map<Dataset, List<String>> inputs = new EnumMap<>(Dataset.class);
      for (Dataset d : Dataset.values()) {
        List<String> files = discover(dir, entries, d, settings.dataset(d), conf);
        if (!files.isEmpty()) {
          inputs.put(d, files);
        }
      }
      return DataFolder.of(localCopy, config, ConfigVocabulary.NAMES, inputs);
    } catch (java.io.FileNotFoundException e) {
      throw new DataException(uri + ": no such folder");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + uri + ": " + e.getMessage(), e);
    }
  }

  private static List<String> discover(Path dir, FileStatus[] entries, Dataset d, DatasetConfig dc, Configuration conf) {
    if (dc.path() != null) {
      String spec = ExecutorLoad.isRemote(dc.path()) ? dc.path() : new Path(dir, dc.path()).toString();
      return HadoopFiles.list(spec, conf);
    }
    List<FileStatus> candidates = new ArrayList<>();
    for (FileStatus s : entries) {
      if (DataFolder.holds(s.getPath().getName(), s.isDirectory(), d.fileStem())) {
        candidates.add(s);
      }
    }
    if (candidates.size() > 1) {
      throw new DataException(dir + ": several files could hold " + d.fileStem() + "; say which in datasets."
          + d.fileStem() + ".path of kpikit.yaml");
    }
    return candidates.isEmpty() ? List.of() : HadoopFiles.list(candidates.get(0).getPath().toString(), conf);
  }
}
