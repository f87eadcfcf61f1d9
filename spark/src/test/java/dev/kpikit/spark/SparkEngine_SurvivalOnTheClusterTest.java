package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.metrics.Survival;
import dev.kpikit.report.MetricRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * With the Spark engine, {@code survival} is computed on the cluster ({@link ClusterSurvival}, from
 * the customers kept there next to the orders), in a whole run and through {@code
 * business.survival()}, and equals the local engine's table.
 */
class SparkEngine_SurvivalOnTheClusterTest {
  private static final Path CLOUDNOTE = Path.of("..", "data-samples", "cloudnote-saas");

  @TempDir Path tmp;

  @Test
  void aWholeRunOfCloudnoteComputesSurvivalOnTheCluster() {
    Business local = Kpikit.open(CLOUDNOTE);
    SparkEngine engine = new SparkEngine(SharedSpark.get());
    Business spark = Kpikit.open(CLOUDNOTE).loadingWith(engine);
    MetricRun run = spark.computeAll(spark.options());
    assertEquals(1, engine.computedOnCluster().stream().filter(Survival.TABLE::equals).count(),
        "survival computed once, on the cluster: " + engine.computedOnCluster());
    assertEquals(List.of(), spark.ordersCollectedFor());
    Table expected = local.survival().table();
    assertTrue(expected.rowCount() > 10, "a curve over many lifetimes");
    SameRun.assertSameTable(Survival.TABLE, expected, run.tables().get(Survival.TABLE));
  }

  @Test
  void theSurvivalQueryOfASparkBusinessGoesThroughTheCluster() {
    SparkEngine engine = new SparkEngine(SharedSpark.get());
    Business spark = Kpikit.open(CLOUDNOTE).loadingWith(engine);
    Table cluster = spark.survival().table();
    assertEquals(List.of(Survival.TABLE), engine.computedOnCluster());
    SameRun.assertSameTable(Survival.TABLE, Kpikit.open(CLOUDNOTE).survival().table(), cluster);
  }

  @Test
  void theClusterReadsTheCustomersAsTheirPoliciesLeftThem() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("cloudnote-trials"));
    try (var files = Files.list(CLOUDNOTE)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
    }
    // every spell opens with a 30-day trial: trials paid_only (the default) moves each start to the
    // trial's end on the driver, so the lifetimes are shorter than the rows as read
    List<String> lines = Files.readAllLines(dir.resolve("customers.csv"));
    List<String> withTrials = new java.util.ArrayList<>(List.of(lines.get(0) + ",trial_end"));
    for (String line : lines.subList(1, lines.size())) {
      withTrials.add(line + "," + trialEnd(line.split(",")[1]));
    }
    Files.write(dir.resolve("customers.csv"), withTrials);
    Table expected = Kpikit.open(dir).survival().table();
    assertNotEquals(Kpikit.open(CLOUDNOTE).survival().table().printAll(), expected.printAll(),
        "the trials change the lifetimes of this sample");
    SparkEngine engine = new SparkEngine(SharedSpark.get());
    Table cluster = Kpikit.open(dir).loadingWith(engine).survival().table();
    assertEquals(List.of(Survival.TABLE), engine.computedOnCluster());
    SameRun.assertSameTable(Survival.TABLE, expected, cluster);
  }

  /** 30 days after a start date; empty for a start the loader rejects (the sample has some). */
  private static String trialEnd(String start) {
    try {
      return java.time.LocalDate.parse(start).plusDays(30).toString();
    } catch (java.time.format.DateTimeParseException notADate) {
      return "";
    }
  }
}
