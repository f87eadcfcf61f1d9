package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.config.DataFolder;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/** Hand fixtures for the edges of currency conversion; expected amounts computed from the rates. */
class CurrencyConversionTest {
  @TempDir Path dir;

  private LoadResult load(String yaml, String orders) throws IOException {
    return FolderFixtures.load(dir, yaml, Dataset.ORDERS, orders);
  }

  private void rates(String text) throws IOException {
    Files.writeString(dir.resolve("fx_rates.csv"), text);
  }

  @Test
  void ordersBeforeTheFirstRateAreRejectedWithFileLineAndColumn() throws IOException {
    rates("date,currency,rate\n2024-01-03,USD,0.9\n");
    LoadResult r =
        load(
            "currency: EUR\n",
            "order no,date,total,Currency Code\n"
                + "a,2024-01-01,100,USD\n"
                + "b,2024-01-02,50,EUR\n"
                + "c,2024-01-03,200,USD\n");
    assertEquals(3, r.rowsRead());
    assertEquals(2, r.rowsLoaded());
    assertEquals(1, r.rowsRejected());
    Reject reject = r.rejects().get(0);
    assertEquals(2, reject.line());
    assertEquals("Currency Code", reject.column());
    assertTrue(reject.reason().contains("no USD rate to EUR on or before 2024-01-01"), reject.reason());
    assertEquals(List.of("a", "2024-01-01", "100", "USD"), reject.rawValues());
    assertEquals(List.of(50.0, 200 * 0.9), r.table().doubleColumn("amount").asList());
  }

  @Test
  void aRejectedRowAfterALoadTimeRejectKeepsItsOwnLine() throws IOException {
    rates("date,currency,rate\n2024-01-03,USD,0.9\n");
    LoadResult r =
        load(
            "currency: EUR\n",
            "order_id,order_date,amount,currency\n"
                + "a,not a date,100,EUR\n"
                + "b,2024-01-02,50,EUR\n"
                + "c,2024-01-02,70,USD\n");
    assertEquals(List.of(2L, 4L), r.rejects().stream().map(Reject::line).toList());
    assertEquals(1, r.rowsLoaded());
    assertEquals(3, r.rowsRead());
  }

  @Test
  void weekendOrdersUseFridaysRate() throws IOException {
    // 2024-01-05 is a Friday; nothing is published on Saturday 6th and Sunday 7th.
    rates("date,currency,rate\n2024-01-04,USD,0.80\n2024-01-05,USD,0.90\n2024-01-08,USD,0.95\n");
    LoadResult r =
        load(
            "currency: EUR\n",
            "order_id,order_date,amount,currency\n"
                + "a,2024-01-06,100,USD\n"
                + "b,2024-01-07,10,usd\n"
                + "c,2024-01-08,1000,USD\n");
    assertEquals(List.of(100 * 0.90, 10 * 0.90, 1000 * 0.95), r.table().doubleColumn("amount").asList());
    String note = r.files().get(0).notes().get(r.files().get(0).notes().size() - 1);
    assertTrue(note.startsWith("converted to EUR: 3 USD rows, at rates dated 2024-01-05 to 2024-01-08"), note);
  }

  @Test
  void ecbRatesConvertToUsdThroughTheEuro() throws IOException {
    // ECB rates are units of each currency per euro; "N/A" is not published.
    Files.writeString(
        dir.resolve("eurofxref-hist.csv"),
        "Date,USD,JPY,GBP,CYP,\n2024-01-03,1.0919,155.50,0.86,N/A,\n2024-01-02,1.0956,155.09,0.8677,N/A,\n");
    LoadResult r =
        load(
            "currency: USD\nfx_rates:\n  path: eurofxref-hist.csv\n  preset: ecb\n",
            "order_id,order_date,amount,cost,currency\n"
                + "a,2024-01-02,100,40,EUR\n"
                + "b,2024-01-02,100,,GBP\n"
                + "c,2024-01-06,1000,,JPY\n"
                + "d,2024-01-06,100,,USD\n"
                + "e,2024-01-06,100,,CYP\n");
    Table t = r.table();
    assertEquals(100 * 1.0956, t.doubleColumn("amount").get(0), 1e-9);
    assertEquals(40 * 1.0956, t.doubleColumn("cost").get(0), 1e-9);
    assertEquals(100 * 1.0956 / 0.8677, t.doubleColumn("amount").get(1), 1e-9);
    assertEquals(1000 * 1.0919 / 155.50, t.doubleColumn("amount").get(2), 1e-9);
    assertEquals(100, t.doubleColumn("amount").get(3));
    assertEquals(1, r.rowsRejected(), "CYP has no published rate");
    assertTrue(r.rejects().get(0).reason().contains("no CYP rate to USD"), r.rejects().get(0).reason());
    assertTrue(
        r.files().get(0).notes().contains(
            "converted to USD: 1 EUR rows, 1 GBP rows, 1 JPY rows, at rates dated 2024-01-02 to 2024-01-03"
                + " (eurofxref-hist.csv (ECB reference rates, via EUR))"),
        r.files().get(0).notes().toString());
  }

  @Test
  void ecbRatesWithoutTheReportingCurrencyAreAnInputError() throws IOException {
    Files.writeString(dir.resolve("eurofxref-hist.csv"), "Date,USD\n2024-01-02,1.0956\n");
    DataException e =
        assertThrows(
            DataException.class,
            () -> load("currency: CHF\nfx_rates:\n  path: eurofxref-hist.csv\n  preset: ecb\n",
                "order_id,order_date,amount,currency\na,2024-01-02,1,USD\n"));
    assertTrue(e.getMessage().contains("reporting currency CHF has no column"), e.getMessage());
  }

  @Test
  void mixedCurrenciesWithoutRatesAreRefusedWithTheirRowCounts() throws IOException {
    DataException e =
        assertThrows(
            DataException.class,
            () ->
                load(
                    "currency: EUR\n",
                    "order_id,order_date,amount,currency\n"
                        + "a,2024-01-02,100,USD\nb,2024-01-02,100,EUR\nc,2024-01-02,5,usd\nd,2024-01-03,1,GBP\n"));
    assertTrue(
        e.getMessage().startsWith("orders: amounts in 3 currencies (EUR 1 rows, GBP 1 rows, USD 2 rows)"),
        e.getMessage());
  }

  @Test
  void oneCurrencyWithoutRatesIsLoadedAsBefore() throws IOException {
    Files.writeString(dir.resolve("orders.csv"), "order_id,order_date,amount,currency\na,2024-01-02,100,USD\n");
    LoadOptions options = LoadOptions.DEFAULT;
    LoadResult plain = DatasetLoader.load(Dataset.ORDERS, List.of(dir.resolve("orders.csv").toString()), options);
    assertSame(plain, CurrencyConversion.apply(plain, null, (f, rows, lines) -> List.of()));
    assertEquals(List.of(100.0), plain.table().doubleColumn("amount").asList());
  }

  @Test
  void ratesWithoutAReportingCurrencyAreAnInputError() throws IOException {
    rates("date,currency,rate\n2024-01-03,USD,0.9\n");
    DataException e =
        assertThrows(DataException.class, () -> load("timezone: UTC\n", "order_id,order_date,amount\na,2024-01-02,1\n"));
    assertTrue(e.getMessage().contains("need a reporting currency"), e.getMessage());
  }

  @Test
  void aRateThatIsNotANumberNamesItsLine() throws IOException {
    rates("date,currency,rate\n2024-01-03,USD,0.9\n2024-01-04,USD,n/a\n");
    DataException e =
        assertThrows(DataException.class, () -> load("currency: EUR\n", "order_id,order_date,amount,currency\na,2024-01-02,1,USD\n"));
    assertTrue(e.getMessage().endsWith("fx_rates.csv:3: rate: 'n/a' is not a rate"), e.getMessage());
  }

  @Test
  void spellMrrIsConvertedAtItsStartDate() throws IOException {
    rates("date,currency,rate\n2024-01-01,USD,0.9\n2024-02-01,USD,0.8\n");
    Files.writeString(dir.resolve("kpikit.yaml"), "currency: EUR\n");
    Files.writeString(
        dir.resolve("customers.csv"),
        "customer_id,start_date,end_date,mrr,currency\nc1,2024-02-10,,50,USD\nc2,2024-01-15,,20,EUR\n");
    LoadResult r = DataFolder.open(dir).load(Dataset.CUSTOMERS);
    assertEquals(List.of(50 * 0.8, 20.0), r.table().doubleColumn("mrr").asList());
  }
}
