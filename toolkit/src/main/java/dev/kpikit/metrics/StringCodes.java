package dev.kpikit.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.StringColumn;

/**
 * Dictionary codes for the values of a text column, built once so metrics aggregate into int-indexed
 * arrays instead of hashing strings per row. Codes are dense ({@code 0..labels.length - 1}); when
 * sorted, code order is the labels' natural (String) order, so iterating codes gives sorted output.
 */
final class StringCodes {
  /** The code of a missing value when no label stands in for it. */
  static final int NONE = -1;

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
    Map<String, Integer> dictionary = new HashMap<>();
    int[] codes = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      String value = column.get(rows[i]);
      if (value.isEmpty()) {
        if (missingLabel == null) {
          codes[i] = NONE;
          continue;
        }
        value = missingLabel;
      }
      Integer code = dictionary.get(value);
      if (code == null) {
        code = dictionary.size();
        dictionary.put(value, code);
      }
      codes[i] = code;
    }
    String[] labels = new String[dictionary.size()];
    dictionary.forEach((label, code) -> labels[code] = label);
    StringCodes unsorted = new StringCodes(codes, labels);
    return sorted ? unsorted.sortedByLabel() : unsorted;
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
