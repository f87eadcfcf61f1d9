package dev.kpikit.load.csv;

import static dev.kpikit.load.csv.CsvInputs.bytes;
import static dev.kpikit.load.csv.CsvInputs.records;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReader_EncodingTest {
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] concat(byte[] first, byte[] second) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(first);
    out.writeBytes(second);
    return out.toByteArray();
  }

  @Test
  void bomIsSkipped_andFirstColumnNameIsClean() throws IOException {
    byte[] csv = concat(UTF8_BOM, "Age,Name\n41,Ann\n".getBytes(StandardCharsets.UTF_8));

    try (CsvRecordReader reader = bytes(csv, StandardCharsets.UTF_8)) {
      assertEquals(List.of("Age", "Name"), reader.header());
    }
  }

  @Test
  void withoutBom_theHeaderIsReadAsWritten() throws IOException {
    byte[] csv = " Age ,Name\n41,Ann\n".getBytes(StandardCharsets.UTF_8);

    try (CsvRecordReader reader = bytes(csv, StandardCharsets.UTF_8)) {
      assertEquals(List.of(" Age ", "Name"), reader.header());
    }
  }

  @Test
  void crlfHeader_lastNameHasNoTrailingCr() throws IOException {
    byte[] csv = "id,amount\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8);

    try (CsvRecordReader reader = bytes(csv, StandardCharsets.UTF_8)) {
      assertEquals(List.of("id", "amount"), reader.header());
    }
  }

  @Test
  void iso88591_poundByteA3_isReadAsThePoundSign() throws IOException {
    byte[] csv = {'d', ',', 'p', '\n', 'x', ',', (byte) 0xA3, '5', '\n'};

    assertEquals(
        List.of(List.of("x", "\u00A35")), records(bytes(csv, StandardCharsets.ISO_8859_1)));
  }

  @Test
  void utf8_multiByteCharacters_areDecoded() throws IOException {
    byte[] csv = "d,p\nx,\u00A35 \u02A4\n".getBytes(StandardCharsets.UTF_8);

    assertEquals(
        List.of(List.of("x", "\u00A35 \u02A4")), records(bytes(csv, StandardCharsets.UTF_8)));
  }

  @Test
  void latin1BytesReadAsUtf8_failWithAMessageNamingTheLineAndTheFix() throws IOException {
    byte[] csv = {'d', ',', 'p', '\n', 'x', ',', '1', '\n', 'y', ',', (byte) 0xA3, '5', '\n'};

    DataException e =
        assertThrows(DataException.class, () -> records(bytes(csv, StandardCharsets.UTF_8)));

    assertTrue(e.getMessage().startsWith(CsvInputs.SOURCE + ": line "), e.getMessage());
    assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    assertTrue(e.getMessage().contains("ISO-8859-1"), e.getMessage());
  }
}
