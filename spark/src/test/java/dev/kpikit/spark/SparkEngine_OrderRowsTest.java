package dev.kpikit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.Kpikit;
import dev.kpikit.load.DataException;
import dev.kpikit.load.LoadResult;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * What the Spark engine hands the metrics for {@code orders}: rows equal but for amount and cost,
 * with amounts of one sign, merged (sums, first position kept); everything else kept apart, in file
 * order; the ledger counts the rows as read. And what it refuses.
 */
class SparkEngine_OrderRowsTest {
  @TempDir Path dir;

  private LoadResult sparkOrders(String csv) throws IOException {
    Files.writeString(dir.resolve("orders.csv"), csv);
    return Kpikit.open(dir).loadingWith(new SparkEngine(SharedSpark.get())).load(Dataset.ORDERS);
  }

  @Test
  void linesOfOneOrderDayAndChannelMergeIntoOneRowWithTheSums() throws IOException {
    LoadResult r = sparkOrders("""
        order_id,order_date,customer_id,channel,amount,cost
        A,2024-01-05,C1,ads,10.00,4.00
        A,2024-01-05,C1,ads,5.50,1.00
        """);
    Table t = r.table();
    assertEquals(1, t.rowCount());
    assertEquals(10.00 + 5.50, t.doubleColumn("amount").getDouble(0));
    assertEquals(4.00 + 1.00, t.doubleColumn("cost").getDouble(0));
    assertEquals(2, r.rowsLoaded(), "the ledger counts the rows read, not the merged rows");
  }

  @Test
  void aRefundAndAZeroRowStayApartFromThePurchase() throws IOException {
    Table t = sparkOrders("""
        order_id,order_date,customer_id,channel,amount
        A,2024-01-05,C1,ads,10.00
        A,2024-01-05,C1,ads,-3.00
        A,2024-01-05,C1,ads,0
        """).table();
    assertEquals(List.of(10.0, -3.0, 0.0), t.doubleColumn("amount").asList());
  }

  @Test
  void rowsOnOtherChannelsStayInFileOrder() throws IOException {
    Table t = sparkOrders("""
        order_id,order_date,customer_id,channel,amount
        B,2024-02-01,C2,email,1.00
        A,2024-01-05,C1,organic,2.00
        A,2024-01-05,C1,ads,3.00
        A,2024-01-05,C1,organic,4.00
        """).table();
    assertEquals(List.of("email", "organic", "ads"), t.stringColumn("channel").asList());
    assertEquals(List.of(1.0, 2.0 + 4.0, 3.0), t.doubleColumn("amount").asList());
    assertEquals(LocalDate.of(2024, 2, 1), t.dateColumn("order_date").get(0));
  }

  @Test
  void currencyConversionIsRefusedNamingTheLocalEngine() throws IOException {
    Files.writeString(dir.resolve("fx_rates.csv"), "date,currency,rate\n2024-01-01,USD,0.9\n");
    Files.writeString(dir.resolve("kpikit.yaml"), "currency: EUR\n");
    DataException e = assertThrows(DataException.class, () -> sparkOrders("""
        order_id,order_date,amount,currency
        A,2024-01-05,10.00,USD
        """));
    assertTrue(e.getMessage().endsWith("the Spark engine does not convert currencies (fx_rates); run with --engine local"),
        e.getMessage());
  }

  @Test
  void anUnreadableFileFailsWithTheLoadersOwnMessage() throws IOException {
    DataException e = assertThrows(DataException.class, () -> sparkOrders("""
        order_id,amount
        A,10.00
        """));
    DataException local = assertThrows(DataException.class, () -> Kpikit.open(dir).load(Dataset.ORDERS));
    assertEquals(local.getMessage(), e.getMessage());
  }
}
