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

  /** @return UCI Online Retail as this table's cases read it (a table that needs spend adds one) */
  Business onlineRetail() {
    return ParityCases.onlineRetail();
  }

  /** @return the CDNOW purchases as this table's cases read them (a table that needs spend adds one) */
  Business cdnow() {
    return ParityCases.cdnow();
  }

  /** @return the column the messy business is split by: one every input of the table has */
  String messySplit() {
    return "region";
  }

  @Test
  void onlineRetailThroughItsPresetWholeAndByCountry() {
    Business b = onlineRetail();
    assertSameAsLocal(table(), b, ParityCases.monthly(b));
    assertSameAsLocal(table(), b, ParityCases.monthly(b).withBy("region"));
  }

  @Test
  void cdnowPurchases() {
    Business b = cdnow();
    assertSameAsLocal(table(), b, ParityCases.monthly(b));
  }

  @Test
  void messyDataWithTiesGuestsRefundsAndLinesAfterTheAsOfDate() {
    Business b = ParityCases.messy();
    LocalDate lastOrder = b.orders().dateColumn("order_date").max();
    LocalDate asOf = lastOrder.minusMonths(5).minusDays(3); // inside a month; later rows are ignored
    assertTrue(lastOrder.isAfter(asOf), "the data has rows after the as-of date");
    assertSameAsLocal(table(), b, MetricOptions.monthly(asOf));
    assertSameAsLocal(table(), b, MetricOptions.monthly(asOf).withBy(messySplit()));
  }

  @Test
  void aSplitByAColumnTheOrdersLackIsRefusedAsLocally() {
    Business b = ParityCases.sample("northwind-coffee");
    ParityCases.assertSameRefusal(table(), b, ParityCases.monthly(b).withBy("planet"));
  }
}
