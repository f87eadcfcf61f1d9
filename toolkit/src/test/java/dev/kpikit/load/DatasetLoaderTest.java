package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class DatasetLoaderTest {
  @TempDir Path dir;

  private String write(String name, String text) throws IOException {
    return write(name, text, StandardCharsets.UTF_8);
  }

  private String write(String name, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(cs));
    return p.toString();
  }

  private LoadResult orders(String csv) throws IOException {
    return DatasetLoader.load(Dataset.ORDERS, List.of(write("orders.csv", csv)), LoadOptions.DEFAULT);
  }

  @Test
  void invalidDateOnLineSevenIsRejectedWithLineAndColumnWhileOtherRowsLoad() throws IOException {
    LoadResult r =
        orders(
            """
            order_id,order_date,amount
            1,2024-02-01,10
            2,2024-02-02,10
            3,2024-02-03,10
            4,2024-02-04,10
            5,2024-02-05,10
            6,2024-02-31,10
            7,2024-02-07,10
            """);
    assertEquals(7, r.rowsRead());
    assertEquals(6, r.rowsLoaded());
    assertEquals(1, r.rowsRejected());
    Reject reject = r.rejects().get(0);
    assertEquals(7, reject.line());
    assertEquals("order_date", reject.column());
    assertTrue(reject.reason().contains("2024-02-31"), reject.reason());
    assertEquals(List.of("6", "2024-02-31", "10"), reject.rawValues());
    assertEquals(6, r.table().rowCount());
  }

  @Test
  void raggedRowIsRejectedWholeAndCounted() throws IOException {
    LoadResult r = orders("order_id,order_date,amount\n1,2024-01-01,5\n2,2024-01-02\n3,2024-01-03,7\n");
    assertEquals(3, r.rowsRead());
    assertEquals(2, r.rowsLoaded());
    assertEquals("expected 3 fields, found 2", r.rejects().get(0).reason());
    assertEquals(3, r.rejects().get(0).line());
  }

  @Test
  void blankRequiredValueIsRejected() throws IOException {
    LoadResult r = orders("order_id,order_date,amount\n1,2024-01-01,\n");
    assertEquals(0, r.rowsLoaded());
    assertEquals("amount", r.rejects().get(0).column());
    assertEquals("missing value for required column amount", r.rejects().get(0).reason());
  }

  @Test
  void unparseableOptionalValueBecomesMissingAndIsCounted() throws IOException {
    LoadResult r = orders("order_id,order_date,amount,cost\n1,2024-01-01,10,abc\n2,2024-01-01,10,4\n");
    assertEquals(2, r.rowsLoaded());
    FileLedger f = r.files().get(0);
    assertEquals(1L, f.unparseableValues().get("cost"));
    assertEquals(1L, f.missingValues().get("cost"));
    assertTrue(r.table().doubleColumn("cost").isMissing(0));
    assertEquals(4.0, r.table().doubleColumn("cost").getDouble(1));
  }

  @Test
  void rowsWithoutCustomerIdAreKeptAndCounted() throws IOException {
    LoadResult r = orders("order_id,order_date,amount,customer_id\n1,2024-01-01,10,c1\n2,2024-01-01,5,\n");
    assertEquals(2, r.rowsLoaded());
    assertEquals(1L, r.files().get(0).missingValues().get("customer_id"));
    assertTrue(r.files().get(0).notes().stream().anyMatch(n -> n.startsWith("1 rows without customer_id")));
  }

  @Test
  void moneyFormatsAndRefundsLoadAsSignedAmounts() throws IOException {
    LoadResult r =
        orders(
            "order_id,order_date,amount\n"
                + "1,2024-01-01,\"$1,234.50\"\n"
                + "2,2024-01-01,(12.00)\n"
                + "3,2024-01-01,-12\n");
    assertEquals(List.of(1234.5, -12.0, -12.0), r.table().doubleColumn("amount").asList());
  }

  @Test
  void decimalCommaIsReadOnlyWhenConfigured() throws IOException {
    String f = write("eu.csv", "order_id;order_date;amount\n1;2024-01-01;\"1.234,50\"\n");
    LoadResult plain = DatasetLoader.load(Dataset.ORDERS, List.of(f), LoadOptions.DEFAULT);
    assertEquals(1, plain.rowsRejected());
    LoadResult eu = DatasetLoader.load(Dataset.ORDERS, List.of(f), LoadOptions.EXCEL_EU);
    assertEquals(1234.5, eu.table().doubleColumn("amount").getDouble(0));
  }

  @Test
  void offsetDateTimesAreConvertedToTheBusinessZoneBeforeTakingTheDate() throws IOException {
    String f = write("o.csv", "order_id,order_date,amount\n1,2024-01-31T23:30:00-05:00,10\n");
    LoadResult utc = DatasetLoader.load(Dataset.ORDERS, List.of(f), LoadOptions.DEFAULT);
    assertEquals(LocalDate.of(2024, 2, 1), utc.table().dateColumn("order_date").get(0));
    LoadOptions ny = LoadOptions.builder().zone(ZoneId.of("America/New_York")).build();
    LoadResult local = DatasetLoader.load(Dataset.ORDERS, List.of(f), ny);
    assertEquals(LocalDate.of(2024, 1, 31), local.table().dateColumn("order_date").get(0));
  }

  @Test
  void ambiguousDayMonthDatesAreAnErrorAskingForAFormat() throws IOException {
    DataException e =
        assertThrows(
            DataException.class,
            () -> orders("order_id,order_date,amount\n1,1/2/2024,10\n2,3/4/2024,10\n"));
    assertTrue(e.getMessage().contains("date_format"), e.getMessage());
    assertTrue(e.getMessage().startsWith(dir.resolve("orders.csv") + ":2: order_date"), e.getMessage());
  }

  @Test
  void dayMonthOrderIsTakenFromTheDataWhenOnlyOneOrderFits() throws IOException {
    LoadResult r = orders("order_id,order_date,amount\n1,12/1/2010 8:26,10\n2,12/13/2010 9:00,10\n");
    assertEquals(LocalDate.of(2010, 12, 1), r.table().dateColumn("order_date").get(0));
    assertEquals(LocalDate.of(2010, 12, 13), r.table().dateColumn("order_date").get(1));
  }

  @Test
  void configuredDateFormatIsUsed() throws IOException {
    String f = write("o.csv", "order_id,order_date,amount\n1,01/02/2024,10\n");
    LoadOptions o = LoadOptions.builder().dateFormat("dd/MM/yyyy").build();
    LoadResult r = DatasetLoader.load(Dataset.ORDERS, List.of(f), o);
    assertEquals(LocalDate.of(2024, 2, 1), r.table().dateColumn("order_date").get(0));
  }

  @Test
  void severalFilesLoadAsOneTableWithALedgerPerFile() throws IOException {
    String a = write("a.csv", "order_id,order_date,amount,note\n1,2024-01-01,10,x\n");
    String b = write("b.csv", "order_id,order_date,amount,extra\n2,2024-01-02,20,y\nbad,2024-01-02,z,w\n");
    LoadResult r = DatasetLoader.load(Dataset.ORDERS, List.of(a, b), LoadOptions.DEFAULT);
    assertEquals(2, r.files().size());
    assertEquals(1, r.files().get(0).rowsLoaded());
    assertEquals(1, r.files().get(1).rowsLoaded());
    assertEquals(1, r.files().get(1).rowsRejected());
    Table t = r.table();
    assertEquals(List.of("order_id", "order_date", "amount", "note", "extra"), t.columnNames());
    assertEquals("x", t.stringColumn("note").get(0));
    assertTrue(t.stringColumn("note").isMissing(1));
    assertTrue(t.stringColumn("extra").isMissing(0));
    assertEquals("y", t.stringColumn("extra").get(1));
  }

  @Test
  void lastActiveDayExportsGetOneDayAddedToEndDates() throws IOException {
    String f = write("c.csv", "customer_id,start_date,end_date\nc1,2024-01-01,2024-01-31\n");
    LoadOptions o = LoadOptions.builder().endIsLastActiveDay(true).build();
    LoadResult r = DatasetLoader.load(Dataset.CUSTOMERS, List.of(f), o);
    assertEquals(LocalDate.of(2024, 2, 1), r.table().dateColumn("end_date").get(0));
    assertEquals(LocalDate.of(2024, 1, 1), r.table().dateColumn("start_date").get(0));
  }

  @Test
  void isoLatin1FilesReadWithTheConfiguredEncoding() throws IOException {
    String f =
        write(
            "l.csv",
            "order_id,order_date,amount,product\n1,2024-01-01,3,\u00a3 voucher\n",
            StandardCharsets.ISO_8859_1);
    LoadOptions o = LoadOptions.builder().encoding(StandardCharsets.ISO_8859_1).build();
    assertEquals("\u00a3 voucher", DatasetLoader.load(Dataset.ORDERS, List.of(f), o).table().stringColumn("product").get(0));
  }

  @Test
  void periodsWrittenAsMonthsBecomeTheMonthsFirstDay() throws IOException {
    String f = write("m.csv", "month,channel,spend\n2024-03,paid,100\n2024-04-15,paid,50\n");
    LoadResult r = DatasetLoader.load(Dataset.MARKETING_SPEND, List.of(f), LoadOptions.DEFAULT);
    assertEquals(LocalDate.of(2024, 3, 1), r.table().dateColumn("period").get(0));
    assertEquals(LocalDate.of(2024, 4, 15), r.table().dateColumn("period").get(1));
  }

  @Test
  void tenureShapeTypesTenureAndChurnFlag() throws IOException {
    String f = write("t.csv", "customerID,tenure,Churn,Contract\nA,12,Yes,Month-to-month\nB,0,No,Two year\n");
    LoadResult r = DatasetLoader.load(Dataset.CUSTOMERS, List.of(f), LoadOptions.DEFAULT);
    assertEquals("tenure", r.shape().name());
    assertEquals(12, r.table().intColumn("tenure").getInt(0));
    assertTrue(r.table().booleanColumn("churned").get(0));
    assertFalse(r.table().booleanColumn("churned").get(1));
  }

  @Test
  void invalidDateFormatIsADataExceptionNamingTheDataset() throws IOException {
    String f = write("o.csv", "order_id,order_date,amount\n1,2024-01-01,10\n");
    LoadOptions o = LoadOptions.builder().dateFormat("HH:mm").build();
    DataException e = assertThrows(DataException.class, () -> DatasetLoader.load(Dataset.ORDERS, List.of(f), o));
    assertTrue(e.getMessage().startsWith("orders: date_format: "), e.getMessage());
  }

  @Test
  void missingFileIsADataExceptionNamingIt() {
    String f = dir.resolve("nope.csv").toString();
    DataException e =
        assertThrows(DataException.class, () -> DatasetLoader.load(Dataset.ORDERS, List.of(f), LoadOptions.DEFAULT));
    assertEquals(f + ": no such file", e.getMessage());
  }

  @Test
  void presetForAnotherDatasetIsRefused() throws IOException {
    String f = write("o.csv", "order_id,order_date,amount\n");
    LoadOptions o = LoadOptions.builder().preset("ibm-hr").build();
    DataException e = assertThrows(DataException.class, () -> DatasetLoader.load(Dataset.ORDERS, List.of(f), o));
    assertEquals("preset 'ibm-hr' reads employees, not orders", e.getMessage());
  }
}
