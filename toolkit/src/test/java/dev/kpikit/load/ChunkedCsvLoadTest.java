package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kpikit.load.csv.CsvFileChunks;
import dev.kpikit.schema.Dataset;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Reading a CSV file by chunks in parallel gives the table, ledger and rejects of a sequential
 * read: each file is also written gzip-compressed, which is read by the streaming reader, and
 * loaded with chunk sizes from one byte (every line start a chunk start, so quoted line breaks
 * cross them) to one chunk for the whole file.
 */
class ChunkedCsvLoadTest {
  private static final int[] CHUNK_SIZES = {1, 2, 3, 5, 8, 13, 21, 64, 1 << 20};

  @TempDir Path dir;

  private static final String MESSY_ORDERS =
      """
      order_id,order_date,customer_id,amount,cost,note
      A1,2024-01-05,c1,10.50,4,"plain"
      A2,2024-01-06,c2,"1,234.50",5,"a note
      over two lines"
      A3,2024-02-31,c3,7,1,bad date rejected
      A4,2024-01-07,,-3.25,x,"unparseable cost, no customer"
      A5,2024-01-08,c1,8,2,"doubled ""quotes"" inside"
      A6,,c2,9,1,missing date rejected
      A7,2024-01-09,c2,$12.00,3,"text after"quote
      A8,2024-01-10,c4,12,2
      A9,2024-01-11T23:30:00-05:00,c4,5,1,"offset date

      with a blank line inside"

      A10,2024-01-12, c5 ,0,0,""
      A11,2024-01-13,c5,1e3,0,scientific money rejected
      A12,2024-01-14,c6,14,,"last, no newline\"""";

  @Test
  void messyRows_loadTheSameByChunksAsSequentially() throws IOException {
    assertSameForAllChunkSizes("orders.csv", MESSY_ORDERS, StandardCharsets.UTF_8, LoadOptions.DEFAULT);
  }

  @Test
  void valuesThatReadAlike_shareOneDictionaryEntry_whicheverBytesTheyCameFrom() throws IOException {
    String csv =
        """
        order_id,order_date,customer_id,amount,channel
        A1,2024-01-05,c1,1,Café
        A1,2024-01-05,c1,1,Café
        A2,2024-01-06, c1,2,"Café"
        A3,2024-01-07,"c1",3,Café	
        A4,2024-01-08,c1	,4,web
        A5,2024-01-09,c2,5," web "
        """;
    assertSameForAllChunkSizes("orders.csv", csv, StandardCharsets.UTF_8, LoadOptions.DEFAULT);
    for (int chunk : CHUNK_SIZES) {
      Table t = load(write("alike.csv", csv, StandardCharsets.UTF_8), LoadOptions.DEFAULT, chunk).table();
      assertEquals(java.util.Set.of("c1", "c2"), t.stringColumn("customer_id").asSet(), "chunks of " + chunk);
      assertEquals(java.util.Set.of("Café", "web"), t.stringColumn("channel").asSet(), "chunks of " + chunk);
    }
  }

  @Test
  void crlfLineBreaks_andLoneCr_loadTheSame() throws IOException {
    String crlf = MESSY_ORDERS.replace("\n", "\r\n").replace("A8,2024-01-10,c4,12,2\r\n", "A8,2024-01-10,c4,12,2\r");
    assertSameForAllChunkSizes("orders.csv", crlf, StandardCharsets.UTF_8, LoadOptions.DEFAULT);
  }

  @Test
  void byteOrderMark_isSkipped_andLinesStayTheSame() throws IOException {
    assertSameForAllChunkSizes("orders.csv", "\uFEFF" + MESSY_ORDERS, StandardCharsets.UTF_8, LoadOptions.DEFAULT);
  }

  @Test
  void latin1Text_isDecodedWithTheConfiguredEncoding() throws IOException {
    String csv =
        """
        order_id,order_date,amount,region,customer_id
        1,2024-01-05,10,Köln,Müller
        2,2024-01-06,11,"Zürich
        Süd",Ærø
        3,2024-01-07,12,Köln,Müller
        """;
    LoadOptions latin1 = LoadOptions.builder().encoding(StandardCharsets.ISO_8859_1).build();
    assertSameForAllChunkSizes("orders.csv", csv, StandardCharsets.ISO_8859_1, latin1);
    LoadResult r = load(write("latin1.csv", csv, StandardCharsets.ISO_8859_1), latin1, 3);
    assertEquals("Zürich\nSüd", r.table().stringColumn("region").get(1));
  }

  @Test
  void semicolonsAndTabs_areSniffedAsForTheStreamingReader() throws IOException {
    assertSameForAllChunkSizes(
        "orders.csv",
        "order_id;order_date;amount\n1;2024-01-05;10,5\n2;2024-01-06;\"3;5\"\n",
        StandardCharsets.UTF_8,
        LoadOptions.builder().decimalSeparator(',').build());
    assertSameForAllChunkSizes(
        "orders.tsv", "order_id\torder_date\tamount\n1\t2024-01-05\t10\n", StandardCharsets.UTF_8, LoadOptions.DEFAULT);
  }

  @Test
  void raggedRowsInSeveralChunks_areRejectedWithTheirLines() throws IOException {
    StringBuilder csv = new StringBuilder("order_id,order_date,amount\n");
    for (int i = 1; i <= 200; i++) {
      csv.append(i).append(",2024-01-").append(String.format("%02d", 1 + i % 28));
      csv.append(i % 37 == 0 ? ",1,extra\n" : i % 41 == 0 ? "\n" : "," + i + "\n");
    }
    assertSameForAllChunkSizes("orders.csv", csv.toString(), StandardCharsets.UTF_8, LoadOptions.DEFAULT);
    LoadResult r = load(write("ragged.csv", csv.toString(), StandardCharsets.UTF_8), LoadOptions.DEFAULT, 100);
    assertEquals(List.of(38L, 42L, 75L, 83L, 112L, 124L, 149L, 165L, 186L), lines(r.rejects()));
  }

  @Test
  void unterminatedQuoteAtTheEnd_isRejectedAsByTheStreamingReader() throws IOException {
    assertSameForAllChunkSizes(
        "orders.csv",
        "order_id,order_date,amount\n1,2024-01-05,10\n2,2024-01-06,\"11\n3,2024-01-07,12\n",
        StandardCharsets.UTF_8,
        LoadOptions.DEFAULT);
  }

  @Test
  void dayMonthYearDates_areGuessedFromAllChunks() throws IOException {
    String csv = "order_id,order_date,amount\n1,2024-01-05,1\n2,1/5/2024,2\n3,12/25/2024 8:26,3\n";
    assertSameForAllChunkSizes("orders.csv", csv, StandardCharsets.UTF_8, LoadOptions.DEFAULT);
  }

  @Test
  void invalidUtf8_failsWithTheStreamingReadersMessage() throws IOException {
    byte[] head = "order_id,order_date,amount\n1,2024-01-05,10\n2,2024-01-06,".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 3];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = '1';
    bytes[head.length + 2] = '\n';
    Path plain = dir.resolve("bad.csv");
    Files.write(plain, bytes);
    for (int chunk : CHUNK_SIZES) {
      DataException e =
          assertThrows(DataException.class, () -> load(plain.toString(), LoadOptions.DEFAULT, chunk));
      assertEquals(true, e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }
  }

  @Test
  void columnsMissingFromLaterFiles_areMissingThere() throws IOException {
    String first = write("a.csv", "order_id,order_date,amount,region\n1,2024-01-05,10,north\n", StandardCharsets.UTF_8);
    String second = write("b.csv", "order_id,order_date,amount,channel\n2,2024-01-06,11,web\n", StandardCharsets.UTF_8);
    LoadResult chunked = DatasetLoader.load(Dataset.ORDERS, List.of(first, second), LoadOptions.DEFAULT, 1);
    LoadResult sequential =
        DatasetLoader.load(Dataset.ORDERS, List.of(gzip(first), gzip(second)), LoadOptions.DEFAULT);
    LoadComparison.assertSameTable(sequential.table(), chunked.table(), "two files");
    assertEquals("", chunked.table().stringColumn("channel").get(0));
    assertEquals("", chunked.table().stringColumn("region").get(1));
  }

  @Test
  void ascendingOrderIdsOverChunksOfManyRows_thenRepeatsAndOlderIds_loadAsSequentially()
      throws IOException {
    // Chunks of 256 KiB hold ~10k rows each: past the probe after which a chunk of distinct ids
    // stops indexing, so later chunks are sized for distinct ids and the column reserves its room.
    StringBuilder csv = new StringBuilder("order_id,order_date,customer_id,amount\n");
    int rows = 60_000;
    for (int i = 0; i < rows; i++) {
      csv.append("O").append(100_000_000 + i).append(",2024-01-05,C").append(i % 97).append(",1\n");
    }
    for (int i = 0; i < 2_000; i++) {
      csv.append("O").append(100_000_000 + (i * 31) % rows).append(",2024-01-06,C1,2\n"); // repeats
      csv.append("A").append(i).append(",2024-01-06,C2,3\n"); // new, before the others in order
    }
    String plain = write("ascending.csv", csv.toString(), StandardCharsets.UTF_8);
    LoadResult loaded = loadInChunksOf256KiB_asSequentially(plain);
    assertEquals(rows + 4_000, loaded.table().rowCount());
    assertEquals(rows + 2_000, loaded.table().stringColumn("order_id").countUnique());
  }

  @Test
  void ascendingOrderIdsOfTwoLinesEach_splitBetweenChunks_loadAsSequentially() throws IOException {
    // Each order has two lines; chunks of 256 KiB end between an order's lines, so the column's
    // dictionary sees an id again at the start of the next chunk and reserves room for half the rows.
    StringBuilder csv = new StringBuilder("order_id,order_date,customer_id,amount\n");
    int orders = 30_000;
    for (int i = 0; i < orders; i++) {
      csv.append("NW-").append(100_001 + i).append(",2024-01-05,C").append(i % 97).append(",1\n");
      csv.append("NW-").append(100_001 + i).append(",2024-01-05,C").append(i % 97).append(",2\n");
    }
    String plain = write("lines.csv", csv.toString(), StandardCharsets.UTF_8);
    LoadResult loaded = loadInChunksOf256KiB_asSequentially(plain);
    assertEquals(2 * orders, loaded.table().rowCount());
    assertEquals(orders, loaded.table().stringColumn("order_id").countUnique());
    assertEquals("NW-130000", loaded.table().stringColumn("order_id").get(2 * orders - 1));
  }

  /** Loads in chunks of 256 KiB, asserting the outcome is the sequential read's. */
  private LoadResult loadInChunksOf256KiB_asSequentially(String plain) throws IOException {
    LoadComparison.Outcome expected =
        LoadComparison.load(Dataset.ORDERS, gzip(plain), LoadOptions.DEFAULT, CsvFileChunks.AUTO_CHUNK_BYTES, ChunkedCsvLoadTest::withoutGz);
    LoadComparison.Outcome actual = LoadComparison.load(Dataset.ORDERS, plain, LoadOptions.DEFAULT, 256 << 10, m -> m);
    LoadComparison.assertSame(expected, actual, "chunks of 256 KiB");
    return load(plain, LoadOptions.DEFAULT, 256 << 10);
  }

  private void assertSameForAllChunkSizes(String name, String csv, Charset cs, LoadOptions options)
      throws IOException {
    String plain = write(name, csv, cs);
    LoadComparison.Outcome expected =
        LoadComparison.load(Dataset.ORDERS, gzip(plain), options, CsvFileChunks.AUTO_CHUNK_BYTES, ChunkedCsvLoadTest::withoutGz);
    for (int chunk : CHUNK_SIZES) {
      LoadComparison.Outcome actual = LoadComparison.load(Dataset.ORDERS, plain, options, chunk, m -> m);
      LoadComparison.assertSame(expected, actual, "chunks of " + chunk + " bytes");
    }
  }

  private static String withoutGz(String message) {
    return message.replace(".csv.gz", ".csv").replace(".tsv.gz", ".tsv");
  }

  private LoadResult load(String file, LoadOptions options, int chunkBytes) {
    return DatasetLoader.load(Dataset.ORDERS, List.of(file), options, chunkBytes);
  }

  private static List<Long> lines(List<Reject> rejects) {
    return rejects.stream().map(Reject::line).toList();
  }

  private String write(String name, String text, Charset cs) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, text.getBytes(cs));
    return p.toString();
  }

  private String gzip(String file) throws IOException {
    Path gz = Path.of(file + ".gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(Path.of(file)));
    }
    return gz.toString();
  }
}
