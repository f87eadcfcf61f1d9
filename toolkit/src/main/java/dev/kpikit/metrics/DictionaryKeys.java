package dev.kpikit.metrics;

import tech.tablesaw.columns.strings.ByteDictionaryMap;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.ShortDictionaryMap;

/**
 * The dictionary key of each selected row of a text column, read in bulk: Tablesaw's byte, short
 * and int dictionaries expose their key arrays, which are copied directly; any other dictionary
 * (such as the loader's) is read row by row through a call site that sees only that kind, so the
 * call is inlined.
 */
final class DictionaryKeys {
  private DictionaryKeys() {}

  /**
   * @param dictionary the column's dictionary
   * @param rows the source rows, increasing; when it holds every row of the column, {@code rows[i]
   *     == i} and the rows are read in sequence
   * @return {@code keys[i]}, the key of {@code rows[i]}
   */
  static int[] of(DictionaryMap dictionary, int[] rows) {
    boolean everyRow = rows.length == dictionary.size();
    if (dictionary instanceof ByteDictionaryMap bytes) {
      return ofBytes(bytes.values().elements(), rows, everyRow);
    }
    if (dictionary instanceof ShortDictionaryMap shorts) {
      return ofShorts(shorts.values().elements(), rows, everyRow);
    }
    if (dictionary instanceof IntDictionaryMap ints) {
      return ofInts(ints.values().elements(), rows, everyRow);
    }
    return ofAny(dictionary, rows, everyRow);
  }

  private static int[] ofBytes(byte[] values, int[] rows, boolean everyRow) {
    int[] keys = new int[rows.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = values[everyRow ? i : rows[i]];
    }
    return keys;
  }

  private static int[] ofShorts(short[] values, int[] rows, boolean everyRow) {
    int[] keys = new int[rows.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = values[everyRow ? i : rows[i]];
    }
    return keys;
  }

  private static int[] ofInts(int[] values, int[] rows, boolean everyRow) {
    int[] keys = new int[rows.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = values[everyRow ? i : rows[i]];
    }
    return keys;
  }

  private static int[] ofAny(DictionaryMap dictionary, int[] rows, boolean everyRow) {
    int[] keys = new int[rows.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = dictionary.getKeyForIndex(everyRow ? i : rows[i]);
    }
    return keys;
  }
}
