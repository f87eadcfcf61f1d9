package dev.kpikit.spark;

import static dev.kpikit.spark.ClusterOrdersFixture.assertSameAsLocal;

import dev.kpikit.Business;
import dev.kpikit.metrics.Grain;
import org.junit.jupiter.api.Test;

/**
 * {@code new_customers_monthly} counted on the cluster equals the local engine's, cell for cell, on
 * the {@link ClusterTableParity} and these.
 */
class ClusterNewCustomersTest extends ClusterTableParity {
  @Override
  ClusterTable table() {
    return new ClusterNewCustomers();
  }

  @Test
  void quarterlyFromAprilByRegion() {
    Business b = ParityCases.sample("northwind-coffee");
    assertSameAsLocal(table(), b, ParityCases.options(b, Grain.QUARTER, 4, "region"));
  }

  @Test
  void messyBusinessWeeklyByRegion() {
    Business b = ParityCases.messy();
    assertSameAsLocal(table(), b, ParityCases.options(b, Grain.WEEK, 1, "region"));
  }
}
