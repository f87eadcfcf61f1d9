package dev.kpikit.load.parquet;

import java.time.LocalDate;
import java.util.Arrays;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * The decoded values of one column for a slice of consecutive rows of a row group, held in
 * primitive arrays: no object per value for the common types.
 *
 * <p>{@link #value(int)} gives the same Java value {@link ParquetRecordReader#value(int)} gives
 * for that row, so a consumer may always fall back to it; the typed accessors are the fast path:
 *
 * <ul>
 *   <li>{@link Kind#BOOLEAN}, {@link Kind#INT32}, {@link Kind#INT64}, {@link Kind#DATE}: {@link
 *       #longAt(int)} (the day of a DATE counted from 1970-01-01);
 *   <li>{@link Kind#DOUBLE}: {@link #doubleAt(int)};
 *   <li>{@link Kind#TEXT}: a value of a dictionary-encoded page is an entry of the column chunk's
 *       {@link TextDictionary} ({@link #entryAt(int)}), decoded once per entry; a value of a plain
 *       page is a slice of {@link #bytes()};
 *   <li>{@link Kind#OTHER} (decimals, timestamps, INT96, TIME, UUID, FLOAT, unsigned integers):
 *       the Java values themselves, and the reason of a value that could not be decoded ({@link
 *       #errorAt(int)}).
 * </ul>
 *
 * @since 0.1.0
 */
public final class ParquetVector {
  /** How a column's values are held. */
  public enum Kind {
    /** BOOLEAN: {@link #longAt} is 1 or 0, the value a {@link Boolean}. */
    BOOLEAN,
    /** INT32 without annotation or with a signed or narrow INT one: the value an {@link Integer}. */
    INT32,
    /** INT64 without annotation or with a signed INT one: the value a {@link Long}. */
    INT64,
    /** DOUBLE: the value a {@link Double}. */
    DOUBLE,
    /** INT32 annotated DATE: {@link #longAt} is the epoch day, the value a {@link LocalDate}. */
    DATE,
    /** BINARY or FIXED_LEN_BYTE_ARRAY read as UTF-8 text: the value a {@link String}. */
    TEXT,
    /** Any other readable type: the values as {@link ParquetRecordReader} maps them. */
    OTHER
  }

  private final Kind kind;
  private final String column;
  private boolean[] nulls;
  private long[] longs;
  private double[] doubles;
  private int[] entries;
  private int[] starts;
  private int[] ends;
  private byte[] bytes;
  private int bytesUsed;
  private TextDictionary dictionary;
  private Object[] objects;
  private String[] errors;
  private boolean hasErrors;
  private Object slice = new Object();

  ParquetVector(Kind kind, String column, int capacity) {
    this.kind = kind;
    this.column = column;
    nulls = new boolean[capacity];
    switch (kind) {
      case BOOLEAN, INT32, INT64, DATE -> longs = new long[capacity];
      case DOUBLE -> doubles = new double[capacity];
      case TEXT -> {
        entries = new int[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        bytes = new byte[capacity * 16];
      }
      case OTHER -> {
        objects = new Object[capacity];
        errors = new String[capacity];
      }
    }
  }

  /**
   * @param type a flat column's type
   * @return how its values are held
   */
  static Kind kindOf(PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN:
        return Kind.BOOLEAN;
      case DOUBLE:
        return Kind.DOUBLE;
      case INT32:
        if (logical instanceof DateLogicalTypeAnnotation) {
          return Kind.DATE;
        }
        return logical == null
                || (logical instanceof IntLogicalTypeAnnotation i
                    && (i.isSigned() || i.getBitWidth() < 32))
            ? Kind.INT32
            : Kind.OTHER;
      case INT64:
        return logical == null || (logical instanceof IntLogicalTypeAnnotation i && i.isSigned())
            ? Kind.INT64
            : Kind.OTHER;
      case BINARY:
      case FIXED_LEN_BYTE_ARRAY:
        return logical == null
                || logical instanceof StringLogicalTypeAnnotation
                || logical instanceof EnumLogicalTypeAnnotation
                || logical instanceof JsonLogicalTypeAnnotation
            ? Kind.TEXT
            : Kind.OTHER;
      default:
        return Kind.OTHER;
    }
  }

  /** @return how the values are held */
  public Kind kind() {
    return kind;
  }

  /** @return the column name */
  public String column() {
    return column;
  }

  /** @return true when the row's value is null */
  public boolean isNull(int row) {
    return nulls[row];
  }

  /**
   * @return true when the value is null, or text (a {@link Kind#TEXT} value, or a String of an
   *     {@link Kind#OTHER} column) that is empty or only whitespace
   */
  public boolean isBlank(int row) {
    if (nulls[row]) {
      return true;
    }
    switch (kind) {
      case TEXT:
        int entry = entries[row];
        return entry >= 0 ? dictionary.isBlank(entry) : isBlankText(row);
      case OTHER:
        return objects[row] instanceof String s && s.isBlank();
      default:
        return false;
    }
  }

  /** @return whether some row of the first {@code n} is {@linkplain #isBlank blank} */
  public boolean anyBlank(int n) {
    if (kind == Kind.TEXT || kind == Kind.OTHER) {
      for (int r = 0; r < n; r++) {
        if (isBlank(r)) {
          return true;
        }
      }
      return false;
    }
    for (int r = 0; r < n; r++) {
      if (nulls[r]) {
        return true;
      }
    }
    return false;
  }

  /** @return the value of a BOOLEAN (1 or 0), INT32, INT64 or DATE (epoch day) row */
  public long longAt(int row) {
    return longs[row];
  }

  /** @return the value of a DOUBLE row */
  public double doubleAt(int row) {
    return doubles[row];
  }

  /** @return the dictionary entry of a TEXT row, or -1 when it came from a plain page */
  public int entryAt(int row) {
    return entries[row];
  }

  /** @return the dictionary of the column chunk the TEXT rows come from, or null */
  public TextDictionary dictionary() {
    return dictionary;
  }

  /**
   * @return a token of the slice the vector holds now: a new one for every slice, so a consumer can
   *     tell whether a row it saw is still here
   */
  public Object slice() {
    return slice;
  }

  /** @return the bytes holding the plain TEXT values of this slice */
  public byte[] bytes() {
    return bytes;
  }

  /** @return where a plain TEXT row's UTF-8 bytes start in {@link #bytes()} */
  public int start(int row) {
    return starts[row];
  }

  /** @return where a plain TEXT row's UTF-8 bytes end in {@link #bytes()} */
  public int end(int row) {
    return ends[row];
  }

  /**
   * @return why the value of an OTHER row could not be decoded (a TIME outside one day), in the
   *     words of {@link ParquetRecordReader#error()}, or null
   */
  public String errorAt(int row) {
    return hasErrors ? errors[row] : null;
  }

  /** @return whether some row of the slice has an {@link #errorAt} */
  public boolean hasErrors() {
    return hasErrors;
  }

  /** @return the value as {@link ParquetRecordReader#value(int)} maps it, or null */
  public Object value(int row) {
    if (nulls[row]) {
      return null;
    }
    return switch (kind) {
      case BOOLEAN -> longs[row] != 0;
      case INT32 -> (int) longs[row];
      case INT64 -> longs[row];
      case DOUBLE -> doubles[row];
      case DATE -> LocalDate.ofEpochDay(longs[row]);
      case TEXT -> entries[row] >= 0 ? dictionary.text(entries[row]) : plainText(row);
      case OTHER -> objects[row];
    };
  }

  private String plainText(int row) {
    return Binary.fromConstantByteArray(bytes, starts[row], ends[row] - starts[row])
        .toStringUsingUTF8();
  }

  private boolean isBlankText(int row) {
    for (int p = starts[row]; p < ends[row]; p++) {
      byte b = bytes[p];
      if (b < 0) {
        return plainText(row).isBlank();
      }
      if (!isSpace(b)) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#isWhitespace} for an ASCII byte: what {@link String#isBlank()} skips. */
  static boolean isSpace(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
  }

  // Filled by ParquetRowGroups.Cursor, one row after the other from row 0.

  void setNull(int row) {
    nulls[row] = true;
    if (kind == Kind.OTHER) {
      objects[row] = null;
      errors[row] = null;
    }
  }

  void setLong(int row, long v) {
    nulls[row] = false;
    longs[row] = v;
  }

  void setDouble(int row, double v) {
    nulls[row] = false;
    doubles[row] = v;
  }

  void setEntry(int row, int entry) {
    nulls[row] = false;
    entries[row] = entry;
  }

  void setBytes(int row, Binary v) {
    nulls[row] = false;
    entries[row] = -1;
    int length = v.length();
    if (bytesUsed + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, bytesUsed + length));
    }
    v.toByteBuffer().get(bytes, bytesUsed, length);
    starts[row] = bytesUsed;
    bytesUsed += length;
    ends[row] = bytesUsed;
  }

  void setBytes(int row, byte[] source, int from, int length) {
    nulls[row] = false;
    entries[row] = -1;
    if (bytesUsed + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, bytesUsed + length));
    }
    System.arraycopy(source, from, bytes, bytesUsed, length);
    starts[row] = bytesUsed;
    bytesUsed += length;
    ends[row] = bytesUsed;
  }

  void setObject(int row, Object v, String error) {
    nulls[row] = false;
    objects[row] = v;
    errors[row] = error;
    hasErrors |= error != null;
  }

  /** Starts a new slice: the plain bytes and errors of the previous one are dropped. */
  void clear() {
    bytesUsed = 0;
    hasErrors = false;
    slice = new Object();
  }

  void setDictionary(Dictionary d) {
    dictionary = new TextDictionary(d);
  }

  /**
   * The dictionary page of one TEXT column chunk: each entry decoded into a {@code String} once,
   * when first asked for. A new column chunk (row group) has a new instance, so a consumer may key
   * its own per-entry data by identity.
   */
  public static final class TextDictionary {
    private final Dictionary dictionary;
    private final String[] texts;
    /** 0 not known yet, 1 blank, 2 not blank. */
    private final byte[] blank;

    private TextDictionary(Dictionary dictionary) {
      this.dictionary = dictionary;
      this.texts = new String[dictionary.getMaxId() + 1];
      this.blank = new byte[texts.length];
    }

    /** @return the number of entries */
    public int size() {
      return texts.length;
    }

    /** @return entry {@code id} decoded as UTF-8 (malformed bytes replaced by U+FFFD) */
    public String text(int id) {
      String s = texts[id];
      if (s == null) {
        s = dictionary.decodeToBinary(id).toStringUsingUTF8();
        texts[id] = s;
      }
      return s;
    }

    /** @return whether entry {@code id} is empty or only whitespace */
    public boolean isBlank(int id) {
      if (blank[id] == 0) {
        blank[id] = (byte) (text(id).isBlank() ? 1 : 2);
      }
      return blank[id] == 1;
    }
  }
}
