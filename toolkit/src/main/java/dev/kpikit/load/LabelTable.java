package dev.kpikit.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Distinct text values in order of first appearance, each with its code ({@code 0, 1, 2...}).
 *
 * <p>An open-addressing table that keeps each value's hash next to its code and stays at most half
 * full, so a lookup compares strings only when their hashes match: with millions of distinct ids
 * (order ids) a general-purpose map spends its time chasing pointers to strings that differ.
 */
final class LabelTable {
  private static final int INITIAL_SLOTS = 1 << 8;

  private final List<String> labels = new ArrayList<>();
  private int[] slots = new int[INITIAL_SLOTS];
  private int[] hashes = new int[INITIAL_SLOTS / 2];

  /** @return the code of {@code label}, a new one (the next integer) when it is new */
  int codeOf(String label) {
    int h = mix(label.hashCode());
    int mask = slots.length - 1;
    int i = h & mask;
    for (int entry; (entry = slots[i]) != 0; i = (i + 1) & mask) {
      int code = entry - 1;
      if (hashes[code] == h && labels.get(code).equals(label)) {
        return code;
      }
    }
    int code = labels.size();
    if (code == hashes.length) {
      hashes = Arrays.copyOf(hashes, 2 * code);
    }
    labels.add(label);
    hashes[code] = h;
    slots[i] = code + 1;
    if (2 * labels.size() > slots.length) {
      rehash();
    }
    return code;
  }

  /** @return the number of distinct values */
  int size() {
    return labels.size();
  }

  /** @return the values, indexed by code (a live view) */
  List<String> labels() {
    return labels;
  }

  private void rehash() {
    int[] grown = new int[2 * slots.length];
    int mask = grown.length - 1;
    for (int code = 0; code < labels.size(); code++) {
      int i = hashes[code] & mask;
      while (grown[i] != 0) {
        i = (i + 1) & mask;
      }
      grown[i] = code + 1;
    }
    slots = grown;
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
