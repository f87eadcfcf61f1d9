package dev.kpikit.load.csv;

import static dev.kpikit.load.csv.CsvInputs.recordLines;
import static dev.kpikit.load.csv.CsvInputs.records;
import static dev.kpikit.load.csv.CsvInputs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kpikit.load.DataException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordReader_RecordsTest {

  @Test
  void crlfRecordEnds_areRecognised() throws IOException {
    assertEquals(
        List.of(List.of("1", "2"), List.of("3", "4")), records(utf8("a,b\r\n1,2\r\n3,4\r\n")));
  }

  @Test
  void loneCrRecordEnds_areRecognised() throws IOException {
    assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), records(utf8("a,b\r1,2\r3,4\r")));
  }

  @Test
  void lastRecordWithoutLineBreak_isRead() throws IOException {
    assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), records(utf8("a,b\n1,2\n3,4")));
  }

  @Test
  void trailingDelimiterAtEndOfFile_givesAnEmptyLastField() throws IOException {
    assertEquals(List.of(List.of("1", "")), records(utf8("a,b\n1,")));
  }

  @Test
  void emptyFile_isADataExceptionAskingForAHeader() {
    DataException e = assertThrows(DataException.class, () -> utf8(""));

    assertEquals(CsvInputs.SOURCE + ": the file is empty, expected a header line", e.getMessage());
  }

  @Test
  void fileOfBlankLines_isEmpty() {
    assertThrows(DataException.class, () -> utf8("\n\r\n\n"));
  }

  @Test
  void missingFile_isADataExceptionNamingIt(@TempDir Path dir) {
    Path missing = dir.resolve("orders.csv");

    DataException e = assertThrows(DataException.class, () -> CsvRecordReader.open(missing));

    assertEquals(missing + ": file not found", e.getMessage());
  }

  @Test
  void headerOnly_hasNoRecords() throws IOException {
    try (CsvRecordReader reader = utf8("a,b\n")) {
      assertEquals(List.of("a", "b"), reader.header());
      assertFalse(reader.next());
    }
  }

  @Test
  void blankLines_areSkipped_butCountInLineNumbers() throws IOException {
    String csv = "a,b\n\n1,2\n\r\n\n3,4\n\n";

    assertEquals(List.of(3L, 6L), recordLines(utf8(csv)));
  }

  @Test
  void lineNumbers_countTheLineBreaksInsideQuotedFields() throws IOException {
    // The record on line 2 spans lines 2-4 (two embedded breaks, one of them CRLF).
    String csv = "a,b\n1,\"x\ny\r\nz\"\n2,w\r\n3,v\n";

    assertEquals(List.of(2L, 5L, 6L), recordLines(utf8(csv)));
  }

  @Test
  void raggedRow_isNotAnError_andSizeTellsItsFieldCount() throws IOException {
    try (CsvRecordReader reader = utf8("a,b,c\n1,2\n1,2,3,4\n")) {
      reader.next();
      assertEquals(2, reader.size());
      assertNull(reader.error());
      reader.next();
      assertEquals(4, reader.size());
      assertNull(reader.error());
    }
  }

  @Test
  void valueBeyondTheRecord_isAnIndexError() throws IOException {
    try (CsvRecordReader reader = utf8("a,b\n1,2\n")) {
      reader.next();
      assertThrows(IndexOutOfBoundsException.class, () -> reader.value(2));
    }
  }
}
