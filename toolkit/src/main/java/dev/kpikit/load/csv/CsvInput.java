package dev.kpikit.load.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.zip.GZIPInputStream;

/**
 * Turns the raw bytes of a CSV file into chars: gzip is detected by its magic bytes (so {@code
 * .csv.gz} files, and gzip content under any name, are decompressed transparently) and bytes that
 * are not valid in the charset raise a {@link java.nio.charset.CharacterCodingException} instead of
 * being replaced silently.
 */
final class CsvInput {
  private static final int BYTE_BUFFER = 1 << 16;
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private CsvInput() {}

  /**
   * @param raw the file's bytes, closed when the returned reader is closed
   * @param encoding the text encoding
   * @return the decoded chars (a UTF-8 BOM, if any, is still the first char)
   * @throws IOException when the first bytes cannot be read or the gzip header is broken
   */
  static Reader decode(InputStream raw, Charset encoding) throws IOException {
    InputStream bytes = new BufferedInputStream(raw, BYTE_BUFFER);
    if (startsWithGzipMagic(bytes)) {
      bytes = new GZIPInputStream(bytes, BYTE_BUFFER);
    }
    return strict(bytes, encoding);
  }

  /**
   * @param bytes plain (not gzip) bytes, closed when the returned reader is closed
   * @param encoding the text encoding
   * @return the decoded chars; bytes not valid in {@code encoding} raise a {@link
   *     java.nio.charset.CharacterCodingException}
   */
  static Reader strict(InputStream bytes, Charset encoding) {
    return new InputStreamReader(
        bytes,
        encoding
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /**
   * @param file a local file
   * @return true when its first bytes are the gzip magic number
   * @throws IOException when the file cannot be read
   */
  static boolean isGzip(java.nio.file.Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(java.nio.file.Files.newInputStream(file), 2)) {
      return startsWithGzipMagic(in);
    }
  }

  private static boolean startsWithGzipMagic(InputStream bytes) throws IOException {
    bytes.mark(2);
    int first = bytes.read();
    int second = bytes.read();
    bytes.reset();
    return first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2;
  }
}
