package dev.kpikit.load.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.io.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Records written by {@link CsvWriter} (quotes, delimiters, CR, LF, CRLF and non-ASCII inside
 * fields, some fields far longer than the reader's buffer) come back unchanged, each at the line
 * where it starts.
 */
class CsvRecordReader_RoundTripTest {
  private static final String ALPHABET = "ab,\"\n\r;|\t £€é ";
  private static final int RECORDS = 3_000;
  private static final int COLUMNS = 3;

  @Test
  void randomRecordsSpanningManyBuffers_comeBackUnchanged_atTheirStartLines() throws IOException {
    Random random = new Random(20240611L);
    List<String[]> written = new ArrayList<>();
    StringWriter text = new StringWriter();
    try (CsvWriter writer = new CsvWriter(text)) {
      writer.row("c1", "c2", "c3");
      for (int r = 0; r < RECORDS; r++) {
        String[] record = new String[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
          record[c] = randomValue(random);
        }
        writer.row(record);
        written.add(record);
      }
    }

    try (CsvRecordReader reader = CsvInputs.utf8(text.toString())) {
      long expectedLine = 2;
      for (String[] record : written) {
        assertTrue(reader.next());
        assertNull(reader.error());
        assertEquals(List.of(record), CsvInputs.values(reader));
        assertEquals(expectedLine, reader.line());
        expectedLine += 1 + lineBreaks(record);
      }
      assertFalse(reader.next());
    }
  }

  private static String randomValue(Random random) {
    int length = random.nextInt(100) == 0 ? 70_000 + random.nextInt(100_000) : random.nextInt(20);
    StringBuilder value = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return value.toString();
  }

  /** Line breaks as an editor counts them: LF, CRLF and a lone CR each end one line. */
  private static long lineBreaks(String[] record) {
    long breaks = 0;
    for (String value : record) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        boolean crOfCrlf = c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n';
        if ((c == '\n' || c == '\r') && !crOfCrlf) {
          breaks++;
        }
      }
    }
    return breaks;
  }
}
