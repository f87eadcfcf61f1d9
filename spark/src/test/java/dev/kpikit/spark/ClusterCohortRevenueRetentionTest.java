package dev.kpikit.spark;

/**
 * {@code cohort_revenue_retention} summed on the cluster equals the local engine's, cell for cell,
 * on the same cases as {@code cohort_retention} (refunds after the cohort period included, before
 * it left out; Online Retail has cohorts whose refunds cancel their first-week purchases, where the
 * ratio is missing in both engines).
 */
class ClusterCohortRevenueRetentionTest extends ClusterCohortRetentionTest {
  @Override
  ClusterTable table() {
    return ClusterCohortRetention.revenue();
  }
}
