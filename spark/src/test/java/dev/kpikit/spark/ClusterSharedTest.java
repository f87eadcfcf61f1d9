package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kpikit.metrics.Grain;
import dev.kpikit.metrics.MetricInputs;
import dev.kpikit.metrics.MetricOptions;
import dev.kpikit.metrics.Periods;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** {@link ClusterShared}: what the tables of one run share is defined or computed once. */
class ClusterSharedTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

  private static ClusterOrders orders() {
    Table t = Table.create("orders",
        StringColumn.create("customer_id", "A", "B", "A"),
        DateColumn.create("order_date", LocalDate.of(2024, 1, 5), LocalDate.of(2023, 11, 2), LocalDate.of(2024, 5, 1)),
        DoubleColumn.create("amount", 10, 20, 30));
    return ClusterOrdersFixture.of(SharedSpark.get(), t);
  }

  /** A table that counts its computations and can be told to fail. */
  private static final class Counting implements ClusterTable {
    final AtomicInteger runs = new AtomicInteger();
    final CountDownLatch release = new CountDownLatch(1);
    final boolean fail;

    Counting(boolean fail) {
      this.fail = fail;
    }

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public Table compute(ClusterOrders orders, MetricInputs driver, MetricOptions options) {
      runs.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (fail) {
        throw new IllegalStateException("cannot");
      }
      return Table.create(name());
    }
  }

  @Test
  void customersOfTheSameOptionsAndSpellsAreDefinedOnce() {
    ClusterOrders orders = orders();
    MetricOptions monthly = MetricOptions.monthly(AS_OF);
    ClusterCustomers a = orders.shared().customers(orders, null, monthly);
    assertSame(a, orders.shared().customers(orders, null, MetricOptions.monthly(AS_OF)));
    assertNotSame(a, orders.shared().customers(orders, null, new MetricOptions(Periods.of(Grain.QUARTER), AS_OF, null)));
    assertNotSame(a, orders.shared().customers(orders, Table.create("spells"), monthly), "other spells, other channels");
  }

  @Test
  void aTableAskedForTwiceAtOnceIsComputedOnceAndBothGetItsResult() throws Exception {
    ClusterOrders orders = orders();
    Counting table = new Counting(false);
    MetricInputs driver = null; // compared by identity only
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Table>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(threads.submit(() -> orders.shared().table(table, orders, driver, MetricOptions.monthly(AS_OF))));
      }
      Thread.sleep(200);
      table.release.countDown();
      assertSame(results.get(0).get(), results.get(1).get());
      assertEquals(1, table.runs.get());
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void otherOptionsComputeTheTableAgain() {
    ClusterOrders orders = orders();
    Counting table = new Counting(false);
    table.release.countDown();
    orders.shared().table(table, orders, null, MetricOptions.monthly(AS_OF));
    orders.shared().table(table, orders, null, MetricOptions.monthly(AS_OF.minusDays(1)));
    assertEquals(2, table.runs.get());
  }

  @Test
  void aFailureReachesEveryCaller() {
    ClusterOrders orders = orders();
    Counting table = new Counting(true);
    table.release.countDown();
    MetricOptions options = MetricOptions.monthly(AS_OF);
    assertThrows(IllegalStateException.class, () -> orders.shared().table(table, orders, null, options));
    assertThrows(IllegalStateException.class, () -> orders.shared().table(table, orders, null, options));
    assertEquals(1, table.runs.get());
  }

  @Test
  void theDateRangeIsThatOfEveryRowKeptOrNot() {
    ClusterOrders orders = orders();
    LocalDate[] range = orders.shared().dateRange(orders);
    assertEquals(LocalDate.of(2023, 11, 2), range[0]);
    assertEquals(LocalDate.of(2024, 5, 1), range[1], "a row after as-of counts too");
  }
}
