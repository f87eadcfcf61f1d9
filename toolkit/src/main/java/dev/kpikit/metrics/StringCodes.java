package dev.kpikit.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * Dictionary codes for the values of a text column, built once so metrics aggregate into int-indexed
 * arrays instead of hashing strings per row. Built from the column's own dictionary: each distinct
 * value is hashed once, each row costs an array lookup. Codes are dense ({@code 0..labels.length - 1}); when
 * sorted, code order is the labels' natural (String) order, so iterating codes gives sorted output.
 */
final class StringCodes {
  /** The code of a missing value when no label stands in for it. */
  static final int NONE = -1;

  private static final int UNSEEN = -2;

  /** Stands for a missing value's dictionary key while encoding (any key outside the range). */
  private static final int MISSING_KEY = Integer.MIN_VALUE;

  private final int[] codes;
  private final String[] labels;

  private StringCodes(int[] codes, String[] labels) {
    this.codes = codes;
    this.labels = labels;
  }

  /**
   * Encodes the values of {@code column} at the given source rows.
   *
   * @param column the column
   * @param rows the source rows to encode, in order; {@code codes()[i]} belongs to {@code rows[i]}
   * @param missingLabel the label a missing (empty) value gets, or null to give it {@link #NONE}
   * @param sorted whether codes follow the labels' natural order
   */
  static StringCodes encode(StringColumn column, int[] rows, String missingLabel, boolean sorted) {
    DictionaryMap dictionary = column.getDictionary();
    if (dictionary instanceof NullDictionaryMap) {
      return encodeValues(column, rows, missingLabel, sorted);
    }
    int[] keys = new int[rows.length];
    int minKey = Integer.MAX_VALUE;
    int maxKey = Integer.MIN_VALUE;
    for (int i = 0; i < rows.length; i++) {
      keys[i] = dictionary.getKeyForIndex(rows[i]);
      if (dictionary.isMissing(rows[i])) {
        keys[i] = MISSING_KEY;
      } else {
        minKey = Math.min(minKey, keys[i]);
        maxKey = Math.max(maxKey, keys[i]);
      }
    }
    // Tablesaw assigns dictionary keys sequentially (the missing value's key apart), so the key
    // range is about the number of distinct values: translate each key once, then every row with
    // an array lookup. Should the keys ever be sparse, hash the values instead.
    long range = minKey > maxKey ? 0 : (long) maxKey - minKey + 1;
    if (range > 4L * dictionary.size() + 16) {
      return encodeValues(column, rows, missingLabel, sorted);
    }
    // A dictionary holds each value under one key, so keys translate to codes without hashing
    // the values; only a missing value's label may coincide with a real value.
    int[] codeOfKey = new int[(int) range];
    Arrays.fill(codeOfKey, UNSEEN);
    List<String> labels = new ArrayList<>();
    int missingCode = missingLabel == null ? NONE : UNSEEN;
    int[] codes = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      if (keys[i] == MISSING_KEY) {
        if (missingCode == UNSEEN) {
          missingCode = labels.size();
          labels.add(missingLabel);
        }
        codes[i] = missingCode;
        continue;
      }
      int slot = keys[i] - minKey;
      if (codeOfKey[slot] == UNSEEN) {
        codeOfKey[slot] = labels.size();
        labels.add(dictionary.getValueForKey(keys[i]));
      }
      codes[i] = codeOfKey[slot];
    }
    if (missingLabel != null && labels.indexOf(missingLabel) != labels.lastIndexOf(missingLabel)) {
      return encodeValues(column, rows, missingLabel, sorted);
    }
    StringCodes unsorted = new StringCodes(codes, labels.toArray(new String[0]));
    return sorted ? unsorted.sortedByLabel() : unsorted;
  }

  /** For a column Tablesaw stores without a dictionary (too many distinct values): hash per row. */
  private static StringCodes encodeValues(
      StringColumn column, int[] rows, String missingLabel, boolean sorted) {
    Map<String, Integer> codeOfLabel = new HashMap<>();
    int[] codes = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      codes[i] = codeOf(column.get(rows[i]), missingLabel, codeOfLabel);
    }
    return finish(codes, codeOfLabel, sorted);
  }

  private static StringCodes finish(int[] codes, Map<String, Integer> codeOfLabel, boolean sorted) {
    String[] labels = new String[codeOfLabel.size()];
    codeOfLabel.forEach((label, code) -> labels[code] = label);
    StringCodes unsorted = new StringCodes(codes, labels);
    return sorted ? unsorted.sortedByLabel() : unsorted;
  }

  private static int codeOf(String value, String missingLabel, Map<String, Integer> codeOfLabel) {
    if (value.isEmpty() && missingLabel == null) {
      return NONE;
    }
    String label = value.isEmpty() ? missingLabel : value;
    return codeOfLabel.computeIfAbsent(label, l -> codeOfLabel.size());
  }

  /** A single code 0 with the given label for every row (no dimension). */
  static StringCodes constant(int rowCount, String label) {
    return new StringCodes(new int[rowCount], new String[] {label});
  }

  /** {@link #NONE} for every row and no labels (a column that is absent). */
  static StringCodes allMissing(int rowCount) {
    int[] codes = new int[rowCount];
    Arrays.fill(codes, NONE);
    return new StringCodes(codes, new String[0]);
  }

  private StringCodes sortedByLabel() {
    String[] sortedLabels = labels.clone();
    Arrays.sort(sortedLabels);
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < sortedLabels.length; i++) {
      rank.put(sortedLabels[i], i);
    }
    int[] remap = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      remap[i] = rank.get(labels[i]);
    }
    int[] recoded = new int[codes.length];
    for (int i = 0; i < codes.length; i++) {
      recoded[i] = codes[i] == NONE ? NONE : remap[codes[i]];
    }
    return new StringCodes(recoded, sortedLabels);
  }

  /** @return one code per encoded row ({@link #NONE} for a missing value without a label) */
  int[] codes() {
    return codes;
  }

  /** @return the label of each code */
  String[] labels() {
    return labels;
  }
}
