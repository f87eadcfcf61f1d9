package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.TestData;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.metrics.NotComputableException;
import dev.kpikit.metrics.Periods;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * {@link ClusterSurvival}: the survival table with the customers on the cluster equals the local
 * engine's, for spells (merged, restarted, open, ended after as-of) and the tenure shape.
 */
class ClusterSurvivalTest {
  private static final Path SAMPLES = Path.of("..", "data-samples");

  @TempDir Path tmp;

  private static Table cluster(Business business, MetricOptions options) {
    return ClusterSurvival.table(ClusterOrdersFixture.of(SharedSpark.get(), business.customers()).rows(),
        business.inputs().shape(Dataset.CUSTOMERS), options);
  }

  private static Table assertSameAsLocal(Business business, MetricOptions options) {
    Table local = MetricTables.named("survival").compute().apply(business.inputs(), options);
    Table cluster = cluster(business, options);
    SameRun.assertSameTable("survival", local, cluster);
    return local;
  }

  @Test
  void cloudnoteSpellsMonthly() {
    Business b = Kpikit.open(SAMPLES.resolve("cloudnote-saas"));
    Table local = assertSameAsLocal(b, b.options());
    assertTrue(local.rowCount() > 10, "a curve with many times");
  }

  @Test
  void cloudnoteSpellsQuarterlyByChannel() {
    Business b = Kpikit.open(SAMPLES.resolve("cloudnote-saas"));
    Table local = assertSameAsLocal(b, new MetricOptions(Periods.of(Grain.QUARTER, 1), b.asOf(), "channel"));
    assertTrue(local.stringColumn("segment").unique().size() > 1, "one curve per channel");
  }

  @Test
  void messySpellsOverlappingTouchingAndRestarting() throws IOException {
    Business b = Kpikit.open(MessyBusiness.write(tmp.resolve("messy"), 17));
    assertSameAsLocal(b, b.options());
  }

  @Test
  void messySpellsByAPlanThatChangesBetweenSpellsAtAnEarlierAsOf() throws IOException {
    Business b = Kpikit.open(MessyBusiness.write(tmp.resolve("messy"), 23));
    // an as-of inside the data: spells after it are ignored, ends after it are not known yet
    LocalDate asOf = LocalDate.of(2023, 3, 15);
    Table local = assertSameAsLocal(b, new MetricOptions(Periods.of(Grain.MONTH, 1), asOf, "plan"));
    assertEquals(2, local.stringColumn("segment").unique().size(), "pro and basic");
  }

  @Test
  void telcoTenureShape() throws IOException {
    Business b = telco();
    Table local = assertSameAsLocal(b, b.options());
    assertEquals(7043, local.intColumn("at_risk").getInt(0), "every Telco customer is at risk at the first time");
  }

  @Test
  void telcoTenureByContract() throws IOException {
    Business b = telco();
    Table local = assertSameAsLocal(b, new MetricOptions(b.options().periods(), b.asOf(), "contract"));
    assertEquals(3, local.stringColumn("segment").unique().size(), "three contract types");
  }

  @Test
  void mergedSpellsAreOneLifetimeAndARestartIsAnother() {
    // A: [2024-01-01, 2024-02-01) touched by [2024-02-01, 2024-03-01): one lifetime of 60 days;
    //    back on 2024-05-01, still open on as-of 2024-06-30: censored at 60 days.
    // B: [2024-03-01, 2024-03-11) and overlapping [2024-03-05, 2024-03-31): one lifetime of 30 days.
    Table spells = Table.create("customers",
        StringColumn.create("customer_id", "A", "A", "A", "B", "B"),
        DateColumn.create("start_date", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1),
            LocalDate.of(2024, 5, 1), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5)),
        DateColumn.create("end_date", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1), null,
            LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 31)));
    MetricOptions options = new MetricOptions(Periods.MONTHLY, LocalDate.of(2024, 6, 30), null);
    Table t = ClusterSurvival.table(ClusterOrdersFixture.of(SharedSpark.get(), spells).rows(), ClusterSurvival.SPELLS, options);
    assertEquals("[30, 60]", t.intColumn("time").asList().toString());
    assertEquals("[3, 2]", t.intColumn("at_risk").asList().toString());
    assertEquals("[1, 1]", t.intColumn("events").asList().toString(), "B at 30 days, A's first lifetime at 60");
    assertEquals("[0, 1]", t.intColumn("censored").asList().toString(), "A's return, open on as-of, at 60 days");
    assertEquals(2.0 / 3, t.doubleColumn("survival").getDouble(0), 1e-15);
    assertEquals(2.0 / 3 * 1 / 2, t.doubleColumn("survival").getDouble(1), 1e-15);
  }

  @Test
  void spellsWithoutEndDatesAndBlankSegmentsAsLocally() {
    // no end_date column: every lifetime is censored on as-of; a blank or missing plan is (missing);
    // C's first spell (2024-01-01) gives its segment although a later one names another plan
    Table spells = Table.create("customers",
        StringColumn.create("customer_id", "A", "B", "C", "C", "D", ""),
        DateColumn.create("start_date", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1),
            LocalDate.of(2024, 3, 1), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 1), LocalDate.of(2024, 1, 1)),
        StringColumn.create("plan", "pro", " ", "pro", "basic", null, "pro"));
    MetricOptions options = new MetricOptions(Periods.MONTHLY, LocalDate.of(2024, 6, 30), "plan");
    Table local = dev.kpikit.metrics.Survival.table(spells, options);
    Table cluster = ClusterSurvival.table(ClusterOrdersFixture.of(SharedSpark.get(), spells).rows(), ClusterSurvival.SPELLS, options);
    SameRun.assertSameTable("survival", local, cluster);
    assertEquals("[(missing), basic, pro]", cluster.stringColumn("segment").asList().toString(),
        "B blank, C basic (its first spell), A pro; D starts after as-of; the row without an id is left out");
  }

  @Test
  void aMissingDimensionIsRefusedAsLocally() {
    Business b = Kpikit.open(SAMPLES.resolve("cloudnote-saas"));
    MetricOptions options = new MetricOptions(b.options().periods(), b.asOf(), "no_such_column");
    NotComputableException local = assertThrows(NotComputableException.class,
        () -> MetricTables.named("survival").compute().apply(b.inputs(), options));
    NotComputableException cluster = assertThrows(NotComputableException.class, () -> cluster(b, options));
    assertEquals(local.getMessage(), cluster.getMessage());
  }

  @Test
  void aNegativeTenureIsRefusedAsLocally() throws IOException {
    Business b = telco();
    Table customers = b.customers().copy();
    customers.intColumn("tenure").set(5, -3);
    customers.intColumn("tenure").set(9, -4);
    NotComputableException cluster = assertThrows(NotComputableException.class, () -> ClusterSurvival.table(
        ClusterOrdersFixture.of(SharedSpark.get(), customers).rows(), "tenure", b.options()));
    assertEquals("customers: tenure must be 0 or more months, got -3 for customer "
        + customers.stringColumn("customer_id").get(5), cluster.getMessage(), "the first in file order");
  }

  private Business telco() throws IOException {
    Path file = TestData.dataset("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv");
    return Kpikit.open(Parity.folderWithConfig(tmp.resolve("telco"),
        "as_of: 2024-12-31\ndatasets:\n  customers: { path: \"" + file + "\", preset: ibm-telco }\n"));
  }
}
