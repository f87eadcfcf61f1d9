package dev.kpikit.load.csv;

import static dev.kpikit.load.csv.CsvInputs.records;
import static dev.kpikit.load.csv.CsvInputs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRecordReader_DelimiterTest {

  @ParameterizedTest
  @ValueSource(chars = {',', ';', '\t', '|'})
  void eachCandidateDelimiter_isSniffed(char delimiter) throws IOException {
    String csv =
        String.join(String.valueOf(delimiter), "id", "name", "amount")
            + "\n"
            + String.join(String.valueOf(delimiter), "1", "Ann", "12.50")
            + "\n";

    try (CsvRecordReader reader = utf8(csv)) {
      assertEquals(delimiter, reader.delimiter());
      assertEquals(List.of("id", "name", "amount"), reader.header());
      reader.next();
      assertEquals(List.of("1", "Ann", "12.50"), CsvInputs.values(reader));
    }
  }

  @Test
  void semicolonFileWithDecimalCommas_isSniffedAsSemicolon() throws IOException {
    String csv = "id;amount;cost\n1;1,5;0,25\n2;3,75;1\n";

    try (CsvRecordReader reader = utf8(csv)) {
      assertEquals(';', reader.delimiter());
    }
  }

  @Test
  void quotedFieldsFullOfAnotherCandidate_doNotMisleadTheSniffer() throws IOException {
    String csv = "id,\"tags;with;semicolons\"\n1,\"a;b;c\"\n2,\"d;e;f\"\n";

    try (CsvRecordReader reader = utf8(csv)) {
      assertEquals(',', reader.delimiter());
      assertEquals(List.of("id", "tags;with;semicolons"), reader.header());
    }
  }

  @Test
  void theCandidateMatchingTheHeadersFieldCount_wins() throws IOException {
    // Under ',' the header has 2 fields and the rows 3 and 1; under ';' every record has 3.
    String csv = "name;amount, EUR;note\nAnn;1,5;x,y\nBob;2;z\n";

    try (CsvRecordReader reader = utf8(csv)) {
      assertEquals(';', reader.delimiter());
      assertEquals(List.of("name", "amount, EUR", "note"), reader.header());
    }
  }

  @Test
  void singleColumnFile_isValid_withOneFieldPerRecord() throws IOException {
    String csv = "email\na@example.com\nb@example.com\n";

    assertEquals(List.of(List.of("a@example.com"), List.of("b@example.com")), records(utf8(csv)));
  }

  @Test
  void headerOnlyFile_isSniffedFromTheHeader() throws IOException {
    try (CsvRecordReader reader = utf8("id|name")) {
      assertEquals('|', reader.delimiter());
    }
  }

  @Test
  void configuredDelimiter_isUsedWithoutSniffing() throws IOException {
    byte[] csv = "a;b,c\n1;2,3\n".getBytes(StandardCharsets.UTF_8);

    try (CsvRecordReader reader =
        CsvRecordReader.open(new ByteArrayInputStream(csv), "x.csv", StandardCharsets.UTF_8, ',')) {
      assertEquals(',', reader.delimiter());
      assertEquals(List.of("a;b", "c"), reader.header());
    }
  }
}
