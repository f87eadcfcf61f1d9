package dev.kpikit.load;

import it.unimi.dsi.fastutil.bytes.Byte2IntOpenHashMap;
import it.unimi.dsi.fastutil.bytes.Byte2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.objects.Object2ByteOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2ShortOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2IntOpenHashMap;
import it.unimi.dsi.fastutil.shorts.Short2ObjectOpenHashMap;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * Builds a Tablesaw {@link StringColumn} from dictionary codes in one step, with the same
 * dictionary Tablesaw builds when values are appended one by one (byte, short or int keys by the
 * number of distinct values, keys counted from the type's minimum, the maximum standing for a
 * missing value), so the column behaves like any other, also when appended to later. Columns with
 * more distinct values than short keys allow get a {@link LazyDictionaryMap}.
 */
final class DictionaryColumn {
  /** Byte keys -127..126 (127 is missing). */
  private static final int BYTE_CAPACITY = 254;
  /** Short keys -32767..32766 (32767 is missing). */
  private static final int SHORT_CAPACITY = 65_534;
  private static final String MISSING_VALUE = "";

  private DictionaryColumn() {}

  /**
   * @param name the column name
   * @param codes one code per row, {@code 0..labels.size() - 1} or {@link TextSink#MISSING}
   * @param labels the value of each code, none empty
   * @return the column
   */
  static StringColumn of(String name, IntArrayList codes, List<String> labels) {
    int distinct = labels.size();
    DictionaryMap map;
    if (distinct <= BYTE_CAPACITY) {
      map = byteKeyed(codes, labels);
    } else if (distinct <= SHORT_CAPACITY) {
      map = shortKeyed(codes, labels);
    } else {
      map = new LazyDictionaryMap(codes.elements(), codes.size(), labels);
    }
    return StringColumn.createInternal(name, map);
  }

  /**
   * @return the rows holding each code, then (at index {@code labels}) the rows missing a value:
   *     counted in an array, not in Tablesaw's map of key counts row by row
   */
  private static int[] rowsPerCode(IntArrayList codes, int labels) {
    int[] perCode = new int[labels + 1];
    int[] rowCodes = codes.elements();
    for (int r = 0, rows = codes.size(); r < rows; r++) {
      int c = rowCodes[r];
      perCode[c == TextSink.MISSING ? labels : c]++;
    }
    return perCode;
  }

  private static DictionaryMap byteKeyed(IntArrayList codes, List<String> labels) {
    byte first = Byte.MIN_VALUE + 1;
    byte missing = Byte.MAX_VALUE;
    int rows = codes.size();
    byte[] keys = new byte[rows];
    int[] rowCodes = codes.elements();
    for (int r = 0; r < rows; r++) {
      int c = rowCodes[r];
      keys[r] = c == TextSink.MISSING ? missing : (byte) (first + c);
    }
    int[] perCode = rowsPerCode(codes, labels.size());
    Byte2IntOpenHashMap counts = new Byte2IntOpenHashMap();
    for (int c = 0; c < labels.size(); c++) {
      if (perCode[c] > 0) {
        counts.put((byte) (first + c), perCode[c]);
      }
    }
    if (perCode[labels.size()] > 0) {
      counts.put(missing, perCode[labels.size()]);
    }
    Byte2ObjectOpenHashMap<String> keyToValue = new Byte2ObjectOpenHashMap<>();
    Object2ByteOpenHashMap<String> valueToKey = new Object2ByteOpenHashMap<>();
    valueToKey.defaultReturnValue(Byte.MIN_VALUE);
    for (int c = 0; c < labels.size(); c++) {
      keyToValue.put((byte) (first + c), labels.get(c));
      valueToKey.put(labels.get(c), (byte) (first + c));
    }
    if (counts.containsKey(missing)) {
      keyToValue.put(missing, MISSING_VALUE);
      valueToKey.put(MISSING_VALUE, missing);
    }
    return new ByteDictionaryMap.ByteDictionaryBuilder()
        .setNextIndex(Byte.MIN_VALUE + labels.size())
        .setKeyToValue(keyToValue)
        .setValueToKey(valueToKey)
        .setKeyToCount(counts)
        .setValues(keys)
        .build();
  }

  private static DictionaryMap shortKeyed(IntArrayList codes, List<String> labels) {
    short first = Short.MIN_VALUE + 1;
    short missing = Short.MAX_VALUE;
    int rows = codes.size();
    short[] keys = new short[rows];
    int[] rowCodes = codes.elements();
    for (int r = 0; r < rows; r++) {
      int c = rowCodes[r];
      keys[r] = c == TextSink.MISSING ? missing : (short) (first + c);
    }
    int[] perCode = rowsPerCode(codes, labels.size());
    Short2IntOpenHashMap counts = new Short2IntOpenHashMap();
    for (int c = 0; c < labels.size(); c++) {
      if (perCode[c] > 0) {
        counts.put((short) (first + c), perCode[c]);
      }
    }
    if (perCode[labels.size()] > 0) {
      counts.put(missing, perCode[labels.size()]);
    }
    Short2ObjectOpenHashMap<String> keyToValue = new Short2ObjectOpenHashMap<>();
    Object2ShortOpenHashMap<String> valueToKey = new Object2ShortOpenHashMap<>();
    valueToKey.defaultReturnValue(Short.MIN_VALUE);
    for (int c = 0; c < labels.size(); c++) {
      keyToValue.put((short) (first + c), labels.get(c));
      valueToKey.put(labels.get(c), (short) (first + c));
    }
    if (counts.containsKey(missing)) {
      keyToValue.put(missing, MISSING_VALUE);
      valueToKey.put(MISSING_VALUE, missing);
    }
    return new ShortDictionaryMap.ShortDictionaryBuilder()
        .setNextIndex(Short.MIN_VALUE + labels.size())
        .setKeyToValue(keyToValue)
        .setValueToKey(valueToKey)
        .setKeyToCount(counts)
        .setCanPromoteToText(true)
        .setValues(keys)
        .build();
  }
}
