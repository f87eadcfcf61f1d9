package dev.kpikit.load.csv;

import dev.kpikit.TestData;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real exports of {@code testdata} read whole, with the record counts and quirks that
 * the datasets README documents.
 */
class CsvRecordReader_RealFilesTest {

  /** What reading a file gave: every record must have the header's field count and no error. */
  private record Summary(List<String> header, long records, boolean containsValue) {}

  private static Summary read(Path file, String column, String wantedValue) throws IOException {
    try (CsvRecordReader reader = CsvRecordReader.open(file)) {
      int wantedColumn = reader.header().indexOf(column);
      long records = 0;
      boolean found = false;
      while (reader.next()) {
        records++;
        assertNull(reader.error(), () -> file + ":" + reader.line());
        assertEquals(reader.header().size(), reader.size(), () -> file + ":" + reader.line());
        found |= wantedValue.equals(reader.value(wantedColumn));
      }
      return new Summary(reader.header(), records, found);
    }
  }

  @Test
  void ibmHrAttrition_withBomAndCrlf_has1470RecordsAndAFirstColumnNamedAge() throws IOException {
    Summary hr =
        read(
            TestData.dataset("hr-attrition/WA_Fn-UseC_-HR-Employee-Attrition.csv"),
            "Department",
            "Research & Development");

    assertEquals("Age", hr.header().get(0));
    assertEquals("YearsWithCurrManager", hr.header().get(hr.header().size() - 1));
    assertEquals(35, hr.header().size());
    assertEquals(1_470, hr.records());
    assertTrue(hr.containsValue());
  }

  @Test
  void telcoChurn_has7043RecordsOf21Fields() throws IOException {
    Summary telco =
        read(
            TestData.dataset("telco-churn/WA_Fn-UseC_-Telco-Customer-Churn.csv"),
            "TotalCharges",
            " ");

    assertEquals(21, telco.header().size());
    assertEquals(7_043, telco.records());
    assertTrue(telco.containsValue(), "TotalCharges of a single space is kept as written");
  }

  @Test
  void onlineRetailDayFile_gzipped_hasTheManifestsRecordCount() throws IOException {
    String day = "by-day/2010-12-01.csv.gz";

    Summary retail =
        read(
            TestData.dataset("online-retail/" + day),
            "Description",
            "RECORD FRAME 7\" SINGLE SIZE ");

    assertEquals(manifestDataRows(day), retail.records());
    assertEquals("InvoiceNo", retail.header().get(0));
  }

  @Test
  void superstore_withBomAndCrlf_has9994RecordsAndQuotedThousands() throws IOException {
    Summary superstore = read(TestData.dataset("superstore/superstore.csv"), "Sales", "$1,706");

    assertEquals("Profit Ratio", superstore.header().get(0));
    assertEquals(22, superstore.header().size());
    assertEquals(9_994, superstore.records());
    assertTrue(superstore.containsValue());
  }

  /** The {@code data_rows} column of {@code online-retail/by-day-manifest.tsv} for one file. */
  private static long manifestDataRows(String file) throws IOException {
    List<String> lines =
        Files.readAllLines(
            TestData.dataset("online-retail/by-day-manifest.tsv"), StandardCharsets.UTF_8);
    List<String> columns = List.of(lines.get(0).split("\t"));
    int fileColumn = columns.indexOf("file");
    int rowsColumn = columns.indexOf("data_rows");
    return lines.stream()
        .skip(1)
        .map(line -> line.split("\t"))
        .filter(fields -> fields[fileColumn].equals(file))
        .mapToLong(fields -> Long.parseLong(fields[rowsColumn]))
        .findFirst()
        .orElseThrow(() -> new AssertionError(file + " is not in the manifest"));
  }
}
