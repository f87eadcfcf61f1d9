package dev.kpikit.load.csv;

import dev.kpikit.load.DataException;
import dev.kpikit.load.source.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a CSV file record by record: every field is a {@code String}, an empty field (quoted or
 * not) is {@code ""}.
 *
 * <p>What it accepts (DESIGN §3):
 *
 * <ul>
 *   <li>any {@link Charset} (default UTF-8); a leading byte order mark is skipped; bytes that are
 *       not valid in the charset stop reading with a {@link DataException} that suggests setting
 *       the encoding, instead of being replaced silently;
 *   <li>gzip-compressed content (a {@code .csv.gz} file), recognised by its magic bytes;
 *   <li>a delimiter given, or sniffed among {@code , ; TAB |} by {@link CsvSniffer};
 *   <li>RFC 4180 quoting: quoted fields may hold delimiters, doubled quotes and line breaks;
 *       records end with CRLF, LF or a lone CR; the last record needs no line break; completely
 *       empty lines are skipped (they still count in {@link #line()}). A quote inside an unquoted
 *       field, and text after a closing quote, are kept literally.
 * </ul>
 *
 * <p>Malformed records do not stop reading; {@link #error()} describes them: a quoted field still
 * open at the end of the file, a field longer than {@link CsvLimits#maxFieldChars()} or more fields
 * than {@link CsvLimits#maxFields()}. An over-long field is never held in memory: the reader skips
 * to the end of its record, and such a record's values are the fields before the offending one. A
 * record whose field count differs from the header's is not an error here ({@link #size()} tells).
 *
 * <p>Not thread-safe. The returned values are new strings; the reader reuses nothing the caller
 * holds.
 *
 * @since 0.1.0
 */
public final class CsvRecordReader implements RecordReader {
  /** Chars decoded per refill; also the size of the sample the delimiter is sniffed from. */
  static final int BUFFER_CHARS = 1 << 16;

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final String sourceName;
  private final Charset encoding;
  private final char delimiter;
  private final CsvTokenizer tokenizer;
  private final List<String> header;

  private CsvRecordReader(
      String sourceName, Charset encoding, char delimiter, CsvTokenizer tokenizer)
      throws IOException {
    this.sourceName = sourceName;
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.tokenizer = tokenizer;
    if (!advance()) {
      throw new DataException(sourceName + ": the file is empty, expected a header line");
    }
    if (tokenizer.error() != null) {
      throw new DataException(
          sourceName + ": line " + tokenizer.recordLine() + ": header: " + tokenizer.error());
    }
    List<String> names = new ArrayList<>(tokenizer.size());
    for (int i = 0; i < tokenizer.size(); i++) {
      names.add(tokenizer.field(i));
    }
    this.header = Collections.unmodifiableList(names);
  }

  private CsvRecordReader(
      String sourceName, Charset encoding, char delimiter, CsvTokenizer tokenizer, List<String> header) {
    this.sourceName = sourceName;
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.tokenizer = tokenizer;
    this.header = header;
  }

  /**
   * Reads the records of a file from the middle on, its header and the bytes before {@code in}
   * having been read already.
   *
   * @param in the bytes from a record start to the end of the file (not gzip); closed by {@link
   *     #close()}
   * @param sourceName the name used in messages
   * @param encoding the text encoding
   * @param delimiter the field delimiter
   * @param header the file's header
   * @param firstLine the line number of the first byte of {@code in}
   * @param afterCr whether the byte before {@code in} is a CR
   * @return a reader positioned before the first record of {@code in}
   */
  static CsvRecordReader continuing(
      InputStream in,
      String sourceName,
      Charset encoding,
      char delimiter,
      List<String> header,
      long firstLine,
      boolean afterCr) {
    Reader chars = CsvInput.strict(in, encoding);
    CsvTokenizer tokenizer =
        new CsvTokenizer(chars, new char[BUFFER_CHARS], 0, 0, delimiter, CsvLimits.DEFAULT)
            .startingAt(firstLine, afterCr);
    return new CsvRecordReader(sourceName, encoding, delimiter, tokenizer, header);
  }

  /**
   * Opens a UTF-8 file (with or without BOM, plain or gzip) and sniffs its delimiter.
   *
   * @param file the CSV file
   * @return a reader positioned before the first record, the header already read
   * @throws DataException when the file does not exist, is empty or is not valid UTF-8
   * @throws IOException when the file cannot be read
   */
  public static CsvRecordReader open(Path file) throws IOException {
    return open(file, StandardCharsets.UTF_8, null);
  }

  /**
   * Opens a file with the default {@link CsvLimits}.
   *
   * @param file the CSV file, plain or gzip-compressed
   * @param encoding the text encoding, e.g. UTF-8 or ISO-8859-1
   * @param delimiterOrNull the field delimiter, or null to sniff it among {@code , ; TAB |}
   * @return a reader positioned before the first record, the header already read
   * @throws DataException when the file does not exist, is empty or is not valid in {@code
   *     encoding}
   * @throws IOException when the file cannot be read
   */
  public static CsvRecordReader open(Path file, Charset encoding, Character delimiterOrNull)
      throws IOException {
    return open(file, encoding, delimiterOrNull, CsvLimits.DEFAULT);
  }

  /**
   * Opens a file.
   *
   * @param file the CSV file, plain or gzip-compressed
   * @param encoding the text encoding
   * @param delimiterOrNull the field delimiter, or null to sniff it among {@code , ; TAB |}
   * @param limits the safety limits
   * @return a reader positioned before the first record, the header already read
   * @throws DataException when the file does not exist, is empty or is not valid in {@code
   *     encoding}
   * @throws IOException when the file cannot be read
   */
  public static CsvRecordReader open(
      Path file, Charset encoding, Character delimiterOrNull, CsvLimits limits) throws IOException {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new DataException(file + ": file not found", e);
    }
    return open(in, file.toString(), encoding, delimiterOrNull, limits);
  }

  /**
   * Reads CSV from a stream (a Hadoop stream, a test's bytes) with the default {@link CsvLimits}.
   *
   * @param in the bytes, plain or gzip-compressed; closed by {@link #close()}, or at once when
   *     opening fails
   * @param sourceName the name used in messages, e.g. the file name or URI
   * @param encoding the text encoding
   * @param delimiterOrNull the field delimiter, or null to sniff it among {@code , ; TAB |}
   * @return a reader positioned before the first record, the header already read
   * @throws DataException when the input is empty or is not valid in {@code encoding}
   * @throws IOException when the input cannot be read
   */
  public static CsvRecordReader open(
      InputStream in, String sourceName, Charset encoding, Character delimiterOrNull)
      throws IOException {
    return open(in, sourceName, encoding, delimiterOrNull, CsvLimits.DEFAULT);
  }

  /**
   * Reads CSV from a stream.
   *
   * @param in the bytes, plain or gzip-compressed; closed by {@link #close()}, or at once when
   *     opening fails
   * @param sourceName the name used in messages, e.g. the file name or URI
   * @param encoding the text encoding
   * @param delimiterOrNull the field delimiter, or null to sniff it among {@code , ; TAB |}
   * @param limits the safety limits
   * @return a reader positioned before the first record, the header already read
   * @throws IllegalArgumentException when the delimiter is a quote, CR or LF
   * @throws DataException when the input is empty or is not valid in {@code encoding}
   * @throws IOException when the input cannot be read
   */
  public static CsvRecordReader open(
      InputStream in,
      String sourceName,
      Charset encoding,
      Character delimiterOrNull,
      CsvLimits limits)
      throws IOException {
    if (delimiterOrNull != null && "\"\r\n".indexOf(delimiterOrNull) >= 0) {
      in.close();
      throw new IllegalArgumentException(
          "a quote, CR or LF cannot be a CSV delimiter (" + sourceName + ")");
    }
    Reader chars = null;
    CsvTokenizer tokenizer;
    char delimiter;
    try {
      chars = CsvInput.decode(in, encoding);
      char[] buf = new char[BUFFER_CHARS];
      int length = readUpTo(chars, buf);
      int start = length > 0 && buf[0] == BYTE_ORDER_MARK ? 1 : 0;
      delimiter =
          delimiterOrNull != null
              ? delimiterOrNull
              : CsvSniffer.sniff(buf, start, length, length < buf.length);
      tokenizer = new CsvTokenizer(chars, buf, start, length, delimiter, limits);
    } catch (CharacterCodingException e) {
      closeAfterFailure(chars == null ? in : chars, e);
      throw notValidInEncoding(sourceName, encoding, 1, e);
    } catch (IOException e) {
      closeAfterFailure(chars == null ? in : chars, e);
      throw readFailed(sourceName, e);
    }
    try {
      return new CsvRecordReader(sourceName, encoding, delimiter, tokenizer);
    } catch (IOException | RuntimeException e) {
      closeAfterFailure(chars, e);
      throw e;
    }
  }

  /**
   * The delimiter in use: the one given to {@code open}, or the sniffed one.
   *
   * @return the field delimiter
   */
  public char delimiter() {
    return delimiter;
  }

  @Override
  public List<String> header() {
    return header;
  }

  /**
   * {@inheritDoc}
   *
   * @throws DataException when the next bytes are not valid in the reader's encoding
   */
  @Override
  public boolean next() throws IOException {
    return advance();
  }

  @Override
  public long line() {
    return tokenizer.recordLine();
  }

  @Override
  public int size() {
    return tokenizer.size();
  }

  /**
   * {@inheritDoc}
   *
   * @return the field's text, never null ({@code ""} for an empty field)
   * @throws IndexOutOfBoundsException when {@code i} is not below {@link #size()}
   */
  @Override
  public String value(int i) {
    if (i < 0 || i >= tokenizer.size()) {
      throw new IndexOutOfBoundsException(
          "field index " + i + " of a record with " + tokenizer.size() + " fields");
    }
    return tokenizer.field(i);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One of: "unterminated quoted field starting at line N", "field N is longer than the limit of
   * M characters", "record has more than M fields".
   */
  @Override
  public String error() {
    return tokenizer.error();
  }

  @Override
  public String sourceName() {
    return sourceName;
  }

  @Override
  public void close() throws IOException {
    tokenizer.close();
  }

  private boolean advance() throws IOException {
    try {
      return tokenizer.next();
    } catch (CharacterCodingException e) {
      throw notValidInEncoding(sourceName, encoding, tokenizer.currentLine(), e);
    } catch (IOException e) {
      throw readFailed(sourceName, e);
    }
  }

  /** The same failure, with the source named so the message stands on its own line. */
  private static IOException readFailed(String sourceName, IOException e) {
    return new IOException(sourceName + ": cannot read: " + e.getMessage(), e);
  }

  private static DataException notValidInEncoding(
      String sourceName, Charset encoding, long line, CharacterCodingException e) {
    return new DataException(
        String.format(
            "%s: line %,d (or just after): bytes that are not valid %s;"
                + " set the dataset's encoding (for example ISO-8859-1)",
            sourceName, line, encoding.name()),
        e);
  }

  /** Reads until {@code buf} is full or the input ends; returns the number of chars read. */
  private static int readUpTo(Reader chars, char[] buf) throws IOException {
    int length = 0;
    while (length < buf.length) {
      int n = chars.read(buf, length, buf.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    return length;
  }

  private static void closeAfterFailure(AutoCloseable resource, Exception failure) {
    try {
      resource.close();
    } catch (Exception closing) {
      failure.addSuppressed(closing);
    }
  }
}
