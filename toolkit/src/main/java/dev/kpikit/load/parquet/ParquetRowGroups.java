package dev.kpikit.load.parquet;

import dev.kpikit.load.DataException;
import java.io.Closeable;
import java.io.IOException;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.MessageType;

/**
 * The row groups of one Parquet file, decoded column by column into {@link ParquetVector}s: the
 * columnar counterpart of {@link ParquetRecordReader}, with the same projection, the same checks
 * when opened and the same values.
 *
 * <pre>{@code
 * try (ParquetRowGroups groups = ParquetRowGroups.open("orders.parquet", null);
 *     ParquetRowGroups.Cursor cursor = groups.newCursor(4096)) {
 *   for (int g = 0; g < groups.count(); g++) {
 *     cursor.open(g);
 *     for (int n; (n = cursor.decode()) > 0; ) {
 *       ParquetVector total = cursor.vector(groups.header().indexOf("total"));
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Flat INT32, DATE, INT64, DOUBLE and BINARY text columns are decoded a page at a time by
 * {@link PageColumn} (levels and dictionary ids in bulk, no call per value); the other columns
 * through Parquet's column reader.
 *
 * <p>Each {@link Cursor} reads through its own file handle and decompressors, so cursors may decode
 * different row groups on different threads. A cursor that cannot read or decode a row group (a
 * corrupt page, a failed checksum) throws {@link Undecodable}; {@link #rowReaderFrom(int)} then
 * reads the file row by row from that row group, and reports the failure as {@link
 * ParquetRecordReader} always does, at its row and column.
 *
 * @since 0.1.0
 */
public final class ParquetRowGroups implements Closeable {
  private final String source;
  private final ParquetFileReader file;
  private final MessageType fileSchema;
  private final List<String> selected;
  private final ParquetProjection projection;
  private final List<BlockMetaData> blocks;
  private final long[] firstRows;

  private ParquetRowGroups(
      String source, ParquetFileReader file, MessageType fileSchema, List<String> selected) {
    this.source = source;
    this.file = file;
    this.fileSchema = fileSchema;
    this.selected = selected;
    this.projection = ParquetProjection.of(source, fileSchema, selected);
    this.blocks = file.getRowGroups();
    this.firstRows = new long[blocks.size() + 1];
    for (int g = 0; g < blocks.size(); g++) {
      firstRows[g + 1] = firstRows[g] + blocks.get(g).getRowCount();
    }
  }

  /**
   * Opens a Parquet file for reading the given columns, with the checks of {@link
   * ParquetRecordReader#open(String, List)}.
   *
   * @param pathOrUri a local path or a Hadoop URI
   * @param projection the top-level column names to read; null or empty for all columns
   * @return the file's row groups, none decoded yet
   * @throws DataException as {@link ParquetRecordReader#open(String, List)}
   */
  public static ParquetRowGroups open(String pathOrUri, List<String> projection) {
    return ParquetFileOpener.openChecked(
        pathOrUri,
        projection,
        (file, schema, selected) -> new ParquetRowGroups(pathOrUri, file, schema, selected));
  }

  /** @return the path or URI the file was opened with */
  public String sourceName() {
    return source;
  }

  /** @return the projected column names, in file order */
  public List<String> header() {
    return projection.names();
  }

  /** @return the number of row groups, empty ones included */
  public int count() {
    return blocks.size();
  }

  /** @return the number of rows of row group {@code group} */
  public long rows(int group) {
    return firstRows[group + 1] - firstRows[group];
  }

  /** @return the number of rows before row group {@code group} */
  public long firstRow(int group) {
    return firstRows[group];
  }

  /**
   * @param sliceRows the most rows one {@link Cursor#decode()} decodes
   * @return a new cursor with its own file handle, for one thread; close it after use
   * @throws DataException when the file can no longer be opened
   */
  public Cursor newCursor(int sliceRows) {
    return new Cursor(sliceRows);
  }

  /**
   * A row reader of the same columns positioned before the first row of row group {@code group},
   * numbering rows from {@link #firstRow(int) firstRow(group)} + 1.
   *
   * @param group a row group index
   * @return the reader; close it after use
   * @throws DataException as {@link ParquetRecordReader#open(String, List)}
   */
  public ParquetRecordReader rowReaderFrom(int group) {
    return ParquetRecordReader.open(source, selected, group);
  }

  /**
   * Compresses and decompresses a small block with each codec the projected columns' chunks use,
   * so that the codecs' classes are initialised and their native libraries loaded (Snappy's is
   * unpacked into a temporary file and loaded on first use). Changes nothing; a codec that fails
   * here fails again, and is reported, when the rows are read.
   */
  public void warmUpCodecs() {
    Set<CompressionCodecName> codecs = EnumSet.noneOf(CompressionCodecName.class);
    ParquetFileOpener.forEachChunk(blocks, selected, (column, chunk) -> codecs.add(chunk.getCodec()));
    CompressionCodecFactory factory = ParquetFileOpener.readOptions().getCodecFactory();
    try {
      byte[] block = new byte[256];
      for (CompressionCodecName codec : codecs) {
        BytesInput compressed = BytesInput.copy(factory.getCompressor(codec).compress(BytesInput.from(block)));
        factory.getDecompressor(codec).decompress(compressed, block.length).toByteArray();
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      // the read reports it, at the column it concerns
    } finally {
      factory.release();
    }
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

  /**
   * Decodes the row groups it is {@linkplain #open(int) opened} on, a slice of rows at a time, into
   * one {@link ParquetVector} per projected column. Not thread-safe: one cursor per thread.
   */
  public final class Cursor implements Closeable {
    private final ParquetFileReader reader;
    private final ParquetProjection columns;
    private final ColumnDescriptor[] descriptors;
    private final int[] maxDefinitionLevels;
    private final ParquetVector.Kind[] kinds;
    private final Converter[] converters;
    private final ColumnReader[] readers;
    private final boolean[] paged;
    private final PageColumn[] pageColumns;
    private final ParquetVector[] vectors;
    private final int sliceRows;
    private long rowsLeft;

    private Cursor(int sliceRows) {
      this.sliceRows = sliceRows;
      ParquetReadOptions options = ParquetFileOpener.readOptions();
      reader = ParquetFileOpener.open(source, ParquetInput.resolve(source), options);
      try {
        columns = ParquetProjection.of(source, fileSchema, selected);
        reader.setRequestedSchema(columns.schema());
      } catch (RuntimeException e) {
        ParquetRecordReader.closeAfterFailure(reader, e);
        throw e;
      }
      descriptors = columns.schema().getColumns().toArray(new ColumnDescriptor[0]);
      int n = descriptors.length;
      maxDefinitionLevels = new int[n];
      kinds = new ParquetVector.Kind[n];
      converters = new Converter[n];
      readers = new ColumnReader[n];
      paged = new boolean[n];
      pageColumns = new PageColumn[n];
      for (int i = 0; i < n; i++) {
        maxDefinitionLevels[i] = descriptors[i].getMaxDefinitionLevel();
        kinds[i] = ParquetVector.kindOf(descriptors[i].getPrimitiveType());
        paged[i] = PageColumn.handles(descriptors[i], kinds[i]);
      }
      vectors = new ParquetVector[n];
      for (int i = 0; i < n; i++) {
        vectors[i] = new ParquetVector(kinds[i], columns.names().get(i), sliceRows);
        converters[i] = converterFor(i, vectors[i]);
      }
    }

    /**
     * Reads row group {@code group} and positions the cursor before its first row.
     *
     * @throws Undecodable when the row group cannot be read
     */
    public void open(int group) {
      rowsLeft = 0;
      if (rows(group) == 0) {
        return;
      }
      try {
        PageReadStore pages = reader.readRowGroup(group);
        ColumnReadStoreImpl store =
            new ColumnReadStoreImpl(
                pages,
                new ParquetRecordReader.RowConverter(converters),
                columns.schema(),
                reader.getFooter().getFileMetaData().getCreatedBy());
        for (int i = 0; i < readers.length; i++) {
          if (paged[i]) {
            pageColumns[i] = PageColumn.open(descriptors[i], pages.getPageReader(descriptors[i]), kinds[i], vectors[i]);
          } else {
            readers[i] = store.getColumnReader(descriptors[i]);
          }
        }
        rowsLeft = pages.getRowCount();
      } catch (IOException | RuntimeException e) {
        throw new Undecodable(e);
      }
    }

    /**
     * Decodes the next rows of the open row group.
     *
     * @return the number of rows decoded into the vectors (at most the cursor's slice size), 0
     *     after the last row
     * @throws Undecodable when a page is corrupt, truncated or fails its checksum
     */
    public int decode() {
      int n = (int) Math.min(rowsLeft, sliceRows);
      if (n == 0) {
        return 0;
      }
      try {
        for (int i = 0; i < readers.length; i++) {
          vectors[i].clear();
          if (paged[i]) {
            pageColumns[i].decode(n);
          } else {
            decodeColumn(i, n);
          }
        }
      } catch (RuntimeException e) {
        throw new Undecodable(e);
      }
      rowsLeft -= n;
      return n;
    }

    /** @return the values of column {@code i} (an index into {@link #header()}) */
    public ParquetVector vector(int i) {
      return vectors[i];
    }

    /** @return the number of projected columns */
    public int size() {
      return readers.length;
    }

    /**
     * Closes the cursor's file handle.
     *
     * @throws IOException when closing the underlying stream fails
     */
    @Override
    public void close() throws IOException {
      // The open row group's pages are let go: a cursor may outlive the load in a thread-local.
      Arrays.fill(pageColumns, null);
      Arrays.fill(readers, null);
      rowsLeft = 0;
      reader.close();
    }

    private Converter converterFor(int i, ParquetVector vector) {
      return switch (kinds[i]) {
        case TEXT -> new TextConverter(vector);
        case OTHER -> columns.converters()[i];
        default -> new PrimitiveConverter() {};
      };
    }

    private void decodeColumn(int i, int n) {
      ColumnReader column = readers[i];
      ParquetVector v = vectors[i];
      int max = maxDefinitionLevels[i];
      switch (kinds[i]) {
        case BOOLEAN -> {
          for (int r = 0; r < n; r++) {
            if (column.getCurrentDefinitionLevel() < max) {
              v.setNull(r);
            } else {
              v.setLong(r, column.getBoolean() ? 1 : 0);
            }
            column.consume();
          }
        }
        case INT32, DATE -> {
          for (int r = 0; r < n; r++) {
            if (column.getCurrentDefinitionLevel() < max) {
              v.setNull(r);
            } else {
              v.setLong(r, column.getInteger());
            }
            column.consume();
          }
        }
        case INT64 -> {
          for (int r = 0; r < n; r++) {
            if (column.getCurrentDefinitionLevel() < max) {
              v.setNull(r);
            } else {
              v.setLong(r, column.getLong());
            }
            column.consume();
          }
        }
        case DOUBLE -> {
          for (int r = 0; r < n; r++) {
            if (column.getCurrentDefinitionLevel() < max) {
              v.setNull(r);
            } else {
              v.setDouble(r, column.getDouble());
            }
            column.consume();
          }
        }
        case TEXT -> {
          TextConverter text = (TextConverter) converters[i];
          for (int r = 0; r < n; r++) {
            if (column.getCurrentDefinitionLevel() < max) {
              v.setNull(r);
            } else {
              text.row = r;
              column.writeCurrentValueToConverter();
            }
            column.consume();
          }
        }
        case OTHER -> {
          ValueConverter converter = (ValueConverter) converters[i];
          String name = columns.names().get(i);
          for (int r = 0; r < n; r++) {
            if (column.getCurrentDefinitionLevel() < max) {
              v.setNull(r);
            } else {
              try {
                column.writeCurrentValueToConverter();
                v.setObject(r, converter.value, null);
              } catch (DateTimeException | ArithmeticException e) {
                v.setObject(r, null, "column '" + name + "': " + e.getMessage());
              }
            }
            column.consume();
          }
        }
      }
    }
  }

  /** Writes a TEXT column's values into its vector: dictionary entries, or plain bytes. */
  private static final class TextConverter extends PrimitiveConverter {
    private final ParquetVector vector;
    int row;

    TextConverter(ParquetVector vector) {
      this.vector = vector;
    }

    @Override
    public boolean hasDictionarySupport() {
      return true;
    }

    @Override
    public void setDictionary(Dictionary dictionary) {
      vector.setDictionary(dictionary);
    }

    @Override
    public void addValueFromDictionary(int dictionaryId) {
      vector.setEntry(row, dictionaryId);
    }

    @Override
    public void addBinary(Binary value) {
      vector.setBytes(row, value);
    }
  }

  /**
   * A row group that could not be read or decoded; the cause is what the Parquet reader threw.
   * Read the file row by row from that row group ({@link #rowReaderFrom(int)}) to report it.
   */
  public static final class Undecodable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Undecodable(Throwable cause) {
      super(cause);
    }
  }
}
