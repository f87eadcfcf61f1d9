package dev.kpikit.metrics;

/**
 * Counts distinct keys (orders, customers) per cell (e.g. period x dimension) in linear time: rows
 * are bucketed by cell with a counting sort, then each bucket is scanned with a "last cell seen" mark
 * per key. No hashing, no per-row objects.
 */
final class DistinctCounts {
  private DistinctCounts() {}

  /**
   * @param cellOfRow the cell of each row, or a negative value to leave the row out
   * @param cellCount the number of cells
   * @param keyOfRow the key of each row ({@code 0..keyCount - 1}) for rows that are not left out
   * @param keyCount the number of distinct keys
   * @return the number of distinct keys per cell
   */
  static int[] perCell(int[] cellOfRow, int cellCount, int[] keyOfRow, int keyCount) {
    int[] start = new int[cellCount + 1];
    for (int cell : cellOfRow) {
      if (cell >= 0) {
        start[cell + 1]++;
      }
    }
    for (int c = 0; c < cellCount; c++) {
      start[c + 1] += start[c];
    }
    int[] next = start.clone();
    int[] keysByCell = new int[start[cellCount]];
    for (int r = 0; r < cellOfRow.length; r++) {
      int cell = cellOfRow[r];
      if (cell >= 0) {
        keysByCell[next[cell]++] = keyOfRow[r];
      }
    }
    int[] lastCell = new int[keyCount];
    java.util.Arrays.fill(lastCell, -1);
    int[] counts = new int[cellCount];
    for (int c = 0; c < cellCount; c++) {
      for (int i = start[c]; i < start[c + 1]; i++) {
        int key = keysByCell[i];
        if (lastCell[key] != c) {
          lastCell[key] = c;
          counts[c]++;
        }
      }
    }
    return counts;
  }
}
