package dev.kpikit.load;

import java.util.Arrays;

/**
 * A hash table from byte strings (such as the fields of a CSV chunk) to int codes, so repeated text
 * values are recognised without decoding them into a {@code String}. Keys are copied into one
 * compact array: a lookup that finds its key compares it there, next to the other keys, instead of
 * where it first appeared in a large buffer.
 */
final class ByteKeyTable {
  private static final int INITIAL_SLOTS = 1 << 10;

  private long[] slots = new long[INITIAL_SLOTS];
  private byte[] keys = new byte[INITIAL_SLOTS * 8];
  private int keysUsed;
  /** Entry {@code e}'s key is {@code keys[keyEnd[e - 1] (0 for e = 0) .. keyEnd[e])}. */
  private int[] keyEnd = new int[INITIAL_SLOTS / 2];
  private int[] codes = new int[INITIAL_SLOTS / 2];
  private int count;
  private int lastSlot;
  private int lastHash;

  /**
   * Looks a key up; when absent, {@link #putLastMissing} may add it.
   *
   * @return its code, or -1 when absent
   */
  int get(byte[] b, int from, int to) {
    int h = hash(b, from, to);
    int mask = slots.length - 1;
    int i = h & mask;
    for (long s; (s = slots[i]) != 0; i = (i + 1) & mask) {
      if (HashSlots.hash(s) == h) {
        int e = HashSlots.entry(s);
        if (HashSlots.sameBytes(keys, e == 0 ? 0 : keyEnd[e - 1], keyEnd[e], b, from, to)) {
          return codes[e];
        }
      }
    }
    lastSlot = i;
    lastHash = h;
    return -1;
  }

  /** Adds the key {@code b[from, to)} that {@link #get} just failed to find, with its code. */
  void putLastMissing(byte[] b, int from, int to, int code) {
    int length = to - from;
    if (keysUsed + length > keys.length) {
      keys = Arrays.copyOf(keys, Math.max(2 * keys.length, keysUsed + length));
    }
    System.arraycopy(b, from, keys, keysUsed, length);
    keysUsed += length;
    if (count == keyEnd.length) {
      keyEnd = Arrays.copyOf(keyEnd, 2 * count);
      codes = Arrays.copyOf(codes, 2 * count);
    }
    keyEnd[count] = keysUsed;
    codes[count] = code;
    slots[lastSlot] = HashSlots.slot(lastHash, count);
    count++;
    if (2 * count > slots.length) {
      slots = HashSlots.grown(slots);
    }
  }

  private static int hash(byte[] b, int from, int to) {
    return HashSlots.hashBytes(b, from, to);
  }

}
