package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.TestData;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.metrics.Periods;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The businesses every {@code Cluster<Table>Test} checks its table on (spark-shared.md rule 4),
 * loaded once per test JVM by the local engine and shared: the three samples of {@code
 * data-samples/}, UCI Online Retail through its preset, the CDNOW purchases, and the generated
 * {@link MessyBusiness} (refunds, guests, same-day ties, missing channels, customer spells).
 */
final class ParityCases {
  private static final Path SAMPLES = Path.of("..", "data-samples");
  private static final Map<String, Business> LOADED = new HashMap<>();
  private static Path tmp;

  private ParityCases() {}

  /** @return a sample business of {@code data-samples/} */
  static synchronized Business sample(String name) {
    return LOADED.computeIfAbsent(name, n -> Kpikit.open(SAMPLES.resolve(n)));
  }

  /** @return UCI Online Retail (its 305 daily files from 2011-10 on) read through its preset */
  static synchronized Business onlineRetail() {
    return LOADED.computeIfAbsent("online-retail", n -> Kpikit.open(folder(n,
        "datasets:\n  orders: { path: \"" + TestData.dataset("online-retail/by-day")
            + "/2011-1*.csv.gz\", preset: uci-online-retail }\n")));
  }

  /**
   * @return UCI Online Retail from 2011-10 on with a marketing spend written here (the dataset has
   *     none): acquisition and retention spend by region on a channel its orders do not have, so
   *     the spend rows meet no new customers
   */
  static synchronized Business onlineRetailWithSpend() {
    return withSpend("online-retail-spend", "\"" + TestData.dataset("online-retail/by-day")
        + "/2011-1*.csv.gz\", preset: uci-online-retail", "period,channel,region,spend,purpose\n"
        + "2011-10-01,ads,United Kingdom,1200.50,acquisition\n2011-10-15,ads,France,300,\n"
        + "2011-11-01,ads,United Kingdom,980.25,acquisition\n2011-11-01,email,France,150,retention\n"
        + "2011-12-01,ads,,1010,acquisition\n");
  }

  /**
   * @return the CDNOW purchases with a marketing spend written here (the dataset has none):
   *     acquisition spend by month on the one channel the purchases have ({@code (missing)}: no
   *     channel column), so CAC is a number where the month gained customers
   */
  static synchronized Business cdnowWithSpend() {
    return withSpend("cdnow-spend", "\"" + TestData.dataset("cdnow/CDNOW_master.txt") + "\", preset: cdnow",
        "period,channel,spend,purpose\n1997-01-01,,5000,acquisition\n1997-02-01,,4200.75,acquisition\n"
            + "1997-03-01,,3900,\n1997-06-01,,800,retention\n");
  }

  /** A business of the given orders and a marketing spend file written here, loaded once. */
  private static Business withSpend(String name, String orders, String spendCsv) {
    return LOADED.computeIfAbsent(name, n -> {
      Path dir = folder(n, "datasets:\n  orders: { path: " + orders + " }\n  marketing_spend: { path: spend.csv }\n");
      try {
        Files.writeString(dir.resolve("spend.csv"), spendCsv);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Kpikit.open(dir);
    });
  }

  /** @return the CDNOW purchases read through their preset */
  static synchronized Business cdnow() {
    return LOADED.computeIfAbsent("cdnow", n -> Kpikit.open(folder(n,
        "datasets:\n  orders: { path: \"" + TestData.dataset("cdnow/CDNOW_master.txt") + "\", preset: cdnow }\n")));
  }

  /** @return a generated messy business (seed 17), with customer spells and marketing spend */
  static synchronized Business messy() {
    return LOADED.computeIfAbsent("messy", n -> {
      try {
        return Kpikit.open(MessyBusiness.write(dir().resolve(n), 17));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** @return monthly options at the business's as-of date, not split */
  static MetricOptions monthly(Business b) {
    return MetricOptions.monthly(b.asOf());
  }

  /** @return options of another grain and fiscal year start, split by {@code by} */
  static MetricOptions options(Business b, Grain grain, int fiscalStart, String by) {
    return new MetricOptions(Periods.of(grain, fiscalStart), b.asOf(), by);
  }

  /**
   * Asserts that both engines refuse the table with the same {@link NotComputableException}.
   *
   * @param table the cluster table
   * @param business a business loaded by the local engine
   * @param options options the local engine refuses
   */
  static void assertSameRefusal(ClusterTable table, Business business, MetricOptions options) {
    NotComputableException local = assertThrows(NotComputableException.class,
        () -> MetricTables.named(table.name()).compute().apply(business.inputs(), options));
    NotComputableException cluster = assertThrows(NotComputableException.class,
        () -> table.compute(ClusterOrdersFixture.of(SharedSpark.get(), business.orders()), business.inputs(), options));
    assertEquals(local.getMessage(), cluster.getMessage());
  }

  private static Path folder(String name, String yaml) {
    try {
      return Parity.folderWithConfig(dir().resolve(name), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path dir() {
    if (tmp == null) {
      try {
        tmp = Files.createTempDirectory("kpikit-parity-cases");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Path created = tmp;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(created)));
    }
    return tmp;
  }

  private static void deleteTree(Path root) {
    try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind at exit is harmless
    }
  }
}
