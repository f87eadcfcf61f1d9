package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.load.parquet.ParquetTableWriter;
import dev.kpikit.report.MetricRun;
import dev.kpikit.report.MetricsOutput;
import dev.kpikit.schema.Dataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real HDFS in the test JVM (Hadoop's MiniDFSCluster, one name node and one data node): the
 * northwind-coffee sample is put on it as Parquet (the canonical tables as loaded), and both
 * engines read the same files from {@code hdfs://}: the local engine through a local folder whose
 * {@code kpikit.yaml} names the HDFS files, the Spark engine through the same folder and through
 * {@link SparkMetricsJob} given the HDFS folder itself, writing its outputs back to HDFS.
 */
class SparkEngine_HdfsTest {
  private static final Dataset[] PUT = {
    Dataset.ORDERS, Dataset.MARKETING_SPEND, Dataset.INVENTORY, Dataset.EMPLOYEES, Dataset.FINANCIALS
  };

  @TempDir static Path tmp;
  private static MiniDFSCluster hdfs;
  private static String root;

  @BeforeAll
  static void startHdfsAndPutTheSample() throws IOException {
    hdfs = MiniHdfs.start(tmp.resolve("hdfs"));
    root = "hdfs://localhost:" + hdfs.getNameNodePort() + "/shops/northwind";
    Business sample = Kpikit.open(Path.of("..", "data-samples", "northwind-coffee"));
    FileSystem fs = hdfs.getFileSystem();
    for (Dataset d : PUT) {
      Path local = tmp.resolve("parquet").resolve(d.fileStem() + ".parquet");
      Files.createDirectories(local.getParent());
      ParquetTableWriter.write(sample.load(d).table(), local);
      fs.copyFromLocalFile(new org.apache.hadoop.fs.Path(local.toUri()), new org.apache.hadoop.fs.Path(root + "/" + d.fileStem() + ".parquet"));
    }
  }

  @AfterAll
  static void stopHdfs() {
    if (hdfs != null) {
      hdfs.shutdown();
    }
  }

  /** A local folder whose config names each dataset's file on HDFS. */
  private static Path folderNamingHdfsFiles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("naming-hdfs"));
    StringBuilder yaml = new StringBuilder("datasets:\n");
    for (Dataset d : PUT) {
      yaml.append("  ").append(d.fileStem()).append(": { path: ").append(root).append('/')
          .append(d.fileStem()).append(".parquet }\n");
    }
    Files.writeString(dir.resolve("kpikit.yaml"), yaml);
    return dir;
  }

  @Test
  void bothEnginesReadTheSameHdfsFilesToTheSameTables() throws IOException {
    Business local = Kpikit.open(folderNamingHdfsFiles());
    assertTrue(local.folder().inputs().get(Dataset.ORDERS).get(0).startsWith("hdfs://"), "reads from HDFS");
    Business spark = local.loadingWith(new SparkEngine(SharedSpark.get()));
    SameRun.assertSame(local.computeAll(local.options()), spark.computeAll(local.options()));
  }

  @Test
  void theJobReadsAnHdfsFolderAndWritesTheSameFilesToHdfs() throws IOException {
    Business local = Kpikit.open(folderNamingHdfsFiles());
    MetricRun expected = local.computeAll(local.options());
    Path localOut = tmp.resolve("local-out");
    MetricsOutput.write(expected, localOut);

    String out = "hdfs://localhost:" + hdfs.getNameNodePort() + "/reports/northwind";
    StringWriter err = new StringWriter();
    int code = SparkMetricsJob.run(SharedSpark.get(), new PrintWriter(new StringWriter()), new PrintWriter(err),
        root, "--out", out);
    assertEquals(0, code, err.toString());
    for (String table : expected.tables().keySet()) {
      List<String> want = Files.readAllLines(localOut.resolve("metrics/" + table + ".csv"));
      List<String> got = readHdfs(out + "/metrics/" + table + ".csv");
      SameCsv.assertSame(table, want, got);
    }
    SameCsv.assertSame("quality", Files.readAllLines(localOut.resolve("quality.csv")), readHdfs(out + "/quality.csv"));
    StringWriter again = new StringWriter();
    assertEquals(5, SparkMetricsJob.run(SharedSpark.get(), new PrintWriter(new StringWriter()), new PrintWriter(again),
        root, "--out", out), "an existing output folder on HDFS is exit 5");
    assertTrue(again.toString().startsWith("kpikit-spark: " + out + ": already exists;"),
        again.toString());
  }

  private static List<String> readHdfs(String uri) throws IOException {
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        hdfs.getFileSystem().open(new org.apache.hadoop.fs.Path(uri)), StandardCharsets.UTF_8))) {
      r.lines().forEach(lines::add);
    }
    return lines;
  }
}
