package dev.kpikit.io;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes RFC 4180 CSV: comma-delimited, LF line ends, fields quoted only when they contain a comma,
 * a quote, CR or LF (quotes doubled), numbers written by the caller as plain text.
 *
 * <p>Not thread-safe. The caller owns the {@link Writer}'s encoding (kpikit writes UTF-8 without a
 * BOM) and buffering.
 *
 * @since 0.1.0
 */
public final class CsvWriter implements Closeable, Flushable {
  private final Writer out;
  private boolean startOfRecord = true;

  /**
   * @param out where to write; closed by {@link #close()}
   */
  public CsvWriter(Writer out) {
    this.out = out;
  }

  /**
   * Writes one whole record.
   *
   * @param fields the field texts; null is written as an empty field
   * @return this writer
   * @throws IOException when writing fails
   */
  public CsvWriter row(String... fields) throws IOException {
    for (String f : fields) {
      field(f);
    }
    return endRow();
  }

  /**
   * Appends one field to the current record.
   *
   * @param value the text, or null for an empty field
   * @return this writer
   * @throws IOException when writing fails
   */
  public CsvWriter field(String value) throws IOException {
    if (!startOfRecord) {
      out.write(',');
    }
    startOfRecord = false;
    if (value != null) {
      writeEscaped(value);
    }
    return this;
  }

  /**
   * Ends the current record with a line feed.
   *
   * @return this writer
   * @throws IOException when writing fails
   */
  public CsvWriter endRow() throws IOException {
    out.write('\n');
    startOfRecord = true;
    return this;
  }

  /**
   * The text of {@code value} as it would appear in a CSV field (quoted when needed).
   *
   * @param value the text
   * @return the field text
   */
  public static String escape(String value) {
    return needsQuotes(value) ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  private void writeEscaped(String value) throws IOException {
    if (!needsQuotes(value)) {
      out.write(value);
      return;
    }
    out.write('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.write('"');
      }
      out.write(c);
    }
    out.write('"');
  }

  private static boolean needsQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
