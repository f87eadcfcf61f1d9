package dev.kpikit.spark;

import static dev.kpikit.spark.ClusterOrdersFixture.assertSameAsLocal;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases every {@code Cluster<Table>Test} of an order table runs ({@link
 * ClusterOrdersFixture#assertSameAsLocal}, businesses from {@link ParityCases}): each sample
 * monthly, the subscription sample split by channel (its spells give acquisition channels), Online
 * Retail through its preset (whole and by country), the CDNOW purchases, generated messy data
 * closed before its last rows (whole and by region), and a split by a column the orders lack. A
 * subclass names its table and adds the cases of its own rules.
 */
abstract class ClusterTableParity {
  /** @return the cluster table under test */
  abstract ClusterTable table();

  @ParameterizedTest
  @ValueSource(strings = {"northwind-coffee", "harborview-bakeries", "cloudnote-saas"})
  void eachSampleMonthly(String sample) {
    Business b = ParityCases.sample(sample);
    assertSameAsLocal(table(), b, ParityCases.monthly(b));
  }

  @Test
  void subscriptionSampleSplitByChannel() {
    Business b = ParityCases.sample("cloudnote-saas");
    assertSameAsLocal(table(), b, ParityCases.options(b, Grain.MONTH, 1, "channel"));
  }

  @Test
  void onlineRetailThroughItsPresetWholeAndByCountry() {
    Business b = ParityCases.onlineRetail();
    assertSameAsLocal(table(), b, ParityCases.monthly(b));
    assertSameAsLocal(table(), b, ParityCases.monthly(b).withBy("region"));
  }

  @Test
  void cdnowPurchases() {
    Business b = ParityCases.cdnow();
    assertSameAsLocal(table(), b, ParityCases.monthly(b));
  }

  @Test
  void messyDataWithTiesGuestsRefundsAndLinesAfterTheAsOfDate() {
    Business b = ParityCases.messy();
    LocalDate asOf = b.asOf().minusMonths(5).minusDays(3); // inside a month; later rows are ignored
    assertTrue(b.orders().dateColumn("order_date").max().isAfter(asOf), "the data has rows after the as-of date");
    assertSameAsLocal(table(), b, MetricOptions.monthly(asOf));
    assertSameAsLocal(table(), b, MetricOptions.monthly(asOf).withBy("region"));
  }

  @Test
  void aSplitByAColumnTheOrdersLackIsRefusedAsLocally() {
    Business b = ParityCases.sample("northwind-coffee");
    ParityCases.assertSameRefusal(table(), b, ParityCases.monthly(b).withBy("planet"));
  }
}
