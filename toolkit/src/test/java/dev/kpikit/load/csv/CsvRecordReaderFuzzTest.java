package dev.kpikit.load.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kpikit.load.DataException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of {@link CsvRecordReader} against an independent reference parse
 * ({@link ReferenceCsv}, Apache Commons CSV) of the same bytes: every record has the reference's
 * fields and starting line, or exactly the error the limits call for.
 *
 * <p>The fuzzer also chooses small {@link CsvLimits}, so the limit paths run on small inputs, and
 * may put a prefix of blank lines before its bytes so that they straddle the reader's buffer
 * refill; after the first buffer the input arrives a few bytes per read. In a normal build the seed
 * corpus ({@code CsvRecordReaderFuzzTestInputs/}: slices of the staged real datasets and the inputs
 * that once found bugs) runs as regression tests; {@code JAZZER_FUZZ=1} fuzzes.
 */
class CsvRecordReaderFuzzTest {
  private static final byte[] GZIP_MAGIC = {(byte) 0x1f, (byte) 0x8b};

  @FuzzTest(maxDuration = "5m")
  void readsEveryRecordLikeTheReferenceParser(FuzzedDataProvider data) throws IOException {
    CsvLimits limits = new CsvLimits(data.consumeInt(1, 300), data.consumeInt(1, 40));
    int blankPrefix = data.consumeBoolean() ? CsvRecordReader.BUFFER_CHARS - data.consumeInt(0, 64) : 0;
    int trickle = data.consumeInt(1, 16);
    byte[] csv = data.consumeRemainingAsBytes();
    byte[] input = withBlankLines(blankPrefix, csv);
    String text = strictUtf8(input);
    if (startsWith(input, GZIP_MAGIC)) {
      return; // gzip content is decompressed first: the loader fuzz test covers it
    }
    if (text == null) {
      assertRejectedAsNotUtf8(input, trickle);
      return;
    }
    List<ReferenceCsv.Row> expected = ReferenceCsv.rows(withoutBom(text), ',');
    if (expected.isEmpty()) {
      assertRejectedAsEmpty(input, trickle, limits);
      return;
    }
    List<Record> actual = new ArrayList<>();
    try (CsvRecordReader reader = open(input, trickle, limits)) {
      actual.add(new Record(reader.line(), CsvInputs.values(reader), null));
      while (reader.next()) {
        actual.add(new Record(reader.line(), CsvInputs.values(reader), reader.error()));
      }
    } catch (DataException headerError) {
      assertHeaderError(expected, limits, headerError.getMessage());
      return;
    }
    assertSameRecords(expected, actual, limits);
  }

  /** One record as the reader gave it. */
  private record Record(long line, List<String> fields, String error) {}

  private static void assertSameRecords(
      List<ReferenceCsv.Row> expected, List<Record> actual, CsvLimits limits) {
    int last = actual.size() - 1;
    if (actual.get(last).error() != null && actual.get(last).error().startsWith("unterminated")) {
      assertEquals(expected.size(), actual.size(), "records");
      last--; // the reference cannot tell an open quote at the end: only its line is checked
    }
    assertEquals(expected.size(), actual.size(), "records");
    for (int r = 0; r < actual.size(); r++) {
      ReferenceCsv.Row want = expected.get(r);
      Record got = actual.get(r);
      assertEquals(want.line(), got.line(), "line of record " + r);
      if (r == 0 || r > last) { // the header's fields are checked by the reader's own tests
        continue;
      }
      Limited limited = Limited.of(want.fields(), limits);
      assertEquals(limited.error(), got.error(), "error of record " + r);
      assertEquals(limited.fields(), got.fields(), "fields of record " + r);
    }
  }

  /** What the limits leave of a record: the fields before the offending one, and the error. */
  private record Limited(List<String> fields, String error) {
    static Limited of(List<String> fields, CsvLimits limits) {
      for (int i = 0; i < fields.size(); i++) {
        if (i == limits.maxFields()) {
          return new Limited(
              fields.subList(0, i), String.format("record has more than %,d fields", limits.maxFields()));
        }
        if (fields.get(i).length() > limits.maxFieldChars()) {
          return new Limited(
              fields.subList(0, i),
              String.format(
                  "field %,d is longer than the limit of %,d characters", i + 1, limits.maxFieldChars()));
        }
      }
      return new Limited(fields, null);
    }
  }

  private static void assertHeaderError(List<ReferenceCsv.Row> expected, CsvLimits limits, String message) {
    ReferenceCsv.Row header = expected.get(0);
    String prefix = CsvInputs.SOURCE + ": line " + header.line() + ": header: ";
    if (message.startsWith(prefix + "unterminated quoted field")) {
      assertEquals(1, expected.size(), "an open quote in the header runs to the end of the input");
      return;
    }
    String error = Limited.of(header.fields(), limits).error();
    assertEquals(error == null ? "(no error expected in the header)" : prefix + error, message);
  }

  private static void assertRejectedAsNotUtf8(byte[] input, int trickle) {
    DataException e = assertThrows(DataException.class, () -> readToTheEnd(input, trickle));
    assertTrue(e.getMessage().contains("bytes that are not valid UTF-8"), e.getMessage());
  }

  private static void readToTheEnd(byte[] input, int trickle) throws IOException {
    try (CsvRecordReader reader = open(input, trickle, CsvLimits.DEFAULT)) {
      while (reader.next()) {
        reader.size(); // the records themselves are not checked here
      }
    }
  }

  private static void assertRejectedAsEmpty(byte[] input, int trickle, CsvLimits limits) {
    DataException e = assertThrows(DataException.class, () -> open(input, trickle, limits).close());
    assertEquals(CsvInputs.SOURCE + ": the file is empty, expected a header line", e.getMessage());
  }

  private static CsvRecordReader open(byte[] input, int trickle, CsvLimits limits) throws IOException {
    return CsvRecordReader.open(
        new TrickleInputStream(input, CsvRecordReader.BUFFER_CHARS, trickle),
        CsvInputs.SOURCE,
        StandardCharsets.UTF_8,
        ',',
        limits);
  }

  private static byte[] withBlankLines(int count, byte[] csv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(count + csv.length);
    for (int i = 0; i < count; i++) {
      out.write('\n');
    }
    out.writeBytes(csv);
    return out.toByteArray();
  }

  /** The text, or null when the bytes are not valid UTF-8. */
  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    return bytes.length >= prefix.length && bytes[0] == prefix[0] && bytes[1] == prefix[1];
  }

  /** Gives the first {@code head} bytes at once, then at most {@code step} bytes per read. */
  private static final class TrickleInputStream extends ByteArrayInputStream {
    private final int head;
    private final int step;

    TrickleInputStream(byte[] bytes, int head, int step) {
      super(bytes);
      this.head = head;
      this.step = step;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, pos < head ? Math.min(len, head - pos) : Math.min(len, step));
    }

    @Override
    public synchronized int available() {
      return 0;
    }
  }
}
