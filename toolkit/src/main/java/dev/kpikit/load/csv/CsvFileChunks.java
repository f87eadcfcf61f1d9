package dev.kpikit.load.csv;

import dev.kpikit.load.source.RecordReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A local, uncompressed CSV file in an ASCII-compatible encoding (UTF-8, ISO-8859-1, US-ASCII),
 * split into chunks at line starts that can be read in parallel with {@link CsvChunkReader}s. Chunks
 * are sized by the file: about eight per processor, between 4 and 32 MiB each.
 *
 * <p>Chunks are planned at line starts, without knowing whether a line break is inside a quoted
 * field. The reader of chunk {@code k} reads the records that start before the planned start of
 * chunk {@code k + 1} and says where it stopped ({@link CsvChunkReader#end()}); when that is not
 * the planned start (a quoted field crossed it, or blank lines did), the caller reads chunk {@code
 * k + 1} again from there. So records, fields and line numbers are exactly those of {@link
 * CsvRecordReader}; only the order in which the work is done changes.
 *
 * <p>Opening validates the header with {@link CsvRecordReader}, so a missing, empty or malformed
 * file fails with the same {@link dev.kpikit.load.DataException}.
 *
 * @since 0.1.0
 */
public final class CsvFileChunks implements AutoCloseable {
  /** Asks {@link #open(Path, Charset, Character, int)} to size chunks by the file's size. */
  public static final int AUTO_CHUNK_BYTES = 0;

  /** The smallest and largest planned chunk when sized by the file. */
  private static final int MIN_CHUNK_BYTES = 4 << 20;
  private static final int MAX_CHUNK_BYTES = 32 << 20;
  /** Chunks per processor when sized by the file: enough for the threads to finish together. */
  private static final int CHUNKS_PER_THREAD = 8;

  private static final Set<Charset> ASCII_COMPATIBLE =
      Set.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII);
  private static final int PROBE_BYTES = 1 << 16;
  private static final int SLACK_BYTES = 1 << 16;
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String sourceName;
  private final Charset encoding;
  private final char delimiter;
  private final List<String> header;
  private final FileChannel channel;
  private final long[] starts;
  private final long firstLine;
  private final boolean afterCr;

  private CsvFileChunks(
      String sourceName,
      Charset encoding,
      char delimiter,
      List<String> header,
      FileChannel channel,
      long[] starts,
      long firstLine,
      boolean afterCr) {
    this.sourceName = sourceName;
    this.encoding = encoding;
    this.delimiter = delimiter;
    this.header = header;
    this.channel = channel;
    this.starts = starts;
    this.firstLine = firstLine;
    this.afterCr = afterCr;
  }

  /**
   * Opens a file for chunked reading, when it can be read that way.
   *
   * @param file a local file
   * @param encoding its encoding
   * @param delimiterOrNull the delimiter, or null to sniff it as {@link CsvRecordReader} does
   * @return the chunks, or null when the file must be read with {@link CsvRecordReader} (gzip,
   *     another encoding, a delimiter outside ASCII)
   * @throws dev.kpikit.load.DataException as {@link CsvRecordReader#open(Path, Charset,
   *     Character)} for a missing, empty or malformed file
   * @throws IOException when the file cannot be read
   */
  public static CsvFileChunks open(Path file, Charset encoding, Character delimiterOrNull)
      throws IOException {
    return open(file, encoding, delimiterOrNull, AUTO_CHUNK_BYTES);
  }

  /**
   * The planned chunk size for a file: large chunks mean fewer values seen again in each chunk (a
   * customer id is looked up once per chunk it appears in), small ones keep every processor busy
   * to the end; {@value #CHUNKS_PER_THREAD} chunks per processor, between 4 and 32 MiB.
   *
   * @param fileBytes the file's size
   * @param threads the processors that parse chunks
   * @return the planned size of a chunk in bytes
   */
  static int chunkBytesFor(long fileBytes, int threads) {
    long even = fileBytes / Math.max(1, (long) threads * CHUNKS_PER_THREAD);
    return (int) Math.max(MIN_CHUNK_BYTES, Math.min(MAX_CHUNK_BYTES, even));
  }

  /**
   * Opens a file for chunked reading with chunks of a given size (small chunks test the crossing
   * of chunk starts by quoted fields).
   *
   * @param file a local file
   * @param encoding its encoding
   * @param delimiterOrNull the delimiter, or null to sniff it
   * @param chunkBytes the planned size of a chunk, at least 1, or {@link #AUTO_CHUNK_BYTES}
   * @return the chunks, or null when the file must be read with {@link CsvRecordReader}
   * @throws IOException when the file cannot be read
   */
  public static CsvFileChunks open(
      Path file, Charset encoding, Character delimiterOrNull, int chunkBytes) throws IOException {
    if (chunkBytes == AUTO_CHUNK_BYTES) {
      chunkBytes = chunkBytesFor(Files.size(file), Runtime.getRuntime().availableProcessors());
    }
    if (chunkBytes < 1) {
      throw new IllegalArgumentException("chunkBytes must be positive, got " + chunkBytes);
    }
    List<String> header;
    char delimiter;
    try (CsvRecordReader reader = CsvRecordReader.open(file, encoding, delimiterOrNull)) {
      header = reader.header();
      delimiter = reader.delimiter();
    }
    if (!ASCII_COMPATIBLE.contains(encoding) || delimiter >= 0x80 || CsvInput.isGzip(file)) {
      return null;
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      CsvFileChunks chunks = plan(file.toString(), encoding, delimiter, header, channel, chunkBytes);
      if (chunks == null) {
        channel.close();
      }
      return chunks;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static CsvFileChunks plan(
      String sourceName,
      Charset encoding,
      char delimiter,
      List<String> header,
      FileChannel channel,
      int chunkBytes)
      throws IOException {
    long bom = encoding.equals(StandardCharsets.UTF_8) && startsWithBom(channel) ? UTF8_BOM.length : 0;
    ByteWindow window = new ByteWindow(channel, bom, PROBE_BYTES);
    CsvByteTokenizer tokenizer = new CsvByteTokenizer(window, delimiter, CsvLimits.DEFAULT, 1, false);
    CsvChunkReader reader = new CsvChunkReader(window, tokenizer, Long.MAX_VALUE, encoding);
    try {
      if (!reader.next() || reader.size() != header.size()) {
        return null;
      }
      for (int i = 0; i < header.size(); i++) {
        if (!reader.text(i).equals(header.get(i))) {
          return null;
        }
      }
    } catch (CsvChunkReader.Unusual e) {
      return null;
    }
    long dataStart = reader.end();
    long[] starts = lineStarts(channel, dataStart, chunkBytes);
    return new CsvFileChunks(
        sourceName, encoding, delimiter, header, channel, starts, reader.endLine(), reader.endsAfterCr());
  }

  private static boolean startsWithBom(FileChannel channel) throws IOException {
    ByteWindow first = new ByteWindow(channel, 0, UTF8_BOM.length);
    byte[] b = first.bytes();
    return first.limit() == UTF8_BOM.length && b[0] == UTF8_BOM[0] && b[1] == UTF8_BOM[1] && b[2] == UTF8_BOM[2];
  }

  /** The planned chunk starts: the data start, then the first line start after each step. */
  private static long[] lineStarts(FileChannel channel, long dataStart, int chunkBytes)
      throws IOException {
    long size = channel.size();
    List<Long> starts = new ArrayList<>();
    starts.add(dataStart);
    long next = dataStart + chunkBytes;
    while (next < size) {
      long lineStart = lineStartFrom(channel, next);
      if (lineStart >= size) {
        break;
      }
      starts.add(lineStart);
      next = lineStart + chunkBytes;
    }
    starts.add(size);
    return starts.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * The offset after the first LF at or after {@code from}, or the file size. Reads a fixed-size
   * block at a time, so a line of any length costs {@value #PROBE_BYTES} bytes of memory.
   */
  private static long lineStartFrom(FileChannel channel, long from) throws IOException {
    ByteBuffer probe = ByteBuffer.allocate(PROBE_BYTES);
    long size = channel.size();
    for (long offset = from; offset < size; ) {
      probe.clear();
      int n = channel.read(probe, offset);
      if (n < 0) {
        break;
      }
      byte[] b = probe.array();
      for (int p = 0; p < n; p++) {
        if (b[p] == '\n') {
          return offset + p + 1;
        }
      }
      offset += n;
    }
    return size;
  }

  /** @return the file name used in messages */
  public String sourceName() {
    return sourceName;
  }

  /** @return the header, as {@link CsvRecordReader#header()} */
  public List<String> header() {
    return header;
  }

  /** @return the delimiter given or sniffed */
  public char delimiter() {
    return delimiter;
  }

  /** @return the number of planned chunks (at least 1) */
  public int count() {
    return starts.length - 1;
  }

  /**
   * @param k a chunk index below {@link #count()}
   * @return the planned start of chunk {@code k}: a line start; for chunk 0, where the data starts
   */
  public long plannedStart(int k) {
    return starts[k];
  }

  /**
   * @param k a chunk index below {@link #count()}
   * @return where chunk {@code k}'s records stop: the planned start of the next chunk, or the file
   *     size
   */
  public long plannedStop(int k) {
    return starts[k + 1];
  }

  /** @return the line number where the data (the records after the header) starts */
  public long firstLine() {
    return firstLine;
  }

  /** @return whether the header ends with a CR, so a LF at the data start belongs to it */
  public boolean firstLineAfterCr() {
    return afterCr;
  }

  /**
   * Reads the records that start in {@code [start, stop)}.
   *
   * @param start a record start (or a line start that is a record start when the previous chunk
   *     ends there)
   * @param stop where the next chunk's records start
   * @param line the line number of {@code start}
   * @param startsAfterCr whether the byte before {@code start} is a CR ending a line
   * @return the reader, before its first record
   * @throws IOException when the file cannot be read
   */
  public CsvChunkReader read(long start, long stop, long line, boolean startsAfterCr)
      throws IOException {
    return read(start, stop, line, startsAfterCr, null);
  }

  /**
   * As {@link #read(long, long, long, boolean)}, reading into an array a finished reader no longer
   * uses ({@link CsvChunkReader#buffer()}) when it is large enough: fewer fresh pages of memory.
   *
   * @param spare a finished reader's buffer, or null
   * @throws IOException when the file cannot be read
   */
  public CsvChunkReader read(long start, long stop, long line, boolean startsAfterCr, byte[] spare)
      throws IOException {
    // A chunk of one huge line is not read whole up front: the window grows only as records need.
    long planned = Math.min(stop - start, MAX_CHUNK_BYTES);
    ByteWindow window = new ByteWindow(channel, start, (int) planned + SLACK_BYTES, spare);
    CsvByteTokenizer tokenizer =
        new CsvByteTokenizer(window, delimiter, CsvLimits.DEFAULT, line, startsAfterCr);
    return new CsvChunkReader(window, tokenizer, stop, encoding);
  }

  /**
   * Reads the rest of the file with the streaming reader, for records a {@link CsvChunkReader}
   * leaves to it.
   *
   * @param start a record start
   * @param line its line number
   * @param startsAfterCr whether the byte before {@code start} is a CR ending a line
   * @return a reader of the records from {@code start} to the end of the file
   * @throws IOException when the file cannot be read
   */
  public RecordReader streamFrom(long start, long line, boolean startsAfterCr) throws IOException {
    InputStream in = Channels.newInputStream(channel.position(start));
    InputStream unclosed = new java.io.FilterInputStream(new java.io.BufferedInputStream(in, 1 << 16)) {
      @Override
      public void close() {
        // The channel belongs to this object and is closed with it.
      }
    };
    return CsvRecordReader.continuing(unclosed, sourceName, encoding, delimiter, header, line, startsAfterCr);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
