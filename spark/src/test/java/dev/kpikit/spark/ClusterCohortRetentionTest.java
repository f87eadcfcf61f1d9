package dev.kpikit.spark;

import static dev.kpikit.spark.ClusterOrdersFixture.assertSameAsLocal;

import dev.kpikit.Business;
import dev.kpikit.metrics.Grain;
import org.junit.jupiter.api.Test;

/**
 * {@code cohort_retention} aggregated on the cluster equals the local engine's, cell for cell, on
 * the {@link ClusterTableParity} and these.
 */
class ClusterCohortRetentionTest extends ClusterTableParity {
  @Override
  ClusterTable table() {
    return ClusterCohortRetention.customers();
  }

  @Test
  void quarterlyFromAprilByRegion() {
    Business b = ParityCases.sample("northwind-coffee");
    assertSameAsLocal(table(), b, ParityCases.options(b, Grain.QUARTER, 4, "region"));
  }

  @Test
  void onlineRetailWeeklyByCountry() {
    Business b = ParityCases.onlineRetail();
    assertSameAsLocal(table(), b, ParityCases.options(b, Grain.WEEK, 1, "region"));
  }

  @Test
  void messyBusinessYearlyFromJulyByRegion() {
    Business b = ParityCases.messy();
    assertSameAsLocal(table(), b, ParityCases.options(b, Grain.YEAR, 7, "region"));
  }
}
