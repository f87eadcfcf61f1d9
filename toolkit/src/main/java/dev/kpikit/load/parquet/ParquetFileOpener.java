package dev.kpikit.load.parquet;

import dev.kpikit.load.DataException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.HadoopParquetConfiguration;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * Opens a Parquet file's footer and checks, before any row is read, that the requested column
 * chunks can be read: not encrypted, compressed with a codec that is on the classpath. A missing
 * codec thus fails at once, before any page is decompressed.
 */
final class ParquetFileOpener {
  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENCRYPTED_MAGIC = "PARE".getBytes(StandardCharsets.US_ASCII);
  private static final int MAGIC_LENGTH = 4;

  private ParquetFileOpener() {}

  /**
   * The read options of every kpikit Parquet reader: page checksums, when the writer stored them,
   * are verified so that a corrupted page fails instead of yielding wrong numbers.
   *
   * <p>The codecs get an empty Hadoop configuration, without Hadoop's default resources: from any
   * other configuration, Parquet's codec factory builds a {@code new Configuration()}, which parses
   * {@code core-default.xml} the first time a codec reads a setting (Snappy's buffer size, at the
   * first page), on every reader of every thread: 50-100 ms at the start of each load. The codecs
   * read no setting but their buffer sizes, whose defaults are those of the default resources.
   *
   * @return the options
   */
  static ParquetReadOptions readOptions() {
    return ParquetReadOptions.builder(new HadoopParquetConfiguration(new Configuration(false)))
        .usePageChecksumVerification(true)
        .build();
  }

  /** What to make of a file opened and checked by {@link #openChecked}. */
  interface Checked<T> {
    /**
     * @param file the open file, its footer read
     * @param schema the file's schema
     * @param selected the projected top-level column names, in file order, every chunk checked
     * @return the reader built on the file, which then owns it
     */
    T make(ParquetFileReader file, MessageType schema, List<String> selected);
  }

  /**
   * Opens a file, selects the projected columns and checks their chunks (codecs available) before
   * any row is read, then builds a reader on it; the file is closed when any step fails.
   *
   * @param pathOrUri a local path or a Hadoop URI
   * @param projection the top-level column names to read; null or empty for all columns
   * @param make builds the reader
   * @return the reader
   * @throws DataException when the file cannot be read or a requested column is missing, nested, of
   *     an unsupported type or compressed with an unavailable codec
   */
  static <T> T openChecked(String pathOrUri, List<String> projection, Checked<T> make) {
    ParquetReadOptions options = readOptions();
    ParquetFileReader file = open(pathOrUri, ParquetInput.resolve(pathOrUri), options);
    try {
      MessageType schema = file.getFooter().getFileMetaData().getSchema();
      List<String> selected = ParquetProjection.select(pathOrUri, schema, projection);
      checkColumnChunks(pathOrUri, file, selected, options.getCodecFactory());
      return make.make(file, schema, selected);
    } catch (RuntimeException e) {
      ParquetRecordReader.closeAfterFailure(file, e);
      throw e;
    }
  }

  /**
   * @param source the file name for messages
   * @param input the file
   * @param options the read options
   * @return a reader positioned before the first row group, its footer read
   * @throws DataException when the file is not Parquet, encrypted, or its footer is unreadable
   */
  static ParquetFileReader open(String source, InputFile input, ParquetReadOptions options) {
    try {
      return ParquetFileReader.open(input, options);
    } catch (NoSuchFileException | FileNotFoundException e) {
      throw ParquetErrors.notFound(source);
    } catch (IOException | RuntimeException e) {
      throw footerFailure(source, input, e);
    }
  }

  /**
   * Checks every chunk of the selected columns (nested ones included) in every row group.
   *
   * @param source the file name for messages
   * @param file the open file
   * @param selected the requested top-level column names
   * @param codecs the codec factory the file will be decompressed with
   * @throws DataException naming the first encrypted chunk or unavailable codec
   */
  static void checkColumnChunks(
      String source,
      ParquetFileReader file,
      List<String> selected,
      CompressionCodecFactory codecs) {
    Set<CompressionCodecName> available = EnumSet.noneOf(CompressionCodecName.class);
    forEachChunk(file.getRowGroups(), selected, (column, chunk) -> {
      if (chunk.isEncrypted()) {
        throw ParquetErrors.encrypted(source, column, null);
      }
      CompressionCodecName codec = chunk.getCodec();
      if (!available.contains(codec)) {
        checkCodec(source, column, codec, codecs);
        available.add(codec);
      }
    });
  }

  /**
   * Calls {@code action} with every chunk of the selected columns (nested ones included) in every
   * row group, in file order, and the top-level column it belongs to.
   */
  static void forEachChunk(
      List<BlockMetaData> rowGroups,
      List<String> selected,
      BiConsumer<String, ColumnChunkMetaData> action) {
    Set<String> projected = Set.copyOf(selected);
    for (BlockMetaData rowGroup : rowGroups) {
      for (ColumnChunkMetaData chunk : rowGroup.getColumns()) {
        String column = chunk.getPath().toArray()[0];
        if (projected.contains(column)) {
          action.accept(column, chunk);
        }
      }
    }
  }

  private static void checkCodec(
      String source, String column, CompressionCodecName codec, CompressionCodecFactory codecs) {
    try {
      codecs.getDecompressor(codec);
    } catch (RuntimeException | LinkageError e) {
      // a codec class or its native library missing from the classpath
      throw ParquetErrors.unsupportedCodec(source, column, codec, e);
    }
  }

  private static DataException footerFailure(String source, InputFile input, Exception cause) {
    if (ParquetErrors.isEncryption(cause)) {
      return ParquetErrors.encrypted(source, null, cause);
    }
    byte[] head = new byte[MAGIC_LENGTH];
    byte[] tail = new byte[MAGIC_LENGTH];
    try {
      readEnds(input, head, tail);
    } catch (IOException e) {
      cause.addSuppressed(e);
      return ParquetErrors.corruptFooter(source, cause);
    }
    if (!isMagic(head)) {
      return ParquetErrors.notParquet(source, cause);
    }
    if (!isMagic(tail)) {
      return ParquetErrors.truncated(source, cause);
    }
    return ParquetErrors.corruptFooter(source, cause);
  }

  /** Reads the first and last bytes of the file; leaves them zero when the file is too short. */
  private static void readEnds(InputFile input, byte[] head, byte[] tail) throws IOException {
    try (SeekableInputStream in = input.newStream()) {
      long length = input.getLength();
      if (length >= head.length) {
        in.readFully(head);
      }
      if (length >= head.length + tail.length) {
        in.seek(length - tail.length);
        in.readFully(tail);
      }
    }
  }

  private static boolean isMagic(byte[] bytes) {
    return Arrays.equals(bytes, MAGIC) || Arrays.equals(bytes, ENCRYPTED_MAGIC);
  }
}
