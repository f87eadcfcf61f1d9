package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.config.KpikitConfig;
import dev.kpikit.config.DataFolder;
import dev.kpikit.schema.Dataset;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/** Unit economics, balances and the scorecard on the two committed sample businesses. */
class DerivedSamplesTest {
  static Map<Dataset, Table> northwind;
  static Map<Dataset, Table> cloudnote;
  static KpikitConfig northwindConfig;
  static KpikitConfig cloudnoteConfig;

  @BeforeAll
  static void load() {
    DataFolder n = DataFolder.open(Path.of("../data-samples/northwind-coffee"));
    DataFolder c = DataFolder.open(Path.of("../data-samples/cloudnote-saas"));
    northwind = tables(n);
    cloudnote = tables(c);
    northwindConfig = n.config();
    cloudnoteConfig = c.config();
  }

  private static Map<Dataset, Table> tables(DataFolder folder) {
    Map<Dataset, Table> out = new EnumMap<>(Dataset.class);
    folder.loadAll().forEach((d, r) -> out.put(d, r.table()));
    return out;
  }

  private static MetricOptions options(KpikitConfig config) {
    return MetricOptions.monthly(config.asOf());
  }

  private static Table unitEconomics(Map<Dataset, Table> data, KpikitConfig config) {
    return UnitEconomics.table(data.get(Dataset.ORDERS), data.get(Dataset.CUSTOMERS),
        data.get(Dataset.MARKETING_SPEND), options(config));
  }

  private static void assertAllPositive(Table t, int row) {
    for (String name : t.columnNames().subList(1, t.columnCount())) {
      DoubleColumn c = t.doubleColumn(name);
      double v = c.getDouble(row);
      assertTrue(v > 0 && Double.isFinite(v), c.name() + " of " + t.stringColumn("channel").get(row) + " is " + v);
    }
  }

  @Test
  void northwind_unitEconomicsAreComplete_andSocialHasTheWorstLtvToCac() {
    Table t = unitEconomics(northwind, northwindConfig);
    for (int r = 0; r < t.rowCount(); r++) {
      assertAllPositive(t, r);
    }
    Table byRatio = t.sortAscendingOn("ltv_cac");
    assertEquals("social", byRatio.stringColumn("channel").get(0));
  }

  @Test
  void cloudnote_unitEconomicsComeFromSpells_andAreComplete() {
    Table t = unitEconomics(cloudnote, cloudnoteConfig);
    for (int r = 0; r < t.rowCount(); r++) {
      assertAllPositive(t, r);
      assertTrue(t.doubleColumn("churn_rate").getDouble(r) < 0.2);
    }
  }

  @Test
  void bothSamples_haveEveryBalanceMeasured() {
    for (Map<Dataset, Table> data : List.of(northwind, cloudnote)) {
      KpikitConfig config = data == northwind ? northwindConfig : cloudnoteConfig;
      Table t = Balances.table(data, options(config), config.bands());
      assertEquals(8, t.rowCount());
      assertFalse(t.stringColumn("status").asList().contains("missing_data"), t.print());
    }
  }

  @Test
  void northwind_explorationShowsThe2025Launches() {
    Table t = Balances.table(northwind, options(northwindConfig), northwindConfig.bands());
    int row = t.stringColumn("balance").indexOf("exploration_vs_exploitation");
    assertTrue(t.doubleColumn("left_value").getDouble(row) > 0);
    assertEquals(-0.8, t.doubleColumn("band_low").getDouble(row));
  }

  @Test
  void cloudnote_scorecardEvaluatesEveryConfiguredTarget() {
    MetricOptions o = options(cloudnoteConfig);
    Map<String, Table> tables = new LinkedHashMap<>();
    tables.put(RevenueMetrics.TABLE, RevenueMetrics.table(cloudnote.get(Dataset.ORDERS), o));
    tables.put(LogoChurn.TABLE, LogoChurn.table(cloudnote.get(Dataset.CUSTOMERS), o));
    tables.put(MrrMovements.TABLE, MrrMovements.table(cloudnote.get(Dataset.CUSTOMERS), o));
    tables.put(UnitEconomics.TABLE, unitEconomics(cloudnote, cloudnoteConfig));
    tables.put(EmployeeTurnover.TABLE, EmployeeTurnover.table(cloudnote.get(Dataset.EMPLOYEES), o));
    Table t = Scorecard.table(KpiSeries.fromTables(tables, o), cloudnoteConfig.targets(), o);
    for (int r = 0; r < t.rowCount(); r++) {
      String kpi = t.stringColumn("kpi").get(r);
      String status = t.stringColumn("status").get(r);
      if (cloudnoteConfig.targets().containsKey(kpi)) {
        assertTrue(status.equals("on_target") || status.equals("off_target"), kpi + ": " + status);
      }
      if (List.of("revenue", "logo_churn_rate", "nrr", "turnover_rate").contains(kpi)) {
        assertFalse(t.stringColumn("trend").get(r).isEmpty(), kpi + " has no trend");
      }
    }
    assertEquals(cloudnoteConfig.targets().size(),
        t.where(t.stringColumn("target").isNotEqualTo("")).rowCount());
  }
}
