package dev.kpikit.load;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.IntDictionaryMap;
import tech.tablesaw.columns.strings.NoKeysAvailableException;
import tech.tablesaw.selection.Selection;

/**
 * The dictionary of a loaded text column with many distinct values (ids): one int key per row and
 * one label per key, nothing else, so a column of ten million order ids costs its keys and its
 * distinct strings. Keys are those Tablesaw's {@link IntDictionaryMap} would use ({@code
 * Integer.MIN_VALUE + 1} upwards, {@code Integer.MAX_VALUE} for a missing value).
 *
 * <p>Reading rows, keys and labels works on the arrays. Everything else (counts per value, lookups
 * by value, and any change: append, set, sort, clear) first builds the equivalent {@link
 * IntDictionaryMap}, to which the column then belongs for good: the column behaves exactly like
 * one Tablesaw built, at the cost of building the full dictionary only when it is needed. Reads
 * from several threads are safe, also while one of them builds the full dictionary.
 */
final class LazyDictionaryMap implements DictionaryMap {
  private static final int FIRST_KEY = Integer.MIN_VALUE + 1;
  private static final int MISSING_KEY = Integer.MAX_VALUE;
  private static final String MISSING_VALUE = "";

  private final int[] keys;
  private final List<String> labels;
  /** Set once, under the lock; the arrays stay for readers that saw it unset (same values). */
  private volatile DictionaryMap full;

  /**
   * @param codes one code per row, {@code 0..labels.size() - 1} or {@link TextSink#MISSING}
   * @param labels the value of each code, none empty and no two equal; read on demand (a list
   *     that decodes its values lazily, such as a text sink's, costs nothing until read)
   */
  LazyDictionaryMap(int[] codes, int rows, List<String> labels) {
    keys = new int[rows];
    for (int r = 0; r < rows; r++) {
      keys[r] = codes[r] == TextSink.MISSING ? MISSING_KEY : FIRST_KEY + codes[r];
    }
    this.labels = labels;
  }

  /** The equivalent Tablesaw dictionary, built on first need; this map then only forwards. */
  private synchronized DictionaryMap full() {
    if (full == null) {
      Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(labels.size() + 1);
      Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(labels.size() + 1);
      valueToKey.defaultReturnValue(Integer.MIN_VALUE);
      Int2IntOpenHashMap counts = new Int2IntOpenHashMap(labels.size() + 1);
      for (int key : keys) {
        counts.addTo(key, 1);
      }
      for (int c = 0; c < labels.size(); c++) {
        keyToValue.put(FIRST_KEY + c, labels.get(c));
        valueToKey.put(labels.get(c), FIRST_KEY + c);
      }
      if (counts.containsKey(MISSING_KEY)) {
        keyToValue.put(MISSING_KEY, MISSING_VALUE);
        valueToKey.put(MISSING_VALUE, MISSING_KEY);
      }
      full =
          new IntDictionaryMap.IntDictionaryBuilder()
              .setNextIndex(Integer.MIN_VALUE + labels.size())
              .setKeyToValue(keyToValue)
              .setValueToKey(valueToKey)
              .setKeyToCount(counts)
              .setValues(keys)
              .build();
    }
    return full;
  }

  @Override
  public int size() {
    return full != null ? full.size() : keys.length;
  }

  @Override
  public int getKeyForIndex(int rowIndex) {
    return full != null ? full.getKeyForIndex(rowIndex) : keys[rowIndex];
  }

  @Override
  public int getKeyAtIndex(int rowIndex) {
    return getKeyForIndex(rowIndex);
  }

  @Override
  public String getValueForKey(int key) {
    if (full != null) {
      return full.getValueForKey(key);
    }
    if (key == MISSING_KEY) {
      return MISSING_VALUE;
    }
    int code = key - FIRST_KEY;
    return code >= 0 && code < labels.size() ? labels.get(code) : null;
  }

  @Override
  public String getValueForIndex(int rowIndex) {
    return full != null ? full.getValueForIndex(rowIndex) : getValueForKey(keys[rowIndex]);
  }

  @Override
  public boolean isMissing(int rowNumber) {
    return getKeyForIndex(rowNumber) == MISSING_KEY;
  }

  @Override
  public int countMissing() {
    if (full != null) {
      return full.countMissing();
    }
    int missing = 0;
    for (int key : keys) {
      if (key == MISSING_KEY) {
        missing++;
      }
    }
    return missing;
  }

  @Override
  public Iterator<String> iterator() {
    if (full != null) {
      return full.iterator();
    }
    return new Iterator<>() {
      private int row;

      @Override
      public boolean hasNext() {
        return row < size();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return getValueForIndex(row++);
      }
    };
  }

  @Override
  public String[] asObjectArray() {
    if (full != null) {
      return full.asObjectArray();
    }
    String[] values = new String[keys.length];
    for (int r = 0; r < keys.length; r++) {
      values[r] = getValueForKey(keys[r]);
    }
    return values;
  }

  @Override
  public int nextKeyWithoutIncrementing() {
    return full != null ? full.nextKeyWithoutIncrementing() : Integer.MIN_VALUE + labels.size();
  }

  @Override
  public boolean canPromoteToText() {
    return true;
  }

  @Override
  public void sortDescending() {
    full().sortDescending();
  }

  @Override
  public void sortAscending() {
    full().sortAscending();
  }

  @Override
  public int countOccurrences(String value) {
    return full().countOccurrences(value);
  }

  @Override
  public Set<String> asSet() {
    return full().asSet();
  }

  @Override
  public int firstIndexOf(String value) {
    return full().firstIndexOf(value);
  }

  @Override
  public Selection selectIsIn(String... strings) {
    return full().selectIsIn(strings);
  }

  @Override
  public Selection selectIsIn(Collection<String> strings) {
    return full().selectIsIn(strings);
  }

  @Override
  public void append(String value) throws NoKeysAvailableException {
    full().append(value);
  }

  @Override
  public void set(int rowIndex, String value) throws NoKeysAvailableException {
    full().set(rowIndex, value);
  }

  @Override
  public void clear() {
    full().clear();
  }

  @Override
  public int countUnique() {
    return full().countUnique();
  }

  @Override
  public Table countByCategory(String columnName) {
    return full().countByCategory(columnName);
  }

  @Override
  public Selection isEqualTo(String string) {
    return full().isEqualTo(string);
  }

  @Override
  public List<BooleanColumn> getDummies() {
    return full().getDummies();
  }

  @Override
  public byte[] asBytes(int rowNumber) {
    return full().asBytes(rowNumber);
  }

  @Override
  public void appendMissing() {
    full().appendMissing();
  }

  @Override
  public DictionaryMap promoteYourself() {
    return full().promoteYourself();
  }
}
