package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import dev.kpikit.Kpikit;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.report.MetricRun;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SampleCommandTest {
  @TempDir Path tmp;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = KpikitCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void knownBusiness_writesTheFolder_andPrintsOneLinePerFile() {
    int code =
        run("sample", "--business", "northwind-coffee", "--out", tmp.toString(), "--rows", "3000");

    assertEquals(ExitCodes.OK, code);
    assertTrue(Files.isRegularFile(tmp.resolve("orders.csv")));
    assertTrue(Files.isRegularFile(tmp.resolve("kpikit.yaml")));
    assertEquals(7, out.toString().lines().count(), out.toString());
    assertTrue(out.toString().startsWith("orders.csv: "), out.toString());
  }

  @Test
  void unknownBusiness_isAUsageError_listingTheValidNames() {
    int code = run("sample", "--business", "lemonade-stand", "--out", tmp.toString());

    assertEquals(ExitCodes.USAGE, code);
    assertTrue(err.toString().contains("northwind-coffee, cloudnote-saas, harborview-bakeries"), err.toString());
  }

  @Test
  void negativeRows_isAUsageError() {
    int code =
        run("sample", "--business", "cloudnote-saas", "--out", tmp.toString(), "--rows", "-5");

    assertEquals(ExitCodes.USAGE, code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"northwind-coffee", "cloudnote-saas", "harborview-bakeries"})
  void formatParquet_writesTypedFiles_whoseMetricsEqualTheCsvSample(String business) throws Exception {
    Path csv = tmp.resolve("csv");
    Path parquet = tmp.resolve("parquet");
    assertEquals(ExitCodes.OK, run("sample", "--business", business, "--out", csv.toString(), "--rows", "4000"));
    assertEquals(
        ExitCodes.OK,
        run("sample", "--business", business, "--out", parquet.toString(), "--rows", "4000", "--format", "parquet"));

    try (Stream<Path> files = Files.list(parquet)) {
      List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
      assertTrue(names.contains("orders.parquet"), names.toString());
      assertTrue(names.stream().noneMatch(n -> n.endsWith(".csv")), names.toString());
    }
    assertTrue(Files.readString(parquet.resolve("kpikit.yaml")).contains("path: orders.parquet"));
    MetricOptions options = MetricOptions.monthly(LocalDate.of(2025, 12, 31));
    MetricRun fromCsv = Kpikit.open(csv).computeAll(options);
    MetricRun fromParquet = Kpikit.open(parquet).computeAll(options);
    assertEquals(fromCsv.tables().keySet(), fromParquet.tables().keySet());
    for (String table : fromCsv.tables().keySet()) {
      assertEquals(
          fromCsv.tables().get(table).printAll(), fromParquet.tables().get(table).printAll(), table);
    }
  }
}
