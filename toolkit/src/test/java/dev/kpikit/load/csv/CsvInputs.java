package dev.kpikit.load.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Opens readers over inline CSV text and collects their records, for the tests of this package. */
final class CsvInputs {
  static final String SOURCE = "inline.csv";

  private CsvInputs() {}

  /** A reader over {@code text} encoded as UTF-8, delimiter sniffed. */
  static CsvRecordReader utf8(String text) throws IOException {
    return bytes(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  /** A reader over {@code text} encoded as UTF-8, delimiter sniffed, with the given limits. */
  static CsvRecordReader utf8(String text, CsvLimits limits) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return CsvRecordReader.open(
        new ByteArrayInputStream(bytes), SOURCE, StandardCharsets.UTF_8, null, limits);
  }

  /** A reader over raw bytes decoded with {@code encoding}, delimiter sniffed. */
  static CsvRecordReader bytes(byte[] bytes, Charset encoding) throws IOException {
    return CsvRecordReader.open(new ByteArrayInputStream(bytes), SOURCE, encoding, null);
  }

  /** Every remaining record of {@code reader}, each as its list of values; closes the reader. */
  static List<List<String>> records(CsvRecordReader reader) throws IOException {
    try (reader) {
      List<List<String>> records = new ArrayList<>();
      while (reader.next()) {
        records.add(values(reader));
      }
      return records;
    }
  }

  /** The values of the current record. */
  static List<String> values(CsvRecordReader reader) {
    List<String> values = new ArrayList<>(reader.size());
    for (int i = 0; i < reader.size(); i++) {
      values.add(reader.value(i));
    }
    return values;
  }

  /** The start lines of every remaining record; closes the reader. */
  static List<Long> recordLines(CsvRecordReader reader) throws IOException {
    try (reader) {
      List<Long> lines = new ArrayList<>();
      while (reader.next()) {
        lines.add(reader.line());
      }
      return lines;
    }
  }
}
