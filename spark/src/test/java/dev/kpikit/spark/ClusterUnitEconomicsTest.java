package dev.kpikit.spark;

import static dev.kpikit.spark.ClusterOrdersFixture.assertSameAsLocal;

import dev.kpikit.Business;
import dev.kpikit.metrics.Grain;
import org.junit.jupiter.api.Test;

/**
 * {@code unit_economics} with its order aggregates (TTM revenue and cost, cohort margin, lapse
 * flows, new customers) computed on the cluster equals the local engine's, cell for cell.
 */
class ClusterUnitEconomicsTest {
  private final ClusterTable table = new ClusterUnitEconomics();

  @Test
  void ordersOnlySamplesChurnByTheLapseRule() {
    for (String name : new String[] {"northwind-coffee", "harborview-bakeries"}) {
      Business b = ParityCases.sample(name);
      assertSameAsLocal(table, b, ParityCases.monthly(b));
    }
  }

  @Test
  void subscriptionSampleChurnAndChannelsFromSpells() {
    Business b = ParityCases.sample("cloudnote-saas");
    assertSameAsLocal(table, b, ParityCases.monthly(b));
  }

  @Test
  void grainAndSplitAreIgnored() {
    Business b = ParityCases.sample("northwind-coffee");
    assertSameAsLocal(table, b, ParityCases.options(b, Grain.QUARTER, 4, "region"));
  }

  @Test
  void asOfInsideAMonthClosesTheWindowAMonthEarlier() {
    Business b = ParityCases.sample("northwind-coffee");
    assertSameAsLocal(table, b, ParityCases.monthly(b).withAsOf(b.asOf().minusMonths(7).minusDays(4)));
  }

  @Test
  void onlineRetailTooShortForALapseWithSpend() {
    Business b = ParityCases.onlineRetailWithSpend();
    assertSameAsLocal(table, b, ParityCases.monthly(b));
  }

  @Test
  void cdnowWithoutChannelsOrSpend() {
    Business b = ParityCases.cdnow();
    assertSameAsLocal(table, b, ParityCases.monthly(b));
  }

  @Test
  void messyBusinessWithRowsAfterAsOf() {
    Business b = ParityCases.messy();
    assertSameAsLocal(table, b, ParityCases.monthly(b));
    assertSameAsLocal(table, b, ParityCases.monthly(b).withAsOf(b.asOf().minusMonths(5).minusDays(3)));
  }

  @Test
  void anAsOfBeforeEveryOrderGivesNoRows() {
    Business b = ParityCases.sample("northwind-coffee");
    assertSameAsLocal(table, b, ParityCases.monthly(b).withAsOf(java.time.LocalDate.of(2000, 1, 31)));
  }
}
