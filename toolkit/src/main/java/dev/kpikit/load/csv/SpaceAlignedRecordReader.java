package dev.kpikit.load.csv;

import dev.kpikit.load.DataException;
import dev.kpikit.load.source.RecordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads space-aligned text (fields separated by runs of spaces or tabs, as in the CDNOW files):
 * leading and trailing blanks are ignored, no quoting, blank lines skipped (they still count in
 * {@link #line()}). The header is the first non-blank line, or given names when the file has no
 * header line. A line with a different number of fields than the header is returned as is; the
 * loader rejects it as ragged.
 *
 * <p>Plain or gzip-compressed, in any encoding; a UTF-8 byte order mark is skipped; bytes not
 * valid in the encoding stop reading with a {@link DataException} that suggests setting it.
 *
 * @since 0.1.0
 */
public final class SpaceAlignedRecordReader implements RecordReader {
  private final String sourceName;
  private final Charset encoding;
  private final BufferedReader lines;
  private final List<String> header;
  private final List<String> fields = new ArrayList<>();
  private long line;
  private long recordLine;

  private SpaceAlignedRecordReader(
      String sourceName, Charset encoding, BufferedReader lines, List<String> headerOrNull)
      throws IOException {
    this.sourceName = sourceName;
    this.encoding = encoding;
    this.lines = lines;
    if (headerOrNull != null) {
      this.header = List.copyOf(headerOrNull);
      return;
    }
    if (!next()) {
      throw new DataException(sourceName + ": the file is empty, expected a header line");
    }
    this.header = Collections.unmodifiableList(new ArrayList<>(fields));
  }

  /**
   * Opens a file.
   *
   * @param file the file, plain or gzip-compressed
   * @param encoding the text encoding
   * @param headerOrNull the column names when the file has no header line, else null (the first
   *     non-blank line is the header)
   * @return a reader positioned before the first record
   * @throws DataException when a file expected to have a header is empty
   * @throws IOException when the file cannot be read
   */
  public static SpaceAlignedRecordReader open(Path file, Charset encoding, List<String> headerOrNull)
      throws IOException {
    BufferedReader reader =
        new BufferedReader(CsvInput.decode(Files.newInputStream(file), encoding), 1 << 16);
    try {
      return new SpaceAlignedRecordReader(
          file.getFileName().toString(), encoding, reader, headerOrNull);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public boolean next() throws IOException {
    String text;
    do {
      try {
        text = lines.readLine();
      } catch (CharacterCodingException e) {
        throw new DataException(
            sourceName + ": line " + (line + 1) + ": bytes that are not valid " + encoding
                + "; set the dataset's encoding in kpikit.yaml (e.g. ISO-8859-1)", e);
      }
      if (text == null) {
        return false;
      }
      line++;
      if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = text.substring(1);
      }
    } while (text.isBlank());
    recordLine = line;
    split(text);
    return true;
  }

  private void split(String text) {
    fields.clear();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && isBlank(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isBlank(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        fields.add(text.substring(start, i));
      }
    }
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f';
  }

  @Override
  public long line() {
    return recordLine;
  }

  @Override
  public int size() {
    return fields.size();
  }

  @Override
  public Object value(int i) {
    return fields.get(i);
  }

  @Override
  public String sourceName() {
    return sourceName;
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
