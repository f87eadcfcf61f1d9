package dev.kpikit.load.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The records of one chunk of a CSV file ({@link CsvFileChunks}), with the fields as bytes: the
 * loader parses dates and numbers from the bytes and decodes only the text it keeps.
 *
 * <p>It reads the records that start in {@code [start, stop)}, exactly as {@link CsvRecordReader}
 * reads them, line numbers counted from the line given to it. A record it cannot read that way (a
 * malformed record, one beyond the {@link CsvLimits}, or bytes that are not valid in the encoding)
 * raises {@link Unusual}: the caller then reads the file from {@link #recordStart()} with {@link
 * CsvFileChunks#streamFrom}, which describes such records as {@code CsvRecordReader} does.
 *
 * <p>Not thread-safe; each chunk has its own reader.
 *
 * @since 0.1.0
 */
public final class CsvChunkReader {
  private final CsvByteTokenizer tokenizer;
  private final ByteWindow window;
  private final long stop;
  private final Charset encoding;
  private final boolean asciiOnly;
  private final boolean utf8;
  private CharsetDecoder decoder;

  CsvChunkReader(ByteWindow window, CsvByteTokenizer tokenizer, long stop, Charset encoding) {
    this.window = window;
    this.tokenizer = tokenizer;
    this.stop = stop;
    this.encoding = encoding;
    this.utf8 = encoding.equals(StandardCharsets.UTF_8);
    this.asciiOnly = encoding.equals(StandardCharsets.US_ASCII);
  }

  /**
   * Advances to the next record of the chunk.
   *
   * @return false after the chunk's last record
   * @throws Unusual when the next record must be read by the streaming reader
   * @throws UncheckedIOException when the file cannot be read
   */
  public boolean next() {
    try {
      return tokenizer.next(stop - window.base());
    } catch (CsvByteTokenizer.UnusualRecord e) {
      throw Unusual.INSTANCE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the line where the current record starts */
  public long line() {
    return tokenizer.recordLine();
  }

  /** @return the file offset where the current record starts */
  public long recordStart() {
    return window.base() + tokenizer.recordStart();
  }

  /** @return the file offset after the last record read, where the next chunk's records start */
  public long end() {
    return window.base() + tokenizer.position();
  }

  /** @return the line of the byte at {@link #end()} */
  public long endLine() {
    return tokenizer.currentLine();
  }

  /** @return whether the byte before {@link #end()} is a CR (a LF at {@code end()} belongs to it) */
  public boolean endsAfterCr() {
    return tokenizer.afterCr();
  }

  /** @return the number of fields of the current record */
  public int size() {
    return tokenizer.size();
  }

  /**
   * The array the chunk was read into, for reading another chunk into once this reader and
   * everything taken from {@link #bytes()} are no longer used.
   *
   * @return the window's array
   */
  public byte[] buffer() {
    return window.bytes();
  }

  /** @return the bytes that {@link #start} and {@link #end(int)} index */
  public byte[] bytes() {
    return tokenizer.bytes();
  }

  /**
   * @param i a field index below {@link #size()}
   * @return true when the field's value is exactly its bytes {@code [start(i), end(i))}
   */
  public boolean isPlain(int i) {
    return tokenizer.kind(i) == CsvByteTokenizer.PLAIN;
  }

  /** @return index of the first byte of field {@code i} (for a plain field, of its value) */
  public int start(int i) {
    return tokenizer.start(i);
  }

  /** @return index after the last byte of field {@code i} */
  public int end(int i) {
    return tokenizer.end(i);
  }

  /**
   * @param i a field index below {@link #size()}
   * @return true when the value is empty or only whitespace ({@link String#isBlank()})
   * @throws Unusual when the bytes are not valid in the encoding
   */
  public boolean isBlank(int i) {
    if (!isPlain(i)) {
      return text(i).isBlank();
    }
    byte[] b = bytes();
    for (int p = start(i), e = end(i); p < e; p++) {
      int c = b[p];
      if (c > ' ') {
        return false;
      }
      if (c < 0) {
        return text(i).isBlank();
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param i a field index below {@link #size()}
   * @return the field's value, decoded
   * @throws Unusual when the bytes are not valid in the encoding
   */
  public String text(int i) {
    if (isPlain(i)) {
      return decode(bytes(), start(i), end(i));
    }
    byte[] value = tokenizer.unescape(i);
    return decode(value, 0, value.length);
  }

  /**
   * Decodes bytes of this file.
   *
   * @param b the bytes
   * @param from index of the first byte
   * @param to index after the last byte
   * @return the text
   * @throws Unusual when the bytes are not valid in the encoding
   */
  public String decode(byte[] b, int from, int to) {
    if (!utf8 && !asciiOnly) {
      return new String(b, from, to - from, encoding);
    }
    for (int p = from; p < to; p++) {
      if (b[p] < 0) {
        if (asciiOnly) {
          throw Unusual.INSTANCE;
        }
        return decodeStrictly(b, from, to);
      }
    }
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private String decodeStrictly(byte[] b, int from, int to) {
    if (decoder == null) {
      decoder =
          encoding
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(b, from, to - from));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw Unusual.INSTANCE;
    }
  }

  /**
   * The current record can only be read by the streaming reader (see the class comment). Carries
   * no stack trace: it is control flow.
   */
  public static final class Unusual extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Unusual INSTANCE = new Unusual();

    private Unusual() {
      super("record left to the streaming reader", null, false, false);
    }
  }
}
