package dev.kpikit.load.parquet;

import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;

/**
 * Receives the values of one flat column from a Parquet {@link
 * org.apache.parquet.column.ColumnReader} and keeps the last one, decoded to its Java value, in
 * {@link #value}.
 *
 * <p>Dictionary-encoded columns are decoded once per dictionary entry: a column of ten million rows
 * with a hundred distinct strings builds a hundred {@code String}s, not ten million.
 */
abstract class ValueConverter extends PrimitiveConverter {
  /** The decoded value most recently written by the column reader. */
  Object value;

  private Dictionary dictionary;
  private Object[] decodedEntries;

  @Override
  public final boolean hasDictionarySupport() {
    return true;
  }

  @Override
  public final void setDictionary(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.decodedEntries = new Object[dictionary.getMaxId() + 1];
  }

  @Override
  public final void addValueFromDictionary(int dictionaryId) {
    Object decoded = decodedEntries[dictionaryId];
    if (decoded == null) {
      decoded = decodeEntry(dictionary, dictionaryId);
      decodedEntries[dictionaryId] = decoded;
    }
    value = decoded;
  }

  /**
   * Decodes one dictionary entry the way the matching {@code add*} method decodes a plain value.
   *
   * @param dictionary the column chunk's dictionary
   * @param id the entry
   * @return the Java value, never null
   */
  abstract Object decodeEntry(Dictionary dictionary, int id);

  /** BOOLEAN columns, as {@link Boolean}. */
  static final class Booleans extends ValueConverter {
    @Override
    public void addBoolean(boolean v) {
      value = v;
    }

    @Override
    Object decodeEntry(Dictionary dictionary, int id) {
      return dictionary.decodeToBoolean(id);
    }
  }

  /** FLOAT columns, as {@link Float}. */
  static final class Floats extends ValueConverter {
    @Override
    public void addFloat(float v) {
      value = v;
    }

    @Override
    Object decodeEntry(Dictionary dictionary, int id) {
      return dictionary.decodeToFloat(id);
    }
  }

  /** DOUBLE columns, as {@link Double}. */
  static final class Doubles extends ValueConverter {
    @Override
    public void addDouble(double v) {
      value = v;
    }

    @Override
    Object decodeEntry(Dictionary dictionary, int id) {
      return dictionary.decodeToDouble(id);
    }
  }

  /** INT32 columns, decoded by a function of the stored int. */
  static final class Ints extends ValueConverter {
    private final IntFunction<Object> decode;

    Ints(IntFunction<Object> decode) {
      this.decode = decode;
    }

    @Override
    public void addInt(int v) {
      value = decode.apply(v);
    }

    @Override
    Object decodeEntry(Dictionary dictionary, int id) {
      return decode.apply(dictionary.decodeToInt(id));
    }
  }

  /** INT64 columns, decoded by a function of the stored long. */
  static final class Longs extends ValueConverter {
    private final LongFunction<Object> decode;

    Longs(LongFunction<Object> decode) {
      this.decode = decode;
    }

    @Override
    public void addLong(long v) {
      value = decode.apply(v);
    }

    @Override
    Object decodeEntry(Dictionary dictionary, int id) {
      return decode.apply(dictionary.decodeToLong(id));
    }
  }

  /** BINARY, FIXED_LEN_BYTE_ARRAY and INT96 columns, decoded by a function of the bytes. */
  static final class Binaries extends ValueConverter {
    private final Function<Binary, Object> decode;

    Binaries(Function<Binary, Object> decode) {
      this.decode = decode;
    }

    @Override
    public void addBinary(Binary v) {
      value = decode.apply(v);
    }

    @Override
    Object decodeEntry(Dictionary dictionary, int id) {
      return decode.apply(dictionary.decodeToBinary(id));
    }
  }
}
