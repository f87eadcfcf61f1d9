package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@code repeat_purchase_rate} computed on the cluster ({@link ClusterRepeatPurchaseRate}) equals
 * the local engine's table cell for cell: the cases of {@link ClusterTableParity}, by acquisition
 * channel (the channel of each customer's first positive row, ties by file order) or by a
 * dimension at another grain.
 */
class ClusterRepeatPurchaseRateTest extends ClusterTableParity {
  @TempDir Path tmp;

  @Override
  ClusterTable table() {
    return new ClusterRepeatPurchaseRate();
  }

  @Test
  void aSampleByRegionAtAFiscalQuarter() {
    Business b = ParityCases.sample("northwind-coffee");
    ClusterOrdersFixture.assertSameAsLocal(table(), b, new MetricOptions(Periods.of(Grain.QUARTER, 7), b.asOf(), "region"));
  }

  @Test
  void theFirstRowInReadingOrderDecidesATieOfChannelsOnTheFirstDay() throws IOException {
    Path dir = Parity.folderWithConfig(tmp.resolve("tie"), "");
    Files.writeString(dir.resolve("orders.csv"), """
        order_id,order_date,customer_id,channel,amount
        A,2024-01-05,C1,email,10
        B,2024-01-05,C1,ads,10
        C,2024-01-04,C2,ads,-5
        D,2024-01-06,C2,,7
        E,2024-01-07,,ads,9
        """);
    Business b = Kpikit.open(dir);
    ClusterOrdersFixture.assertSameAsLocal(table(), b, b.options());
    Table t = table().compute(ClusterOrdersFixture.of(SharedSpark.get(), b.orders()), b.inputs(), b.options());
    // C1: two orders on 5 Jan, the email row first; C2: a refund, then a positive row without a
    // channel; the guest row of E counts for nobody.
    assertEquals(List.of("ALL", "(missing)", "email"), t.stringColumn("channel").asList());
    assertEquals(List.of(2, 1, 1), t.intColumn("customers").asList());
    assertEquals(List.of(1, 0, 1), t.intColumn("repeat_customers").asList());
  }
}
