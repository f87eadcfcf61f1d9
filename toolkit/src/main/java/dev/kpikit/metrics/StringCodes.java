package dev.kpikit.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.function.IntFunction;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * Dictionary codes for the values of a text column, built once so metrics aggregate into int-indexed
 * arrays instead of hashing strings per row. Built from the column's own dictionary: each row costs
 * an array lookup, each distinct value one check that it is not missing. Codes are dense ({@code
 * 0..labelCount() - 1}) in order of first appearance; when sorted, code order is the labels'
 * natural (String) order, so iterating codes gives sorted output. Labels of unsorted codes are read
 * from the dictionary when asked for, so encoding ids whose labels no metric prints costs no
 * strings.
 */
final class StringCodes {
  /** The code of a missing value when no label stands in for it. */
  static final int NONE = -1;

  private static final int UNSEEN = -2;

  private final int[] codes;
  private final int labelCount;
  private final IntFunction<String> labelOfCode;
  private volatile String[] labels;

  private StringCodes(int[] codes, String[] labels) {
    this.codes = codes;
    this.labels = labels;
    this.labelCount = labels.length;
    this.labelOfCode = c -> labels[c];
  }

  private StringCodes(int[] codes, int labelCount, IntFunction<String> labelOfCode) {
    this.codes = codes;
    this.labelCount = labelCount;
    this.labelOfCode = labelOfCode;
  }

  /**
   * Encodes the values of {@code column} at the given source rows.
   *
   * @param column the column
   * @param rows the source rows to encode, increasing; {@code codes()[i]} belongs to {@code rows[i]}
   * @param missingLabel the label a missing (empty) value gets, or null to give it {@link #NONE}
   * @param sorted whether codes follow the labels' natural order
   */
  static StringCodes encode(StringColumn column, int[] rows, String missingLabel, boolean sorted) {
    DictionaryMap dictionary = column.getDictionary();
    if (dictionary instanceof NullDictionaryMap) {
      return encodeValues(column, rows, missingLabel, sorted);
    }
    int[] keys = DictionaryKeys.of(dictionary, rows);
    KeyRange range = KeyRange.of(dictionary, keys);
    // Tablesaw and the loader assign dictionary keys sequentially (the missing value's key apart),
    // so the key range is about the number of distinct values: translate each key once, then every
    // row with an array lookup. Should the keys ever be sparse, hash the values instead.
    if (range.size() > 2L * keys.length + 16) {
      return encodeValues(column, rows, missingLabel, sorted);
    }
    StringCodes unsorted = missingLabel == null ? inFirstKeyOrder(dictionary, keys, range) : null;
    if (unsorted == null) {
      unsorted = translate(dictionary, keys, range, missingLabel);
    }
    if (unsorted == null) {
      return encodeValues(column, rows, missingLabel, sorted);
    }
    return sorted ? unsorted.sortedByLabel() : unsorted;
  }

  /**
   * The usual case of a loaded column read in full: values first appear in increasing key order
   * from the smallest key, so each value's code is its key's distance from the smallest; missing
   * values get {@link #NONE}. Checked in one pass that writes the codes over {@code keys}; null
   * (and {@code keys} unchanged) when the keys do not qualify.
   */
  private static StringCodes inFirstKeyOrder(DictionaryMap dictionary, int[] keys, KeyRange range) {
    int next = 0;
    for (int key : keys) {
      int code = key - range.min();
      if (key == range.missingKey() || code < next) {
        continue;
      }
      if (code > next || !range.missingKnown() && dictionary.getValueForKey(key).isEmpty()) {
        return null;
      }
      next++;
    }
    for (int i = 0; i < keys.length; i++) {
      keys[i] = keys[i] == range.missingKey() ? NONE : keys[i] - range.min();
    }
    int min = range.min();
    return new StringCodes(keys, next, c -> dictionary.getValueForKey(min + c));
  }

  /**
   * Codes in order of first appearance through a key-to-code table; writes the codes over {@code
   * keys}. Null when the missing value's label is also a value of the column (then only hashing
   * the values keeps them apart).
   */
  private static StringCodes translate(
      DictionaryMap dictionary, int[] keys, KeyRange range, String missingLabel) {
    int[] codeOfKey = new int[(int) range.size()];
    Arrays.fill(codeOfKey, UNSEEN);
    int[] keyOfCode = new int[16];
    int count = 0;
    int missingCode = missingLabel == null ? NONE : UNSEEN;
    for (int i = 0; i < keys.length; i++) {
      int key = keys[i];
      int slot = key == range.missingKey() ? -1 : key - range.min();
      int code = slot < 0 ? UNSEEN : codeOfKey[slot];
      if (code == UNSEEN) {
        boolean missing = slot < 0 || !range.missingKnown() && dictionary.getValueForKey(key).isEmpty();
        if (missing && missingCode != UNSEEN) {
          code = missingCode;
        } else {
          keyOfCode = count == keyOfCode.length ? Arrays.copyOf(keyOfCode, 2 * count) : keyOfCode;
          keyOfCode[count] = key;
          code = count++;
          missingCode = missing ? code : missingCode;
        }
        if (slot >= 0) {
          codeOfKey[slot] = code;
        }
      }
      keys[i] = code;
    }
    int[] keyOf = keyOfCode;
    int missingOf = missingCode;
    StringCodes codes = new StringCodes(
        keys, count, c -> c == missingOf ? missingLabel : dictionary.getValueForKey(keyOf[c]));
    boolean labelled = missingLabel != null && missingCode != UNSEEN;
    return labelled && !codes.labelsDistinct() ? null : codes;
  }

  private boolean labelsDistinct() {
    return new HashSet<>(Arrays.asList(labels())).size() == labelCount;
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
    String[] labels = labels();
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

  /** @return the number of codes (missing values without a label have none) */
  int labelCount() {
    return labelCount;
  }

  /**
   * @param code a code
   * @return its label
   */
  String label(int code) {
    String[] known = labels;
    return known != null ? known[code] : labelOfCode.apply(code);
  }

  /** @return the label of each code (read from the dictionary on the first call) */
  String[] labels() {
    if (labels == null) {
      String[] all = new String[labelCount];
      Arrays.setAll(all, labelOfCode);
      labels = all;
    }
    return labels;
  }
}
