package dev.kpikit.spark;

import static dev.kpikit.spark.ClusterOrdersFixture.assertSameAsLocal;

import dev.kpikit.Business;
import dev.kpikit.metrics.Grain;
import org.junit.jupiter.api.Test;

/**
 * {@code cac_monthly} with new customers counted on the cluster and the spend read on the driver
 * equals the local engine's, cell for cell, on the {@link ClusterTableParity} and these.
 */
class ClusterCacTest extends ClusterTableParity {
  @Override
  ClusterTable table() {
    return new ClusterCac();
  }

  @Override
  Business onlineRetail() {
    return ParityCases.onlineRetailWithSpend();
  }

  @Override
  Business cdnow() {
    return ParityCases.cdnowWithSpend();
  }

  /** The messy spend has channels, not regions (the refusal by region is its own case below). */
  @Override
  String messySplit() {
    return "channel";
  }

  @Test
  void quarterlyFromAprilByRegion() {
    Business b = ParityCases.onlineRetailWithSpend();
    assertSameAsLocal(table(), b, ParityCases.options(b, Grain.QUARTER, 4, "region"));
  }

  @Test
  void onlineRetailWithSpendOnAChannelWithoutCustomers() {
    Business b = ParityCases.onlineRetailWithSpend();
    assertSameAsLocal(table(), b, ParityCases.monthly(b));
  }

  @Test
  void messyBusinessWeekly() {
    Business b = ParityCases.messy();
    assertSameAsLocal(table(), b, ParityCases.options(b, Grain.WEEK, 1, null));
  }

  @Test
  void aSplitColumnTheSpendLacksIsRefusedAsLocally() {
    Business northwind = ParityCases.sample("northwind-coffee");
    ParityCases.assertSameRefusal(table(), northwind, ParityCases.options(northwind, Grain.MONTH, 1, "region"));
  }
}
