package dev.kpikit.load.csv;

import static dev.kpikit.load.csv.CsvInputs.utf8;
import static dev.kpikit.load.csv.CsvInputs.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kpikit.load.DataException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvRecordReader_MalformedTest {
  private static final CsvLimits TEN_CHARS_PER_FIELD = new CsvLimits(10, 1000);

  @Test
  void quoteStillOpenAtEndOfFile_isAnErrorNamingTheLineWhereItStarts() throws IOException {
    try (CsvRecordReader reader = utf8("a,b\n1,2\n3,\"never closed\n4,5\n")) {
      reader.next();
      assertNull(reader.error());
      assertTrue(reader.next());
      assertEquals("unterminated quoted field starting at line 3", reader.error());
      assertEquals(3, reader.line());
      assertFalse(reader.next());
    }
  }

  @Test
  void fieldLongerThanTheLimit_isAnError_andReadingResumesAtTheNextRecord() throws IOException {
    try (CsvRecordReader reader = utf8("a,b\n1,xxxxxxxxxxxx\n2,ok\n", TEN_CHARS_PER_FIELD)) {
      reader.next();
      assertEquals("field 2 is longer than the limit of 10 characters", reader.error());
      assertEquals(List.of("1"), values(reader));
      reader.next();
      assertNull(reader.error());
      assertEquals(List.of("2", "ok"), values(reader));
      assertEquals(3, reader.line());
    }
  }

  @Test
  void fieldOfExactlyTheLimit_isAccepted() throws IOException {
    try (CsvRecordReader reader = utf8("a\n\"0123456789\"\n", TEN_CHARS_PER_FIELD)) {
      reader.next();
      assertNull(reader.error());
      assertEquals(List.of("0123456789"), values(reader));
    }
  }

  @Test
  void overlongQuotedField_isSkippedWithItsLineBreaks() throws IOException {
    String csv = "a,b\n1,\"long\nlong\nlong, and \"\"more\"\"\",tail\n2,ok\n";

    try (CsvRecordReader reader = utf8(csv, TEN_CHARS_PER_FIELD)) {
      reader.next();
      assertEquals("field 2 is longer than the limit of 10 characters", reader.error());
      reader.next();
      assertEquals(List.of("2", "ok"), values(reader));
      assertEquals(5, reader.line());
    }
  }

  @Test
  void overlongQuotedFieldNeverClosed_isReportedAsUnterminated() throws IOException {
    try (CsvRecordReader reader =
        utf8("a,b\n1,2\n3,\"never closed\nand long\n4,5\n", TEN_CHARS_PER_FIELD)) {
      reader.next();
      reader.next();
      assertEquals("unterminated quoted field starting at line 3", reader.error());
      assertFalse(reader.next());
    }
  }

  @Test
  void headerWithAnOverlongField_isADataException() {
    DataException e =
        assertThrows(
            DataException.class, () -> utf8("a,bbbbbbbbbbbbbbbbbbbb\n1,2\n", TEN_CHARS_PER_FIELD));

    assertEquals(
        CsvInputs.SOURCE + ": line 1: header: field 2 is longer than the limit of 10 characters",
        e.getMessage());
  }

  @Test
  void recordWithTooManyFields_isAnError_andTheNextRecordIsRead() throws IOException {
    CsvLimits threeFields = new CsvLimits(100, 3);
    String wide =
        IntStream.range(0, 50).mapToObj(Integer::toString).collect(Collectors.joining(","));

    try (CsvRecordReader reader = utf8("a,b,c\n" + wide + "\n1,2,3\n", threeFields)) {
      reader.next();
      assertEquals("record has more than 3 fields", reader.error());
      reader.next();
      assertNull(reader.error());
      assertEquals(List.of("1", "2", "3"), values(reader));
    }
  }

  /** The field is produced by a stream, so neither the test nor the reader needs its size. */
  @ParameterizedTest(name = "quote: [{0}]")
  @ValueSource(strings = {"\"", ""})
  void hugeField_isRejectedWithoutBeingHeldInMemory(String quote) throws IOException {
    long hugeChars = 3L * CsvLimits.DEFAULT_MAX_FIELD_CHARS;
    InputStream csv =
        concat(
            ascii("id,text\n1," + quote),
            new RepeatedByteStream((byte) 'x', hugeChars),
            ascii(quote + "\n2,after\n"));

    try (CsvRecordReader reader =
        CsvRecordReader.open(csv, "huge.csv", StandardCharsets.UTF_8, ',')) {
      reader.next();
      assertEquals(
          String.format(
              "field 2 is longer than the limit of %,d characters",
              CsvLimits.DEFAULT_MAX_FIELD_CHARS),
          reader.error());
      reader.next();
      assertNull(reader.error());
      assertEquals(List.of("2", "after"), values(reader));
    }
  }

  private static InputStream ascii(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static InputStream concat(InputStream first, InputStream second, InputStream third) {
    return new SequenceInputStream(new SequenceInputStream(first, second), third);
  }

  /** {@code length} copies of one byte, produced on demand. */
  private static final class RepeatedByteStream extends InputStream {
    private final byte value;
    private long remaining;

    RepeatedByteStream(byte value, long length) {
      this.value = value;
      this.remaining = length;
    }

    @Override
    public int read() {
      if (remaining == 0) {
        return -1;
      }
      remaining--;
      return value;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (remaining == 0) {
        return -1;
      }
      int n = (int) Math.min(len, remaining);
      Arrays.fill(b, off, off + n, value);
      remaining -= n;
      return n;
    }
  }
}
