package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
    assertTrue(err.toString().contains("northwind-coffee, cloudnote-saas"), err.toString());
  }

  @Test
  void negativeRows_isAUsageError() {
    int code =
        run("sample", "--business", "cloudnote-saas", "--out", tmp.toString(), "--rows", "-5");

    assertEquals(ExitCodes.USAGE, code);
  }
}
