package dev.kpikit.load.csv;

import static dev.kpikit.load.csv.CsvInputs.records;
import static dev.kpikit.load.csv.CsvInputs.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReader_QuotingTest {

  @Test
  void quotedDelimiter_staysInTheField() throws IOException {
    assertEquals(List.of(List.of("1", "$1,706")), records(utf8("id,sales\n1,\"$1,706\"\n")));
  }

  @Test
  void doubledQuotes_becomeOneQuote() throws IOException {
    String csv = "id,description\n1,\"RECORD FRAME 7\"\" SINGLE SIZE \"\n";

    assertEquals(List.of(List.of("1", "RECORD FRAME 7\" SINGLE SIZE ")), records(utf8(csv)));
  }

  @Test
  void fieldOfOnlyDoubledQuotes_isQuotes() throws IOException {
    assertEquals(List.of(List.of("\"\"", "x")), records(utf8("a,b\n\"\"\"\"\"\",x\n")));
  }

  @Test
  void embeddedLf_staysInTheField() throws IOException {
    assertEquals(
        List.of(List.of("line 1\nline 2", "x")), records(utf8("a,b\n\"line 1\nline 2\",x\n")));
  }

  @Test
  void embeddedCrlf_staysInTheField() throws IOException {
    String csv = "a,b\r\n\"line 1\r\nline 2\",x\r\n";

    assertEquals(List.of(List.of("line 1\r\nline 2", "x")), records(utf8(csv)));
  }

  @Test
  void emptyFields_quotedOrNot_areEmptyStrings() throws IOException {
    assertEquals(List.of(List.of("", "", "x", "")), records(utf8("a,b,c,d\n,\"\",x,\n")));
  }

  @Test
  void quoteInsideAnUnquotedField_isKeptLiterally() throws IOException {
    String csv = "size,name\n12\" pizza,ab\"c\n";

    try (CsvRecordReader reader = utf8(csv)) {
      reader.next();
      assertEquals(List.of("12\" pizza", "ab\"c"), CsvInputs.values(reader));
      assertNull(reader.error());
    }
  }

  @Test
  void textAfterAClosingQuote_isKeptLiterally() throws IOException {
    assertEquals(List.of(List.of("quoted tail", "x")), records(utf8("a,b\n\"quoted\" tail,x\n")));
  }
}
