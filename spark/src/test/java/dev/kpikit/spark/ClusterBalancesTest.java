package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.TestData;
import dev.kpikit.metrics.Balances;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.metrics.Periods;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@link ClusterBalances}: every balance read from orders aggregated on the cluster, the table equal
 * to the local engine's. The CAC payback comes from the {@code unit_economics} table the balances
 * are given; here the local engine's (its cluster table is tested on its own), so that this class
 * holds the balances' own measures to the local ones.
 */
class ClusterBalancesTest {
  private static final Path SAMPLES = Path.of("..", "data-samples");

  @TempDir Path tmp;

  /** The local unit_economics of a business, standing in for its cluster table. */
  private static ClusterBalances balancesOf(Business business) {
    return new ClusterBalances(new ClusterTable() {
      @Override
      public String name() {
        return "unit_economics";
      }

      @Override
      public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
        return MetricTables.named("unit_economics").compute().apply(business.inputs(), options);
      }
    });
  }

  private static Table assertSameAsLocal(Business business, MetricOptions options) {
    ClusterOrdersFixture.assertSameAsLocal(balancesOf(business), business, options);
    return MetricTables.named(Balances.TABLE).compute().apply(business.inputs(), options);
  }

  private static double value(Table balances, String balance, String side) {
    for (int r = 0; r < balances.rowCount(); r++) {
      if (balances.stringColumn("balance").get(r).equals(balance)) {
        return balances.doubleColumn(side).getDouble(r);
      }
    }
    throw new AssertionError(balance);
  }

  @Test
  void northwindCoffeeMonthlyRegionsProductsAndOrdersOnlyLifetimes() {
    Business b = Kpikit.open(SAMPLES.resolve("northwind-coffee"));
    Table t = assertSameAsLocal(b, b.options());
    assertFalse(Double.isNaN(value(t, Balances.GROWTH_VS_CHURN, "right_value")), "churn from orders");
    assertFalse(Double.isNaN(value(t, Balances.SHORT_VS_LONG_TERM, "right_value")), "lifetime from orders");
  }

  @Test
  void harborviewBakeriesQuarterlyByStore() {
    Business b = Kpikit.open(SAMPLES.resolve("harborview-bakeries"));
    assertSameAsLocal(b, new MetricOptions(Periods.of(Grain.QUARTER, 1), b.asOf(), "store"));
  }

  @Test
  void cloudnoteSaasSpellsGiveGrowthAndLifetimes() {
    Business b = Kpikit.open(SAMPLES.resolve("cloudnote-saas"));
    assertSameAsLocal(b, b.options());
  }

  @Test
  void messyOrdersAtAnAsOfInsideTheData() throws IOException {
    Business b = Kpikit.open(MessyBusiness.write(tmp.resolve("messy"), 17));
    assertSameAsLocal(b, new MetricOptions(Periods.MONTHLY, LocalDate.of(2024, 3, 31), null));
  }

  @Test
  void messyOrdersAloneWithoutRegionsOrCosts() throws IOException {
    // orders only: growth, churn and lifetimes from orders, concentration by customer, no margin
    Business messy = Kpikit.open(MessyBusiness.write(tmp.resolve("messy"), 41));
    Path dir = Files.createDirectories(tmp.resolve("orders-only"));
    messy.orders().copy().removeColumns("region", "cost").write().csv(dir.resolve("orders.csv").toFile());
    Business b = Kpikit.open(Parity.folderWithConfig(dir, "as_of: 2024-05-15\ndatasets:\n  orders: { path: orders.csv }\n"));
    Table t = assertSameAsLocal(b, b.options());
    assertTrue(value(t, Balances.CONCENTRATION_VS_SPREAD, "left_value") > 0, "revenue of the top customers");
    assertFalse(Double.isNaN(value(t, Balances.GROWTH_VS_CHURN, "left_value")), "customers gained from orders");
  }

  @Test
  void onlineRetailDecembersThroughItsPreset() throws IOException {
    // December 2010 and December 2011 (28 daily files): the TTM is 2011, December 2010 came before
    Path byDay = TestData.dataset("online-retail/by-day");
    Business b = Kpikit.open(Parity.folderWithConfig(tmp.resolve("retail"),
        "as_of: 2011-12-31\ndatasets:\n  orders: { path: \"" + byDay + "/201[01]-12-*.csv.gz\", preset: uci-online-retail }\n"));
    Table t = assertSameAsLocal(b, b.options());
    assertFalse(Double.isNaN(value(t, Balances.EXPLORATION_VS_EXPLOITATION, "left_value")), "products before the TTM");
  }

  @Test
  void cdnowPurchases() throws IOException {
    Path cdnow = TestData.dataset("cdnow/CDNOW_master.txt");
    Business b = Kpikit.open(Parity.folderWithConfig(tmp.resolve("cdnow"),
        "datasets:\n  orders: { path: \"" + cdnow + "\", preset: cdnow }\n"));
    Table t = assertSameAsLocal(b, b.options());
    assertTrue(value(t, Balances.GROWTH_VS_CHURN, "right_value") > 0, "customers lost to the lapse rule");
  }
}
