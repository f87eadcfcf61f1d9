package dev.kpikit.clv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.DictionaryMap;
import tech.tablesaw.columns.strings.NullDictionaryMap;

/**
 * Dense codes {@code 0..count-1} for the values of a customer id column, in order of first
 * appearance, so per-customer work runs over int arrays. Missing (empty) ids get {@code -1}. Uses
 * the column's dictionary keys when it has one (one array lookup per row), else hashes the values.
 */
final class CustomerKeys {
  final int[] codes;
  final String[] labels;

  private CustomerKeys(int[] codes, String[] labels) {
    this.codes = codes;
    this.labels = labels;
  }

  static CustomerKeys of(StringColumn ids) {
    DictionaryMap dictionary = ids.getDictionary();
    if (dictionary instanceof NullDictionaryMap) {
      return byValue(ids);
    }
    int n = ids.size();
    int[] codes = new int[n];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      int key = dictionary.getKeyForIndex(i);
      codes[i] = key;
      min = Math.min(min, key);
      max = Math.max(max, key);
    }
    if (n == 0 || (long) max - min > 4L * n + 16) {
      return byValue(ids);
    }
    int[] codeOfKey = new int[max - min + 1];
    Arrays.fill(codeOfKey, -2);
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int slot = codes[i] - min;
      int code = codeOfKey[slot];
      if (code == -2) {
        String label = dictionary.getValueForKey(codes[i]);
        code = label == null || label.isEmpty() ? -1 : labels.size();
        if (code >= 0) {
          labels.add(label);
        }
        codeOfKey[slot] = code;
      }
      codes[i] = code;
    }
    return new CustomerKeys(codes, labels.toArray(String[]::new));
  }

  private static CustomerKeys byValue(StringColumn ids) {
    int n = ids.size();
    int[] codes = new int[n];
    Map<String, Integer> codeOf = new HashMap<>();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String value = ids.get(i);
      if (value == null || value.isEmpty()) {
        codes[i] = -1;
        continue;
      }
      codes[i] =
          codeOf.computeIfAbsent(
              value,
              v -> {
                labels.add(v);
                return labels.size() - 1;
              });
    }
    return new CustomerKeys(codes, labels.toArray(String[]::new));
  }
}
