package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Business;
import dev.kpikit.Kpikit;
import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * {@code revenue_monthly} aggregated on the cluster ({@link ClusterRevenueMonthly}) equals the local
 * engine's table cell for cell: the cases of {@link ClusterTableParity}, other grains with a split,
 * and money that cancels out.
 */
class ClusterRevenueMonthlyTest extends ClusterTableParity {
  @TempDir Path tmp;

  @Override
  ClusterTable table() {
    return new ClusterRevenueMonthly();
  }

  @Test
  void aSampleByFiscalQuarterAndRegion() {
    Business b = ParityCases.sample("northwind-coffee");
    ClusterOrdersFixture.assertSameAsLocal(table(), b, new MetricOptions(Periods.of(Grain.QUARTER, 4), b.asOf(), "region"));
  }

  @Test
  void aSampleByWeekAndChannel() {
    Business b = ParityCases.sample("harborview-bakeries");
    ClusterOrdersFixture.assertSameAsLocal(table(), b, new MetricOptions(Periods.of(Grain.WEEK), b.asOf(), "channel"));
  }

  @Test
  void refundsThatCancelTheSalesOfAPeriodSumAsTheLocalEngineSumsThem() throws IOException {
    Path dir = Parity.folderWithConfig(tmp.resolve("cancel"), "");
    Files.writeString(dir.resolve("orders.csv"), """
        order_id,order_date,customer_id,amount,cost
        A,2024-01-05,C1,0.1,0.05
        B,2024-01-06,C2,0.2,
        C,2024-01-07,C1,-0.3,
        D,2024-03-02,C2,10.0,4.0
        """);
    Business b = Kpikit.open(dir);
    ClusterOrdersFixture.assertSameAsLocal(table(), b, b.options());
    Table cluster = table().compute(ClusterOrdersFixture.of(SharedSpark.get(), b.orders()), b.inputs(), b.options());
    double exact = new BigDecimal(0.1).add(new BigDecimal(0.2)).add(new BigDecimal(-0.3)).doubleValue();
    assertTrue(exact != 0.1 + 0.2 - 0.3, "the naive sum of the doubles is off by a factor of two");
    assertEquals(exact, cluster.doubleColumn("revenue").getDouble(0), 0.0,
        "January: the exact sum of the three doubles, as the local engine's compensated sum gives it");
    assertEquals(0, cluster.intColumn("orders").getInt(1), "February has no row: zero-filled");
    assertTrue(cluster.doubleColumn("cost").isMissing(1), "and its cost is unknown");
  }
}
