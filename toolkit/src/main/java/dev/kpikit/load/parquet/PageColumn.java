package dev.kpikit.load.parquet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.parquet.bytes.ByteBufferInputStream;
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
 * decoded a slice of rows at a time into small arrays and copied from them into a {@link
 * ParquetVector}: the definition levels and dictionary ids ({@code RLE} / bit-packed hybrid) and
 * {@code PLAIN} values are decoded here in bulk, without a call per value through Parquet's column
 * reader; values of the other encodings (the {@code DELTA_*} ones, {@code BYTE_STREAM_SPLIT}, levels
 * in the deprecated {@code BIT_PACKED}) through Parquet's own {@link ValuesReader}s. Nothing is
 * held per row of a page (a writer may put a million rows in one page).
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

  /** The current page: its rows and the next one to decode. */
  private int pageRows;
  private int pageRow;
  private boolean levelsUsed;
  private final Hybrid levelRuns = new Hybrid();
  private ValuesReader levelReader;
  /** Its values (only those of defined rows): dictionary ids, PLAIN bytes, or another encoding's. */
  private boolean dictionaryIds;
  private final Hybrid idRuns = new Hybrid();
  private ValuesReader valueReader;
  private ByteBuffer plain;
  private byte[] plainBytes;
  private int plainAt;
  private int plainEnd;

  /** The levels and values of one run of rows of the page, at most a slice's worth. */
  private int[] levels = new int[0];
  private int[] ids = new int[0];
  private long[] longs = new long[0];
  private double[] doubles = new double[0];
  private int[] starts = new int[0];
  private int[] lengths = new int[0];
  private byte[] bytes = new byte[0];

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
   * Decodes the next {@code n} rows into rows 0 to n - 1 of the vector; only as many levels and
   * values as these rows need are decoded at a time, whatever the size of the page.
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
      int k = Math.min(n - r, pageRows - pageRow);
      int defined = k;
      if (levelsUsed) {
        if (levels.length < k) {
          levels = new int[k];
        }
        readLevels(k);
        defined = 0;
        for (int i = 0; i < k; i++) {
          if (levels[i] >= maxDefinition) {
            defined++;
          }
        }
      }
      readValues(defined);
      int v = 0;
      for (int i = 0; i < k; i++) {
        if (levelsUsed && levels[i] < maxDefinition) {
          vector.setNull(r + i);
        } else {
          write(r + i, v++);
        }
      }
      r += k;
      pageRow += k;
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
    levelsUsed = maxDefinition > 0;
    levelReader = null;
    try {
      if (page instanceof DataPageV1 v1) {
        ByteBufferInputStream in = v1.getBytes().toInputStream();
        if (levelsUsed) {
          if (v1.getDlEncoding() == Encoding.RLE) {
            int length = BytesUtils.readIntLittleEndian(in);
            Bytes b = Bytes.of(in.slice(length));
            levelRuns.start(b.array, b.from, b.to, levelWidth);
          } else {
            levelReader = v1.getDlEncoding().getValuesReader(descriptor, ValuesType.DEFINITION_LEVEL);
            levelReader.initFromPage(pageRows, in);
          }
        }
        startValues(v1.getValueEncoding(), in);
      } else if (page instanceof DataPageV2 v2) {
        if (v2.getRepetitionLevels().size() != 0) {
          throw new ParquetDecodingException("column " + descriptor + ": repetition levels in a flat column");
        }
        if (levelsUsed) {
          Bytes b = Bytes.of(v2.getDefinitionLevels().toByteBuffer());
          levelRuns.start(b.array, b.from, b.to, levelWidth);
        }
        startValues(v2.getDataEncoding(), v2.getData().toInputStream());
      } else {
        throw new ParquetDecodingException("column " + descriptor + ": unknown page " + page);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readLevels(int k) {
    if (levelReader == null) {
      levelRuns.read(levels, k);
    } else {
      for (int i = 0; i < k; i++) {
        levels[i] = levelReader.readInteger();
      }
    }
  }

  private void startValues(Encoding encoding, ByteBufferInputStream in) throws IOException {
    dictionaryIds = encoding.usesDictionary();
    valueReader = null;
    plain = null;
    if (dictionaryIds) {
      if (dictionary == null) {
        throw new ParquetDecodingException("column " + descriptor + ": a dictionary page is missing");
      }
      Bytes b = Bytes.of(in.slice(in.available()));
      // A page of nulls only may have no ids at all; reading one from it then fails.
      int width = b.from < b.to ? b.array[b.from] & 0xFF : 0;
      idRuns.start(b.array, Math.min(b.from + 1, b.to), b.to, width);
    } else if (encoding == Encoding.PLAIN) {
      Bytes b = Bytes.of(in.slice(in.available()));
      plainBytes = b.array;
      plain = ByteBuffer.wrap(b.array).order(ByteOrder.LITTLE_ENDIAN);
      plainAt = b.from;
      plainEnd = b.to;
    } else {
      valueReader = encoding.getValuesReader(descriptor, ValuesType.VALUES);
      valueReader.initFromPage(pageRows, in);
    }
  }

  /** Decodes the next {@code count} values of the page into the arrays. */
  private void readValues(int count) {
    if (dictionaryIds) {
      if (ids.length < count) {
        ids = new int[count];
      }
      idRuns.read(ids, count);
      int size = dictionary.getMaxId() + 1;
      for (int i = 0; i < count; i++) {
        if (ids[i] < 0 || ids[i] >= size) {
          throw new ParquetDecodingException(
              "column " + descriptor + ": dictionary id " + ids[i] + " of a dictionary of " + size);
        }
      }
    } else if (plain != null) {
      readPlain(count);
    } else {
      readWith(valueReader, count);
    }
  }

  private void readPlain(int count) {
    switch (kind) {
      case INT32, DATE -> {
        ensureLongs(count);
        checkPlain(4L * count);
        for (int i = 0; i < count; i++, plainAt += 4) {
          longs[i] = plain.getInt(plainAt);
        }
      }
      case INT64 -> {
        ensureLongs(count);
        checkPlain(8L * count);
        for (int i = 0; i < count; i++, plainAt += 8) {
          longs[i] = plain.getLong(plainAt);
        }
      }
      case DOUBLE -> {
        if (doubles.length < count) {
          doubles = new double[count];
        }
        checkPlain(8L * count);
        for (int i = 0; i < count; i++, plainAt += 8) {
          doubles[i] = plain.getDouble(plainAt);
        }
      }
      default -> {
        ensureTexts(count);
        bytes = plainBytes;
        for (int i = 0; i < count; i++) {
          checkPlain(4);
          int length = plain.getInt(plainAt);
          plainAt += 4;
          if (length < 0) {
            throw new ParquetDecodingException("column " + descriptor + ": a value of negative length");
          }
          checkPlain(length);
          starts[i] = plainAt;
          lengths[i] = length;
          plainAt += length;
        }
      }
    }
  }

  private void checkPlain(long length) {
    if (plainAt + length > plainEnd) {
      throw new ParquetDecodingException("column " + descriptor + ": the page ends before its last value");
    }
  }

  /** Values of an encoding decoded by Parquet's own reader. */
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
    Hybrid runs = new Hybrid();
    runs.start(b, from, to, width);
    runs.read(out, count);
  }

  /**
   * Values of Parquet's RLE / bit-packed hybrid encoding read a few at a time: where the reading
   * stopped (in a run of one repeated value, or in a bit-packed run) is kept between reads.
   */
  static final class Hybrid {
    private byte[] b;
    private int p;
    private int to;
    private int width;
    private int valueBytes;
    private long mask;
    /** Values left in the current run; whether it is an RLE run, and its value. */
    private long left;
    private boolean repeated;
    private int value;
    /** In a bit-packed run: the next byte, its end, and the bits read but not used yet. */
    private int q;
    private int runEnd;
    private long acc;
    private int bits;

    void start(byte[] bytes, int from, int end, int bitWidth) {
      if (bitWidth < 0 || bitWidth > 32) {
        throw new ParquetDecodingException("bit width " + bitWidth + " of RLE values");
      }
      b = bytes;
      p = from;
      to = end;
      width = bitWidth;
      valueBytes = (bitWidth + 7) >>> 3;
      mask = (1L << bitWidth) - 1;
      left = 0;
    }

    /** Reads the next {@code count} values into {@code out[0..count)}. */
    void read(int[] out, int count) {
      int n = 0;
      while (n < count) {
        if (left == 0) {
          nextRun();
          continue;
        }
        int m = (int) Math.min(left, count - n);
        if (repeated) {
          Arrays.fill(out, n, n + m, value);
        } else {
          for (int i = n; i < n + m; i++) {
            while (bits < width) {
              if (q >= runEnd) {
                throw new ParquetDecodingException("RLE values end inside a bit-packed run");
              }
              acc |= (long) (b[q++] & 0xFF) << bits;
              bits += 8;
            }
            out[i] = (int) (acc & mask);
            acc >>>= width;
            bits -= width;
          }
        }
        left -= m;
        n += m;
      }
    }

    private void nextRun() {
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
        if (p + valueBytes > to) {
          throw new ParquetDecodingException("RLE values end inside a run");
        }
        int v = 0;
        for (int i = 0; i < valueBytes; i++) {
          v |= (b[p++] & 0xFF) << (8 * i);
        }
        repeated = true;
        value = v;
        left = header >>> 1;
      } else {
        long groups = header >>> 1;
        repeated = false;
        left = groups * 8;
        q = p;
        runEnd = (int) Math.min(to, p + groups * width);
        acc = 0;
        bits = 0;
        p = runEnd;
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
  }
}
