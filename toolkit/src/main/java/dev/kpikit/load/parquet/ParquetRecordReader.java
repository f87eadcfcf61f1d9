package dev.kpikit.load.parquet;

import dev.kpikit.load.DataException;
import dev.kpikit.load.source.RecordReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;

/**
 * Reads the rows of one Parquet file, decoding only the requested flat columns.
 *
 * <pre>{@code
 * List<String> names = ParquetRecordReader.columns("orders.parquet");
 * try (ParquetRecordReader r = ParquetRecordReader.open("orders.parquet", List.of("id", "total"))) {
 *   while (r.next()) {
 *     Object total = r.value(r.header().indexOf("total"));
 *   }
 * }
 * }</pre>
 *
 * <p>Values by Parquet type: BOOLEAN → {@link Boolean}; INT32 (also INT(8/16/32) signed, UINT8,
 * UINT16) → {@link Integer}; UINT32 → {@link Long}; INT64 (also INT(64) signed) → {@link Long};
 * UINT64 → {@link Long}, or an exact {@link java.math.BigDecimal} above {@link Long#MAX_VALUE};
 * FLOAT and FLOAT16 → {@link Float}; DOUBLE → {@link Double}; DECIMAL on INT32, INT64, BINARY or
 * FIXED_LEN_BYTE_ARRAY → {@link java.math.BigDecimal} with the declared scale; STRING, ENUM, JSON
 * and BINARY or FIXED_LEN_BYTE_ARRAY without annotation → {@link String} (UTF-8, malformed bytes
 * replaced by U+FFFD); UUID → its {@link String} form; DATE → {@link java.time.LocalDate};
 * TIMESTAMP(MILLIS, MICROS or NANOS) adjusted to UTC → {@link java.time.Instant}, not adjusted →
 * {@link java.time.LocalDateTime}; INT96 (legacy Impala/Spark timestamps) → {@link
 * java.time.Instant}; TIME → {@link java.time.LocalTime}. A null is {@code null}.
 *
 * <p>Failures are {@link DataException}s naming the file and, where known, the column: a missing
 * file, a file that is not Parquet, an encrypted file, a corrupt or truncated file (page checksums
 * are verified when present), a compression codec that is not on the classpath (checked before any
 * row is read; SNAPPY, GZIP, ZSTD, LZ4_RAW work out of the box), and a requested column that is
 * nested (LIST, MAP, struct, repeated) or of an unsupported type (INTERVAL, BSON). Columns not
 * requested are never checked, so the flat columns of a file with nested ones can be read. A TIME
 * value outside one day does not stop the file: the row reports it through {@link #error()}.
 *
 * <p>Not thread-safe. Parquet's own logging is never asked to log values.
 *
 * @since 0.1.0
 */
public final class ParquetRecordReader implements RecordReader {
  private final String source;
  private final ParquetFileReader file;
  private final ParquetProjection projection;
  private final ValueConverter[] converters;
  private final String createdBy;
  private final ColumnDescriptor[] descriptors;
  private final int[] maxDefinitionLevels;
  private final ColumnReader[] columns;
  private final Object[] values;
  private long rowsLeftInGroup;
  private long row;
  private String error;

  private ParquetRecordReader(String source, ParquetFileReader file, ParquetProjection projection) {
    this.source = source;
    this.file = file;
    this.projection = projection;
    this.converters = projection.converters();
    this.createdBy = file.getFooter().getFileMetaData().getCreatedBy();
    List<ColumnDescriptor> leaves = projection.schema().getColumns();
    this.descriptors = leaves.toArray(new ColumnDescriptor[0]);
    this.maxDefinitionLevels = new int[descriptors.length];
    for (int i = 0; i < descriptors.length; i++) {
      maxDefinitionLevels[i] = descriptors[i].getMaxDefinitionLevel();
    }
    this.columns = new ColumnReader[descriptors.length];
    this.values = new Object[descriptors.length];
  }

  /**
   * The top-level column names of a Parquet file, nested ones included, read from its footer only.
   *
   * @param pathOrUri a local path or a Hadoop URI ({@code file:}, {@code hdfs:}, {@code s3a:} with
   *     its connector on the classpath)
   * @return the names in file order
   * @throws DataException when the file is missing, not Parquet, encrypted or has a corrupt footer
   * @throws UncheckedIOException when closing the file fails
   */
  public static List<String> columns(String pathOrUri) {
    ParquetReadOptions options = ParquetFileOpener.readOptions();
    try (ParquetFileReader file =
        ParquetFileOpener.open(pathOrUri, ParquetInput.resolve(pathOrUri), options)) {
      return ParquetProjection.fieldNames(file.getFooter().getFileMetaData().getSchema());
    } catch (IOException e) {
      throw new UncheckedIOException(pathOrUri + ": cannot close the file", e);
    }
  }

  /**
   * The top-level columns of a Parquet file that kpikit can read: primitive, not repeated (nested
   * LIST, MAP and struct columns left out), read from the footer only.
   *
   * @param pathOrUri a local path or a Hadoop URI
   * @return the names in file order
   * @throws DataException as {@link #columns(String)}
   */
  public static List<String> flatColumns(String pathOrUri) {
    ParquetReadOptions options = ParquetFileOpener.readOptions();
    try (ParquetFileReader file =
        ParquetFileOpener.open(pathOrUri, ParquetInput.resolve(pathOrUri), options)) {
      return ParquetProjection.flatFieldNames(file.getFooter().getFileMetaData().getSchema());
    } catch (IOException e) {
      throw new UncheckedIOException(pathOrUri + ": cannot close the file", e);
    }
  }

  /**
   * Opens a Parquet file for reading the given columns.
   *
   * @param pathOrUri a local path or a Hadoop URI ({@code file:}, {@code hdfs:}, {@code s3a:} with
   *     its connector on the classpath)
   * @param projection the top-level column names to read; null or empty for all columns. The
   *     {@link #header()} lists them in file order whatever the order asked for.
   * @return a reader positioned before the first row
   * @throws DataException when the file cannot be read or a requested column is missing, nested,
   *     of an unsupported type or compressed with an unavailable codec
   */
  public static ParquetRecordReader open(String pathOrUri, List<String> projection) {
    return ParquetFileOpener.openChecked(
        pathOrUri,
        projection,
        (file, schema, selected) -> {
          ParquetProjection columns = ParquetProjection.of(pathOrUri, schema, selected);
          file.setRequestedSchema(columns.schema());
          return new ParquetRecordReader(pathOrUri, file, columns);
        });
  }

  /**
   * As {@link #open(String, List)}, positioned before the first row of row group {@code
   * firstGroup}: rows are numbered as in the whole file.
   */
  static ParquetRecordReader open(String pathOrUri, List<String> projection, int firstGroup) {
    ParquetRecordReader reader = open(pathOrUri, projection);
    try {
      List<BlockMetaData> blocks = reader.file.getRowGroups();
      for (int g = 0; g < firstGroup; g++) {
        reader.row += blocks.get(g).getRowCount();
        reader.file.skipNextRowGroup();
      }
      return reader;
    } catch (RuntimeException e) {
      closeAfterFailure(reader.file, e);
      throw e;
    }
  }

  /** @return the projected column names, in file order */
  @Override
  public List<String> header() {
    return projection.names();
  }

  /**
   * Advances to the next row, reading the next row group when the current one is done.
   *
   * @return false after the last row
   * @throws DataException when a page is corrupt, truncated or fails its checksum
   */
  @Override
  public boolean next() {
    while (rowsLeftInGroup == 0) {
      if (!nextRowGroup()) {
        return false;
      }
    }
    rowsLeftInGroup--;
    row++;
    error = null;
    int i = 0;
    try {
      for (; i < columns.length; i++) {
        readValue(i);
      }
    } catch (RuntimeException e) {
      throw failure(projection.names().get(i), row, e);
    }
    return true;
  }

  /** @return the 1-based row number of the current row, counted across row groups */
  @Override
  public long line() {
    return row;
  }

  /** @return the number of projected columns, the same for every row */
  @Override
  public int size() {
    return values.length;
  }

  /**
   * @param i 0-based index into {@link #header()}
   * @return the value as mapped in the class description, or null
   */
  @Override
  public Object value(int i) {
    return values[i];
  }

  /** @return which TIME value of the current row lies outside one day, or null */
  @Override
  public String error() {
    return error;
  }

  /** @return the path or URI the reader was opened with */
  @Override
  public String sourceName() {
    return source;
  }

  /**
   * Closes the file.
   *
   * @throws IOException when closing the underlying stream fails
   */
  @Override
  public void close() throws IOException {
    file.close();
  }

  private boolean nextRowGroup() {
    try {
      PageReadStore pages = file.readNextRowGroup();
      if (pages == null) {
        return false;
      }
      rowsLeftInGroup = pages.getRowCount();
      if (rowsLeftInGroup > 0) {
        ColumnReadStoreImpl store =
            new ColumnReadStoreImpl(
                pages, new RowConverter(converters), projection.schema(), createdBy);
        for (int i = 0; i < columns.length; i++) {
          columns[i] = store.getColumnReader(descriptors[i]);
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      throw failure(null, row + 1, e);
    }
  }

  private void readValue(int i) {
    ColumnReader column = columns[i];
    if (column.getCurrentDefinitionLevel() < maxDefinitionLevels[i]) {
      values[i] = null;
    } else {
      try {
        column.writeCurrentValueToConverter();
        values[i] = converters[i].value;
      } catch (DateTimeException | ArithmeticException e) {
        values[i] = null;
        error = "column '" + projection.names().get(i) + "': " + e.getMessage();
      }
    }
    column.consume();
  }

  private DataException failure(String column, long atRow, Exception cause) {
    if (ParquetErrors.isEncryption(cause)) {
      return ParquetErrors.encrypted(source, column, cause);
    }
    return ParquetErrors.corruptData(source, column, atRow, cause);
  }

  /** Closes a file after {@code failure}, keeping a failure to close as a suppressed one. */
  static void closeAfterFailure(ParquetFileReader file, RuntimeException failure) {
    try {
      file.close();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /** Hands each projected column's values to its {@link ValueConverter} (also for row groups). */
  static final class RowConverter extends GroupConverter {
    private final Converter[] fields;

    RowConverter(Converter[] fields) {
      this.fields = fields;
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return fields[fieldIndex];
    }

    @Override
    public void start() {}

    @Override
    public void end() {}
  }
}
