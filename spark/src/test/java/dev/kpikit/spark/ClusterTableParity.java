package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.MetricTables;
import dev.kpikit.metrics.NotComputableException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases every {@code Cluster<Table>Test} runs ({@link ClusterOrdersFixture#assertSameAsLocal}):
 * each sample monthly, Online Retail through its preset (whole and by country), the CDNOW
 * purchases, generated messy data closed before its last rows (whole and by region), and a split by
 * a column the orders lack. A subclass names its table and adds the cases of its own rules.
 */
abstract class ClusterTableParity {
  @TempDir Path tmp;

  /** @return the cluster table under test */
  abstract ClusterTable table();

  @ParameterizedTest
  @ValueSource(strings = {"northwind-coffee", "harborview-bakeries", "cloudnote-saas"})
  void eachSampleMonthly(String sample) {
    Business b = ClusterTestData.sample(sample);
    ClusterOrdersFixture.assertSameAsLocal(table(), b, b.options());
  }

  @Test
  void onlineRetailThroughItsPresetWholeAndByCountry() throws IOException {
    Business b = ClusterTestData.onlineRetail(tmp.resolve("retail"));
    ClusterOrdersFixture.assertSameAsLocal(table(), b, b.options());
    ClusterOrdersFixture.assertSameAsLocal(table(), b, b.options().withBy("region"));
  }

  @Test
  void cdnowPurchases() throws IOException {
    Business b = ClusterTestData.cdnow(tmp.resolve("cdnow"));
    ClusterOrdersFixture.assertSameAsLocal(table(), b, b.options());
  }

  @Test
  void messyDataWithTiesGuestsRefundsAndLinesAfterTheAsOfDate() throws IOException {
    Business b = Kpikit.open(MessyBusiness.write(tmp.resolve("messy"), 41));
    LocalDate asOf = LocalDate.of(2023, 6, 17); // the orders run to mid-2024: later rows are ignored
    assertTrue(b.orders().dateColumn("order_date").max().isAfter(asOf), "the data has rows after the as-of date");
    ClusterOrdersFixture.assertSameAsLocal(table(), b, MetricOptions.monthly(asOf));
    ClusterOrdersFixture.assertSameAsLocal(table(), b, MetricOptions.monthly(asOf).withBy("region"));
  }

  @Test
  void aSplitByAColumnTheOrdersLackIsRefusedAsLocally() {
    Business b = ClusterTestData.sample("northwind-coffee");
    MetricOptions options = b.options().withBy("planet");
    NotComputableException local = assertThrows(NotComputableException.class,
        () -> MetricTables.named(table().name()).compute().apply(b.inputs(), options));
    NotComputableException cluster = assertThrows(NotComputableException.class,
        () -> table().compute(ClusterOrdersFixture.of(SharedSpark.get(), b.orders()), b.inputs(), options));
    assertEquals(local.getMessage(), cluster.getMessage());
  }
}
