package dev.kpikit.metrics;

import java.util.Arrays;

/**
 * Counts distinct keys per cell (e.g. distinct orders per period) when most keys fall in one cell
 * only, as the rows of an order do: one pass remembers each key's first cell and counts it there;
 * rows that put a key in another cell are set aside as (key, cell) pairs and counted, duplicates
 * removed, by sorting them at the end. Linear in rows plus the sort of the set-aside pairs; no
 * hashing, no per-row objects.
 */
final class SingleCellCounts {
  private static final int NONE = -1;

  private final int[] firstCell;
  private final int[] counts;
  private long[] otherPairs = new long[64];
  private int otherCount;

  /**
   * @param keyCount keys are {@code 0..keyCount - 1}
   * @param cellCount cells are {@code 0..cellCount - 1}
   */
  SingleCellCounts(int keyCount, int cellCount) {
    firstCell = new int[keyCount];
    Arrays.fill(firstCell, NONE);
    counts = new int[cellCount];
  }

  /** Records that {@code key} occurs in {@code cell}. */
  void add(int key, int cell) {
    int first = firstCell[key];
    if (first == NONE) {
      firstCell[key] = cell;
      counts[cell]++;
    } else if (first != cell) {
      if (otherCount == otherPairs.length) {
        otherPairs = Arrays.copyOf(otherPairs, 2 * otherCount);
      }
      otherPairs[otherCount++] = (long) key << 32 | cell;
    }
  }

  /** @return the number of distinct keys recorded in each cell */
  int[] counts() {
    long[] pairs = Arrays.copyOf(otherPairs, otherCount);
    Arrays.sort(pairs);
    int[] out = counts.clone();
    for (int i = 0; i < pairs.length; i++) {
      if (i == 0 || pairs[i] != pairs[i - 1]) {
        out[(int) pairs[i]]++;
      }
    }
    return out;
  }
}
