package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.cli.KpikitCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code kpikit metrics DATA_DIR --engine spark} with kpikit-spark on the class path (the toolkit
 * finds the engine through ServiceLoader): the same files as {@code --engine local}.
 */
class KpikitCli_SparkEngineTest {
  private static final Path CLOUDNOTE = Path.of("..", "data-samples", "cloudnote-saas");

  private static int kpikit(StringWriter err, String... args) {
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  @Test
  void theSparkEngineWritesTheSameMetricFilesAsTheLocalOne(@TempDir Path local, @TempDir Path spark) throws IOException {
    SharedSpark.get(); // the engine joins the running session
    StringWriter err = new StringWriter();
    assertEquals(0, kpikit(err, "metrics", CLOUDNOTE.toString(), "--out", local.toString()), err.toString());
    assertEquals(0, kpikit(err, "metrics", CLOUDNOTE.toString(), "--out", spark.toString(), "--engine", "spark"), err.toString());
    List<Path> files;
    try (Stream<Path> s = Files.list(local.resolve("metrics"))) {
      files = s.sorted().toList();
    }
    assertTrue(files.size() > 10, "the sample gives most tables");
    for (Path f : files) {
      SameCsv.assertSame(f.getFileName().toString(), Files.readAllLines(f),
          Files.readAllLines(spark.resolve("metrics").resolve(f.getFileName())));
    }
    SameCsv.assertSame("quality.csv", Files.readAllLines(local.resolve("quality.csv")), Files.readAllLines(spark.resolve("quality.csv")));
    SameCsv.assertSame("rejects/orders.csv", Files.readAllLines(local.resolve("rejects/orders.csv")),
        Files.readAllLines(spark.resolve("rejects/orders.csv")));
  }
}
