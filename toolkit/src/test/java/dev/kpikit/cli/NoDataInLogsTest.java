package dev.kpikit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;
import org.slf4j.nop.NOPServiceProvider;
import org.slf4j.spi.SLF4JServiceProvider;
import picocli.CommandLine;

/**
 * Customer rows never reach a log: {@code validate}, {@code metrics} and {@code report --debug} run
 * on orders whose customer ids, products, notes and amounts are random and unique, and none of
 * those values appears on stdout, stderr (where the job log goes), {@code System.out/err} or
 * {@code java.util.logging} at any level. Logging through SLF4J (Parquet, Hadoop) goes to the
 * no-op binding, the only one on the class path.
 */
class NoDataInLogsTest {
  private static final int ROWS = 400;

  @TempDir Path tmp;

  /** The distinctive values written into the data folder. */
  private final List<String> secrets = new ArrayList<>();

  private final List<String> amounts = new ArrayList<>();

  @Test
  void validate_logsNoDataValue() throws IOException {
    assertNoSecretIn(run("validate", dataFolder().toString()));
  }

  @Test
  void metrics_logsNoDataValue() throws IOException {
    assertNoSecretIn(run("metrics", dataFolder().toString(), "--out", tmp.resolve("out").toString()));
  }

  @Test
  void reportWithDebug_logsNoDataValue() throws IOException {
    assertNoSecretIn(
        run("report", dataFolder().toString(), "--out", tmp.resolve("report").toString(), "--debug"));
  }

  @Test
  void slf4jLogsNowhere_theNoOpBindingIsTheOnlyOne() {
    List<Class<?>> providers = new ArrayList<>();
    ServiceLoader.load(SLF4JServiceProvider.class).forEach(p -> providers.add(p.getClass()));

    assertEquals(List.of(NOPServiceProvider.class), providers);
    assertInstanceOf(NOPLoggerFactory.class, LoggerFactory.getILoggerFactory());
    assertFalse(LoggerFactory.getLogger("org.apache.parquet.hadoop.InternalParquetRecordReader").isDebugEnabled());
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.impl.StaticLoggerBinder"));
  }

  /** Orders with random, unique customer ids, products, notes and amounts. */
  private Path dataFolder() throws IOException {
    Random random = new Random();
    StringBuilder csv = new StringBuilder("order_id,order_date,customer_id,product,amount,note\n");
    LocalDate day = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < ROWS; i++) {
      String customer = secret(random, "CUS");
      String product = secret(random, "SKU");
      String note = secret(random, "NOTE");
      String amount = String.format(Locale.ROOT, "%d.%02d", 100_000 + random.nextInt(900_000), random.nextInt(100));
      amounts.add(amount);
      csv.append(String.join(",", "ORD" + i, day.plusDays(i % 180).toString(), customer, product, amount, note))
          .append('\n');
    }
    Path folder = Files.createDirectories(tmp.resolve("data"));
    Files.writeString(folder.resolve("orders.csv"), csv);
    return folder;
  }

  private String secret(Random random, String kind) {
    String value = kind + Long.toString(Math.abs(random.nextLong()), 36).toUpperCase(Locale.ROOT);
    secrets.add(value);
    return value;
  }

  /** Everything the command printed or logged, on any channel. */
  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ByteArrayOutputStream system = new ByteArrayOutputStream();
    List<String> logged = new ArrayList<>();
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord r) {
        logged.add(r.getLoggerName() + " " + r.getMessage() + " " + r.getParameters() + " " + r.getThrown());
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger root = Logger.getLogger("");
    Level level = root.getLevel();
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    try (PrintStream both = new PrintStream(system, true, StandardCharsets.UTF_8)) {
      root.addHandler(capture);
      root.setLevel(Level.ALL);
      System.setOut(both);
      System.setErr(both);
      CommandLine cl = KpikitCli.commandLine();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int exit = cl.execute(args);
      assertEquals(ExitCodes.OK, exit, err.toString());
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
      root.setLevel(level);
      root.removeHandler(capture);
    }
    return out + "\n" + err + "\n" + system.toString(StandardCharsets.UTF_8) + "\n" + String.join("\n", logged);
  }

  private void assertNoSecretIn(String output) {
    assertFalse(output.isBlank(), "the command printed nothing: the test would prove nothing");
    for (String s : secrets) {
      assertFalse(output.contains(s), () -> "the output shows the data value " + s + ":\n" + output);
    }
    for (String a : amounts) {
      Pattern alone = Pattern.compile("(?<![0-9.,])" + Pattern.quote(a) + "(?![0-9])");
      assertFalse(alone.matcher(output).find(), () -> "the output shows the amount " + a + ":\n" + output);
    }
  }
}
