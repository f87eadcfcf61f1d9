package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --engine}: {@code local} is the default and built in; {@code spark} comes from
 * kpikit-spark on the class path (its own tests run it), and without it the command stops with one
 * line and the usage exit code, writing nothing.
 */
class MetricsCommand_EngineTest {
  private static final Path NORTHWIND = Path.of("../data-samples/northwind-coffee");
  @TempDir Path out;
  private final StringWriter stdout = new StringWriter();
  private final StringWriter stderr = new StringWriter();

  private int run(String... args) {
    CommandLine cl = KpikitCli.commandLine();
    cl.setOut(new PrintWriter(stdout));
    cl.setErr(new PrintWriter(stderr));
    return cl.execute(args);
  }

  @Test
  void sparkWithoutKpikitSparkOnTheClassPathIsAUsageErrorOfOneLine() throws IOException {
    int code = run("metrics", NORTHWIND.toString(), "--out", out.resolve("o").toString(), "--engine", "spark");
    assertEquals(ExitCodes.USAGE, code);
    String err = stderr.toString();
    assertTrue(err.startsWith("kpikit: --engine: engine 'spark' is not on the class path (found: local);"
        + " add kpikit-spark and Spark 4 (spark-sql_2.13) to the class path"), err);
    assertFalse(Files.exists(out.resolve("o")), "nothing written");
  }

  @Test
  void localIsTheDefaultEngine(@TempDir Path second) throws IOException {
    assertEquals(ExitCodes.OK, run("metrics", NORTHWIND.toString(), "--out", out.toString(), "--as-of", "2025-06-30"));
    assertEquals(ExitCodes.OK, run("metrics", NORTHWIND.toString(), "--out", second.toString(), "--as-of", "2025-06-30",
        "--engine", "local"));
    assertEquals(-1L, Files.mismatch(out.resolve("metrics/revenue_monthly.csv"), second.resolve("metrics/revenue_monthly.csv")));
  }
}
