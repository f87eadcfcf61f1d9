package dev.kpikit.spark;

import static dev.kpikit.spark.ClusterOrdersFixture.assertSameAsLocal;

import dev.kpikit.Business;
import dev.kpikit.metrics.Grain;
import org.junit.jupiter.api.Test;

/**
 * The parity cases every acquisition and cohort table is checked on (a subclass per table adds its
 * own): the three samples monthly, the subscription sample split by channel (its spells give
 * acquisition channels), the messy business monthly and closed five months before its last order,
 * and the refusal of a split column the orders lack.
 */
abstract class ClusterTableCases {
  /** @return the cluster table under test */
  abstract ClusterTable table();

  @Test
  void samplesMonthly() {
    for (String name : new String[] {"northwind-coffee", "cloudnote-saas", "harborview-bakeries"}) {
      Business b = ParityCases.sample(name);
      assertSameAsLocal(table(), b, ParityCases.monthly(b));
    }
  }

  @Test
  void subscriptionSampleSplitByChannel() {
    Business b = ParityCases.sample("cloudnote-saas");
    assertSameAsLocal(table(), b, ParityCases.options(b, Grain.MONTH, 1, "channel"));
  }

  @Test
  void messyBusinessMonthlyAndWithRowsAfterAsOf() {
    Business b = ParityCases.messy();
    assertSameAsLocal(table(), b, ParityCases.monthly(b));
    assertSameAsLocal(table(), b, ParityCases.monthly(b).withAsOf(b.asOf().minusMonths(5).minusDays(3)));
  }

  @Test
  void aSplitColumnTheOrdersLackIsRefusedAsLocally() {
    Business b = ParityCases.sample("harborview-bakeries");
    ParityCases.assertSameRefusal(table(), b, ParityCases.options(b, Grain.MONTH, 1, "region"));
  }
}
