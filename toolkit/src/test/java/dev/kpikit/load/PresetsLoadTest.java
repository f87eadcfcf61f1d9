package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Each preset's rules on a small export written in the test. */
class PresetsLoadTest {
  @TempDir Path dir;

  private Table load(Dataset d, String preset, String csv) throws IOException {
    Path p = dir.resolve("in.csv");
    Files.writeString(p, csv);
    LoadResult r = DatasetLoader.load(d, List.of(p.toString()), LoadOptions.builder().preset(preset).build());
    assertEquals(r.rowsRead(), r.rowsLoaded(), "rejects: " + r.rejects());
    return r.table();
  }

  @Test
  void onlineRetailDerivesAmountStatusAndNormalisesCustomerIds() throws IOException {
    Table t =
        load(
            Dataset.ORDERS,
            "uci-online-retail",
            """
            InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
            536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom
            C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom
            536414,22139,,56,2010-12-01 11:52:00,0.0,,United Kingdom
            """);
    assertEquals(6 * 2.55, t.doubleColumn("amount").getDouble(0));
    assertEquals(-27.5, t.doubleColumn("amount").getDouble(1));
    assertEquals(List.of("completed", "cancelled", "completed"), t.stringColumn("status").asList());
    assertEquals("17850", t.stringColumn("customer_id").get(0));
    assertEquals(true, t.stringColumn("customer_id").isMissing(2));
    assertEquals("85123A", t.stringColumn("product").get(0));
    assertEquals("United Kingdom", t.stringColumn("region").get(0));
  }

  /**
   * Found by fuzzing ({@code DatasetLoaderFuzzTestInputs/csvLoad_accountsForEveryRow/
   * presetDerivedColumnAlsoInFile}): a file column that also names a column the preset computes
   * ({@code Sales} is an alias of amount, {@code Status} is status) made the load fail with a
   * duplicate-column IllegalArgumentException. The preset's columns win; the file's stay as extras.
   */
  @Test
  void presetDerivedColumnAlsoInFile_theDerivedOneWins_theFileOnesStayExtras() throws IOException {
    Table t =
        load(
            Dataset.ORDERS,
            "uci-online-retail",
            """
            InvoiceNo,Quantity,InvoiceDate,UnitPrice,Sales,Status,amount
            536365,6,2010-12-01 08:26:00,2.55,99.00,shipped,1
            """);
    assertEquals(6 * 2.55, t.doubleColumn("amount").getDouble(0));
    assertEquals("completed", t.stringColumn("status").get(0));
    assertEquals("99.00", t.stringColumn("sales").get(0));
    assertEquals("shipped", t.stringColumn("status_2").get(0));
    assertEquals("1", t.stringColumn("amount_2").get(0));
  }

  /**
   * Found by fuzzing ({@code DatasetLoaderFuzzTestInputs/csvLoad_accountsForEveryRow/
   * presetInputColumnMissing}): without a {@code Quantity} column the preset could not compute
   * amount, and Tablesaw's IllegalArgumentException escaped the load.
   */
  @Test
  void presetInputColumnMissing_isADataException_namingThePresetAndTheColumn() throws IOException {
    Path p = dir.resolve("in.csv");
    Files.writeString(p, "InvoiceNo,InvoiceDate,UnitPrice\n536365,2010-12-01 08:26:00,2.55\n");
    LoadOptions options = LoadOptions.builder().preset("uci-online-retail").build();

    DataException e =
        assertThrows(DataException.class, () -> DatasetLoader.load(Dataset.ORDERS, List.of(p.toString()), options));

    assertTrue(e.getMessage().startsWith("orders: preset 'uci-online-retail' cannot compute "), e.getMessage());
    assertTrue(e.getMessage().contains("Column quantity is not present"), e.getMessage());
  }

  @Test
  void superstoreReadsFormattedMoneyPercentagesAndDerivesCost() throws IOException {
    Table t =
        load(
            Dataset.ORDERS,
            "superstore",
            """
            Profit Ratio,Customer Name,Discount,Order Date,Order ID,Product Name,Profit,Quantity,Region,Sales
            16%,Claire Gute,0%,11/8/2016,CA-2016-152156,Bookcase,$42,2,South,$262
            -24%,Sean O'Donnell,45%,10/11/2015,US-2015-108966,Table,"-$383",5,South,"$1,706"
            """);
    assertEquals(List.of(262.0, 1706.0), t.doubleColumn("amount").asList());
    assertEquals(List.of(220.0, 2089.0), t.doubleColumn("cost").asList());
    assertEquals(0.16, t.doubleColumn("profit_ratio").getDouble(0), 1e-12);
    assertEquals(0.45, t.doubleColumn("discount").getDouble(1), 1e-12);
    assertEquals(LocalDate.of(2016, 11, 8), t.dateColumn("order_date").get(0));
    assertEquals("Claire Gute", t.stringColumn("customer_id").get(0));
  }

  @Test
  void shopifyCopiesOrderFieldsDownAndCountsTheTotalOnce() throws IOException {
    Table t =
        load(
            Dataset.ORDERS,
            "shopify-orders",
            """
            Name,Email,Financial Status,Currency,Total,Refunded Amount,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Country,Source
            #1001,a@x.com,paid,USD,50.00,0.00,2024-01-15 10:23:45 -0500,1,Beans,30.00,B-1,US,web
            #1001,,,,,,,2,Filter,10.00,F-1,,
            #1002,b@x.com,partially_refunded,USD,20.00,5.00,2024-01-31 22:00:00 -0500,1,Mug,20.00,M-1,CA,pos
            """);
    assertEquals(List.of(50.0, 0.0, 15.0), t.doubleColumn("amount").asList());
    assertEquals("a@x.com", t.stringColumn("customer_id").get(1));
    assertEquals(LocalDate.of(2024, 1, 15), t.dateColumn("order_date").get(1));
    assertEquals(LocalDate.of(2024, 2, 1), t.dateColumn("order_date").get(2));
    assertEquals("web", t.stringColumn("channel").get(1));
  }

  @Test
  void stripeNormalisesPriceTimesSeatsToAMonth() throws IOException {
    Table t =
        load(
            Dataset.CUSTOMERS,
            "stripe-subscriptions",
            """
            id,Customer ID,Plan,Quantity,Interval,Amount,Status,Start (UTC),Ended At (UTC)
            sub_1,cus_A,Pro,3,month,10.00,active,2024-01-05 10:00,
            sub_2,cus_B,Pro Annual,1,year,120.00,canceled,2024-02-01 00:00,2024-06-01 00:00
            """);
    assertEquals(List.of(30.0, 10.0), t.doubleColumn("mrr").asList());
    assertEquals(LocalDate.of(2024, 6, 1), t.dateColumn("end_date").get(1));
    assertEquals(true, t.dateColumn("end_date").isMissing(0));
  }

  @Test
  void stripeSpreadsQuarterlyAndMultiMonthPlansOverTheirMonths() throws IOException {
    Table t =
        load(
            Dataset.CUSTOMERS,
            "stripe-subscriptions",
            """
            id,Customer ID,Plan,Quantity,Interval,Interval Count,Amount,Status,Start (UTC),Ended At (UTC)
            sub_1,cus_A,Pro Quarterly,1,month,3,90.00,active,2024-01-05 10:00,
            sub_2,cus_B,Pro Q,2,quarter,,60.00,active,2024-01-05 10:00,
            sub_3,cus_C,Pro 2y,1,year,2,240.00,active,2024-01-05 10:00,
            sub_4,cus_D,Broken,1,month,0,10.00,active,2024-01-05 10:00,
            """);
    assertEquals(90.0 / 3, t.doubleColumn("mrr").get(0), 1e-9);
    assertEquals(2 * 60.0 / 3, t.doubleColumn("mrr").get(1), 1e-9);
    assertEquals(240.0 / 24, t.doubleColumn("mrr").get(2), 1e-9);
    assertTrue(t.doubleColumn("mrr").isMissing(3), "an interval count of 0 is not a plan");
  }

  @Test
  void stripeReadsAnEmptyIntervalAsMonthlyAndAnUnknownOneAsNoPlan() throws IOException {
    Table t =
        load(
            Dataset.CUSTOMERS,
            "stripe-subscriptions",
            """
            id,Customer ID,Plan,Quantity,Interval,Amount,Status,Start (UTC),Ended At (UTC)
            sub_1,cus_A,Pro,2,,15.00,active,2024-01-05 10:00,
            sub_2,cus_B,Pro,1,fortnight,15.00,active,2024-01-05 10:00,
            """);
    assertEquals(2 * 15.0, t.doubleColumn("mrr").get(0), 1e-9, "Stripe bills monthly by default");
    assertTrue(t.doubleColumn("mrr").isMissing(1), "an unknown interval is missing, not a guess");
  }

  @Test
  void telcoBlankTotalChargesAreMissingNotRejected() throws IOException {
    Path p = dir.resolve("t.csv");
    Files.writeString(
        p,
        "customerID,tenure,Contract,MonthlyCharges,TotalCharges,Churn\n"
            + "A,0,Two year,52.55, ,No\nB,2,Month-to-month,53.85,108.15,Yes\n");
    LoadResult r =
        DatasetLoader.load(
            Dataset.CUSTOMERS, List.of(p.toString()), LoadOptions.builder().preset("ibm-telco").build());
    assertEquals(2, r.rowsLoaded());
    assertEquals(1L, r.files().get(0).missingValues().get("total_charges"));
  }
}
