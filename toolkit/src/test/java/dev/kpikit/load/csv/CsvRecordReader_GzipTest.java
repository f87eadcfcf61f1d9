package dev.kpikit.load.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordReader_GzipTest {
  private static final String CSV = "\uFEFFid,name\n1,Ann\n2,Bob\n";
  private static final List<List<String>> RECORDS =
      List.of(List.of("1", "Ann"), List.of("2", "Bob"));

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void csvGzFile_isDecompressedTransparently(@TempDir Path dir) throws IOException {
    Path file = Files.write(dir.resolve("orders.csv.gz"), gzip(CSV));

    try (CsvRecordReader reader = CsvRecordReader.open(file)) {
      assertEquals(List.of("id", "name"), reader.header());
      assertEquals(RECORDS, CsvInputs.records(reader));
    }
  }

  @Test
  void gzipContent_isRecognisedByItsMagicBytes_whateverItsName() throws IOException {
    CsvRecordReader reader =
        CsvRecordReader.open(
            new ByteArrayInputStream(gzip(CSV)), "export", StandardCharsets.UTF_8, null);

    assertEquals(RECORDS, CsvInputs.records(reader));
  }

  @Test
  void plainContent_underAGzName_isReadAsPlainText(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("orders.csv.gz"), CSV);

    assertEquals(RECORDS, CsvInputs.records(CsvRecordReader.open(file)));
  }
}
