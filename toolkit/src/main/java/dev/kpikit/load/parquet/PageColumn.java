package dev.kpikit.load.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.io.ParquetDecodingException;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * One flat column chunk (no repetition levels) of an INT32, INT64, DOUBLE or BINARY text column,
 * decoded a page at a time into arrays and copied from them into a {@link ParquetVector}: the
 * definition levels and dictionary ids ({@code RLE} / bit-packed hybrid) and {@code PLAIN} values
 * are decoded here in bulk, without a call per value through Parquet's column reader; values of the
 * other encodings (the {@code DELTA_*} ones, {@code BYTE_STREAM_SPLIT}, levels in the deprecated
 * {@code BIT_PACKED}) through Parquet's own {@link ValuesReader}s, a page at a time as well.
 *
 * <p>Values are those of {@link org.apache.parquet.column.ColumnReader}: a value is null when its
 * definition level is below the column's maximum; a dictionary id outside the dictionary, a page
 * shorter than its values or a page missing before the row group's end throws a {@link
 * ParquetDecodingException} (or another runtime exception), which the cursor reports as an
 * undecodable row group.
 */
final class PageColumn {
  private final ColumnDescriptor descriptor;
  private final PageReader pages;
  private final ParquetVector.Kind kind;
  private final ParquetVector vector;
  private final int maxDefinition;
  private final int levelWidth;

  /** The chunk's dictionary, null when it has none; numbers decoded once per entry. */
  private Dictionary dictionary;
  private long[] dictionaryLongs;
  private double[] dictionaryDoubles;

  /** The current page: its rows, their levels (null when no row can be null), where we are. */
  private int pageRows;
  private int pageRow;
  private int[] levels = new int[0];
  private boolean levelsUsed;
  /** Its values (only those of defined rows), as dictionary ids or as decoded values. */
  private boolean dictionaryIds;
  private int value;
  private int[] ids = new int[0];
  private long[] longs = new long[0];
  private double[] doubles = new double[0];
  private byte[] bytes = new byte[0];
  private int[] starts = new int[0];
  private int[] lengths = new int[0];

  private PageColumn(
      ColumnDescriptor descriptor, PageReader pages, ParquetVector.Kind kind, ParquetVector vector) {
    this.descriptor = descriptor;
    this.pages = pages;
    this.kind = kind;
    this.vector = vector;
    this.maxDefinition = descriptor.getMaxDefinitionLevel();
    this.levelWidth = BytesUtils.getWidthFromMaxInt(maxDefinition);
  }

  /**
   * @return whether a column of this descriptor and kind is decoded here: a flat (not repeated)
   *     INT32, DATE, INT64 or DOUBLE column, or a text column stored as BINARY
   */
  static boolean handles(ColumnDescriptor descriptor, ParquetVector.Kind kind) {
    if (descriptor.getMaxRepetitionLevel() != 0) {
      return false;
    }
    return switch (kind) {
      case INT32, DATE, INT64, DOUBLE -> true;
      case TEXT -> descriptor.getPrimitiveType().getPrimitiveTypeName() == PrimitiveTypeName.BINARY;
      default -> false;
    };
  }

  /**
   * Starts decoding a column chunk: reads its dictionary page, if any.
   *
   * @param descriptor the column, {@linkplain #handles handled} here
   * @param pages the chunk's pages, none read yet
   * @param kind how the vector holds the values
   * @param vector where {@link #decode(int)} writes
   * @return the column, before its first row
   */
  static PageColumn open(
      ColumnDescriptor descriptor, PageReader pages, ParquetVector.Kind kind, ParquetVector vector) {
    PageColumn column = new PageColumn(descriptor, pages, kind, vector);
    column.readDictionary();
    return column;
  }

  private void readDictionary() {
    DictionaryPage page = pages.readDictionaryPage();
    if (page == null) {
      return;
    }
    try {
      dictionary = page.getEncoding().initDictionary(descriptor, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int size = dictionary.getMaxId() + 1;
    switch (kind) {
      case INT32, DATE -> {
        dictionaryLongs = new long[size];
        for (int i = 0; i < size; i++) {
          dictionaryLongs[i] = dictionary.decodeToInt(i);
        }
      }
      case INT64 -> {
        dictionaryLongs = new long[size];
        for (int i = 0; i < size; i++) {
          dictionaryLongs[i] = dictionary.decodeToLong(i);
        }
      }
      case DOUBLE -> {
        dictionaryDoubles = new double[size];
        for (int i = 0; i < size; i++) {
          dictionaryDoubles[i] = dictionary.decodeToDouble(i);
        }
      }
      default -> vector.setDictionary(dictionary);
    }
  }

  /**
   * Decodes the next {@code n} rows into rows 0 to n - 1 of the vector.
   *
   * @throws ParquetDecodingException when the pages end before these rows or are malformed
   */
  void decode(int n) {
    int r = 0;
    while (r < n) {
      if (pageRow == pageRows) {
        readPage();
        continue;
      }
      int end = r + Math.min(n - r, pageRows - pageRow);
      for (; r < end; r++, pageRow++) {
        if (levelsUsed && levels[pageRow] < maxDefinition) {
          vector.setNull(r);
        } else {
          write(r, value++);
        }
      }
    }
  }

  private void write(int row, int v) {
    switch (kind) {
      case INT32, DATE, INT64 -> vector.setLong(row, dictionaryIds ? dictionaryLongs[ids[v]] : longs[v]);
      case DOUBLE -> vector.setDouble(row, dictionaryIds ? dictionaryDoubles[ids[v]] : doubles[v]);
      default -> {
        if (dictionaryIds) {
          vector.setEntry(row, ids[v]);
        } else {
          vector.setBytes(row, bytes, starts[v], lengths[v]);
        }
      }
    }
  }

  private void readPage() {
    DataPage page = pages.readPage();
    if (page == null) {
      throw new ParquetDecodingException(
          "column " + descriptor + ": the pages end before the row group's last row");
    }
    pageRows = page.getValueCount();
    pageRow = 0;
    value = 0;
    try {
      if (page instanceof DataPageV1 v1) {
        ByteBufferInputStream in = v1.getBytes().toInputStream();
        int defined = readLevelsV1(v1, in);
        readValues(v1.getValueEncoding(), in, defined);
      } else if (page instanceof DataPageV2 v2) {
        if (v2.getRepetitionLevels().size() != 0) {
          throw new ParquetDecodingException("column " + descriptor + ": repetition levels in a flat column");
        }
        int defined = readLevelsV2(v2.getDefinitionLevels());
        readValues(v2.getDataEncoding(), v2.getData().toInputStream(), defined);
      } else {
        throw new ParquetDecodingException("column " + descriptor + ": unknown page " + page);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a V1 page's definition levels; @return the number of defined values */
  private int readLevelsV1(DataPageV1 page, ByteBufferInputStream in) throws IOException {
    levelsUsed = maxDefinition > 0;
    if (!levelsUsed) {
      return pageRows;
    }
    ensureLevels();
    if (page.getDlEncoding() == Encoding.RLE) {
      int length = BytesUtils.readIntLittleEndian(in);
      decodeLevels(in.slice(length));
    } else {
      ValuesReader reader = page.getDlEncoding().getValuesReader(descriptor, ValuesType.DEFINITION_LEVEL);
      reader.initFromPage(pageRows, in);
      for (int i = 0; i < pageRows; i++) {
        levels[i] = reader.readInteger();
      }
    }
    return countDefined();
  }

  /** Reads a V2 page's definition levels (always RLE, without a length); @return the defined values */
  private int readLevelsV2(BytesInput definitionLevels) throws IOException {
    levelsUsed = maxDefinition > 0;
    if (!levelsUsed) {
      return pageRows;
    }
    ensureLevels();
    decodeLevels(definitionLevels.toByteBuffer());
    return countDefined();
  }

  private void ensureLevels() {
    if (levels.length < pageRows) {
      levels = new int[pageRows];
    }
  }

  private void decodeLevels(ByteBuffer buffer) {
    Bytes b = Bytes.of(buffer);
    decodeHybrid(b.array, b.from, b.to, levelWidth, levels, pageRows);
  }

  private int countDefined() {
    int defined = 0;
    for (int i = 0; i < pageRows; i++) {
      if (levels[i] >= maxDefinition) {
        defined++;
      }
    }
    return defined;
  }

  private void readValues(Encoding encoding, ByteBufferInputStream in, int count) throws IOException {
    dictionaryIds = encoding.usesDictionary();
    if (dictionaryIds) {
      if (dictionary == null) {
        throw new ParquetDecodingException("column " + descriptor + ": a dictionary page is missing");
      }
      Bytes b = Bytes.of(in.slice(in.available()));
      if (count == 0) {
        return;
      }
      if (b.from >= b.to) {
        throw new ParquetDecodingException("column " + descriptor + ": the page has no dictionary ids");
      }
      int width = b.array[b.from] & 0xFF;
      if (ids.length < count) {
        ids = new int[count];
      }
      decodeHybrid(b.array, b.from + 1, b.to, width, ids, count);
      int size = dictionary.getMaxId() + 1;
      for (int i = 0; i < count; i++) {
        if (ids[i] < 0 || ids[i] >= size) {
          throw new ParquetDecodingException(
              "column " + descriptor + ": dictionary id " + ids[i] + " of a dictionary of " + size);
        }
      }
    } else if (encoding == Encoding.PLAIN) {
      readPlain(Bytes.of(in.slice(in.available())), count);
    } else {
      ValuesReader reader = encoding.getValuesReader(descriptor, ValuesType.VALUES);
      reader.initFromPage(pageRows, in);
      readWith(reader, count);
    }
  }

  private void readPlain(Bytes b, int count) {
    switch (kind) {
      case INT32, DATE -> {
        ByteBuffer le = b.littleEndian(4L * count);
        ensureLongs(count);
        for (int i = 0; i < count; i++) {
          longs[i] = le.getInt(b.from + 4 * i);
        }
      }
      case INT64 -> {
        ByteBuffer le = b.littleEndian(8L * count);
        ensureLongs(count);
        for (int i = 0; i < count; i++) {
          longs[i] = le.getLong(b.from + 8 * i);
        }
      }
      case DOUBLE -> {
        ByteBuffer le = b.littleEndian(8L * count);
        if (doubles.length < count) {
          doubles = new double[count];
        }
        for (int i = 0; i < count; i++) {
          doubles[i] = le.getDouble(b.from + 8 * i);
        }
      }
      default -> {
        ensureTexts(count);
        bytes = b.array;
        int p = b.from;
        for (int i = 0; i < count; i++) {
          if (p + 4 > b.to) {
            throw new ParquetDecodingException("column " + descriptor + ": the page ends inside a value");
          }
          int length =
              (bytes[p] & 0xFF)
                  | (bytes[p + 1] & 0xFF) << 8
                  | (bytes[p + 2] & 0xFF) << 16
                  | (bytes[p + 3] & 0xFF) << 24;
          p += 4;
          if (length < 0 || length > b.to - p) {
            throw new ParquetDecodingException("column " + descriptor + ": the page ends inside a value");
          }
          starts[i] = p;
          lengths[i] = length;
          p += length;
        }
      }
    }
  }

  /** Values of an encoding decoded by Parquet's own reader, one page at a time. */
  private void readWith(ValuesReader reader, int count) {
    switch (kind) {
      case INT32, DATE -> {
        ensureLongs(count);
        for (int i = 0; i < count; i++) {
          longs[i] = reader.readInteger();
        }
      }
      case INT64 -> {
        ensureLongs(count);
        for (int i = 0; i < count; i++) {
          longs[i] = reader.readLong();
        }
      }
      case DOUBLE -> {
        if (doubles.length < count) {
          doubles = new double[count];
        }
        for (int i = 0; i < count; i++) {
          doubles[i] = reader.readDouble();
        }
      }
      default -> {
        ensureTexts(count);
        Binary[] values = new Binary[count];
        int total = 0;
        for (int i = 0; i < count; i++) {
          values[i] = reader.readBytes();
          total += values[i].length();
        }
        bytes = new byte[total];
        int p = 0;
        for (int i = 0; i < count; i++) {
          int length = values[i].length();
          values[i].toByteBuffer().get(bytes, p, length);
          starts[i] = p;
          lengths[i] = length;
          p += length;
        }
      }
    }
  }

  private void ensureLongs(int count) {
    if (longs.length < count) {
      longs = new long[count];
    }
  }

  private void ensureTexts(int count) {
    if (starts.length < count) {
      starts = new int[count];
      lengths = new int[count];
    }
  }

  /**
   * Decodes {@code count} values of Parquet's RLE / bit-packed hybrid encoding (bit width {@code
   * width}, at most 32) from {@code b[from..to)} into {@code out[0..count)}.
   *
   * @throws ParquetDecodingException when the bytes end before {@code count} values
   */
  static void decodeHybrid(byte[] b, int from, int to, int width, int[] out, int count) {
    if (width < 0 || width > 32) {
      throw new ParquetDecodingException("bit width " + width + " of RLE values");
    }
    int valueBytes = (width + 7) >>> 3;
    long mask = (1L << width) - 1;
    int p = from;
    int n = 0;
    while (n < count) {
      long header = 0;
      int shift = 0;
      int x;
      do {
        if (p >= to || shift > 28) {
          throw new ParquetDecodingException("RLE values end before their last value");
        }
        x = b[p++];
        header |= (long) (x & 0x7F) << shift;
        shift += 7;
      } while ((x & 0x80) != 0);
      if ((header & 1) == 0) {
        long run = header >>> 1;
        if (p + valueBytes > to) {
          throw new ParquetDecodingException("RLE values end inside a run");
        }
        int v = 0;
        for (int i = 0; i < valueBytes; i++) {
          v |= (b[p++] & 0xFF) << (8 * i);
        }
        int m = (int) Math.min(run, count - n);
        Arrays.fill(out, n, n + m, v);
        n += m;
      } else {
        long groupBytes = (header >>> 1) * width;
        int m = (int) Math.min((header >>> 1) * 8, count - n);
        long needed = ((long) m * width + 7) >>> 3;
        if (p + needed > to) {
          throw new ParquetDecodingException("RLE values end inside a bit-packed run");
        }
        long acc = 0;
        int bits = 0;
        int q = p;
        for (int i = 0; i < m; i++) {
          while (bits < width) {
            acc |= (long) (b[q++] & 0xFF) << bits;
            bits += 8;
          }
          out[n + i] = (int) (acc & mask);
          acc >>>= width;
          bits -= width;
        }
        n += m;
        p = (int) Math.min(to, p + groupBytes);
      }
    }
  }

  /** A byte range of an array: a heap buffer's own, or a copy of a direct one. */
  private record Bytes(byte[] array, int from, int to) {
    static Bytes of(ByteBuffer buffer) {
      if (buffer.hasArray()) {
        int from = buffer.arrayOffset() + buffer.position();
        return new Bytes(buffer.array(), from, from + buffer.remaining());
      }
      byte[] copy = new byte[buffer.remaining()];
      buffer.duplicate().get(copy);
      return new Bytes(copy, 0, copy.length);
    }

    /** A little-endian view of the array, checked to hold {@code length} bytes from {@code from}. */
    ByteBuffer littleEndian(long length) {
      if (from + length > to) {
        throw new ParquetDecodingException("the page ends before its last value");
      }
      return ByteBuffer.wrap(array).order(ByteOrder.LITTLE_ENDIAN);
    }
  }
}
