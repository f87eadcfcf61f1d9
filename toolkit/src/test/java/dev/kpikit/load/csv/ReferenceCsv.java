package dev.kpikit.load.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An independent reading of CSV text with Apache Commons CSV, configured for the rules {@link
 * CsvRecordReader} documents: RFC 4180 quotes, a quote inside an unquoted field or text after a
 * closing quote kept literally, empty lines skipped, a quote left open at the end accepted.
 */
final class ReferenceCsv {
  private static final CSVFormat RULES =
      CSVFormat.RFC4180.builder()
          .setIgnoreEmptyLines(true)
          .setTrailingData(true)
          .setLenientEof(true)
          .setAllowMissingColumnNames(true)
          .get();

  /** One record: its 1-based starting line and its fields. */
  record Row(long line, List<String> fields) {}

  private ReferenceCsv() {}

  /**
   * @param text the decoded input, without a byte order mark
   * @param delimiter the field delimiter
   * @return every record, the header included
   * @throws IllegalArgumentException when Commons CSV itself cannot read the text
   */
  static List<Row> rows(String text, char delimiter) {
    List<Row> rows = new ArrayList<>();
    LineIndex lines = new LineIndex(text);
    try (CSVParser parser = RULES.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
      for (CSVRecord r : parser) {
        rows.add(new Row(lines.lineOfRecordAt((int) r.getCharacterPosition()), r.toList()));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new IllegalArgumentException("Commons CSV cannot read this input: " + e.getMessage(), e);
    }
    return rows;
  }

  /** Physical line numbers of char positions: CRLF, LF and a lone CR each end one line. */
  private static final class LineIndex {
    private final String text;
    private int scanned;
    private long line = 1;

    LineIndex(String text) {
      this.text = text;
    }

    /** The line of the first char at or after {@code position} that is not a line break. */
    long lineOfRecordAt(int position) {
      int start = position;
      while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
        start++;
      }
      for (; scanned < start; scanned++) {
        char c = text.charAt(scanned);
        boolean crOfCrlf = c == '\r' && scanned + 1 < text.length() && text.charAt(scanned + 1) == '\n';
        if (c == '\n' || (c == '\r' && !crOfCrlf)) {
          line++;
        }
      }
      return line;
    }
  }
}
