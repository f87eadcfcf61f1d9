package dev.kpikit.load;

/**
 * The slot array of an open-addressing hash table with linear probing whose entries are numbered
 * {@code 0..count - 1} and keep their hashes in an array: slot {@code i} holds entry + 1, 0 when
 * empty.
 */
final class HashSlots {
  private HashSlots() {}

  /**
   * @param hashes the hash of each entry
   * @param count the number of entries
   * @param slotCount a power of two above {@code count}
   * @return the slots with every entry placed
   */
  static int[] of(int[] hashes, int count, int slotCount) {
    int[] slots = new int[slotCount];
    int mask = slotCount - 1;
    for (int e = 0; e < count; e++) {
      int i = hashes[e] & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = e + 1;
    }
    return slots;
  }
}
