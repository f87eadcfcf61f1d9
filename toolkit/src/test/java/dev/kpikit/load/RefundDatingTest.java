package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.RevenueMetrics;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@code policies.refunds}: order o1 of 100 on Jan 20 is refunded 40 on Feb 3; r9 is a refund of 10
 * on Feb 5 whose order is not in the file; o2 of 50 on Feb 10.
 */
class RefundDatingTest {
  private static final MetricOptions OPTIONS = MetricOptions.monthly(LocalDate.of(2024, 2, 29));
  @TempDir Path dir;

  private Table revenue(String yaml) throws IOException {
    LoadResult orders = FolderFixtures.load(dir, yaml, Dataset.ORDERS,
        "order_id,order_date,amount\no1,2024-01-20,100\no1,2024-02-03,-40\nr9,2024-02-05,-10\no2,2024-02-10,50\n");
    return RevenueMetrics.table(orders.table(), OPTIONS);
  }

  @Test
  void byDefaultARefundCountsOnItsOwnDate() throws IOException {
    assertEquals(List.of(100.0, 50.0 - 40 - 10), revenue("currency: EUR\n").doubleColumn("revenue").asList());
  }

  @Test
  void atOrderMovesARefundToItsOrdersMonth() throws IOException {
    assertEquals(
        List.of(100.0 - 40, 50.0 - 10),
        revenue("policies:\n  refunds: at_order\n").doubleColumn("revenue").asList());
  }
}
