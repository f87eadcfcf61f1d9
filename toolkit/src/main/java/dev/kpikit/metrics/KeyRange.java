package dev.kpikit.metrics;

import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * The range of the dictionary keys of a column's rows, leaving out the key of the missing value
 * when it lies outside the others (the loader and Tablesaw's byte and short dictionaries give it the
 * type's largest key), so that a column with missing values still has a dense range.
 *
 * @param min the smallest key, missing value apart
 * @param max the largest key, missing value apart; below {@code min} when there is none
 * @param missingKey the missing value's key when it was left out, else a key outside the range
 * @param missingKnown true when no key in the range stands for a missing value (the column has
 *     none, or its key is {@code missingKey}), so keys need not be checked one by one
 */
record KeyRange(int min, int max, int missingKey, boolean missingKnown) {
  /**
   * @param dictionary the dictionary the keys come from
   * @param keys the keys of the rows
   * @return their range
   */
  static KeyRange of(DictionaryMap dictionary, int[] keys) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int key : keys) {
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    if (min > max || !dictionary.getValueForKey(max).isEmpty()) {
      return new KeyRange(min, max, min - 1, dictionary.countMissing() == 0);
    }
    int missing = max;
    int below = Integer.MIN_VALUE;
    for (int key : keys) {
      below = key == missing ? below : Math.max(below, key);
    }
    return below == Integer.MIN_VALUE
        ? new KeyRange(0, -1, missing, true)
        : new KeyRange(min, below, missing, true);
  }

  /** @return the number of keys from {@link #min} to {@link #max}, 0 when empty */
  long size() {
    return min > max ? 0 : (long) max - min + 1;
  }
}
