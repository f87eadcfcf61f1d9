package dev.kpikit.load;

import java.util.Arrays;

/**
 * A hash table from byte strings (ranges of one growing byte buffer, such as a CSV chunk) to int
 * codes, so repeated text values are recognised without decoding them into a {@code String}. It
 * stores offsets, not copies: every key must stay at its offsets in the buffers passed later.
 */
final class ByteKeyTable {
  private static final int INITIAL_SLOTS = 1 << 10;

  private long[] slots = new long[INITIAL_SLOTS];
  private int[] keyStart = new int[INITIAL_SLOTS / 2];
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
        if (HashSlots.sameBytes(b, keyStart[e], keyEnd[e], b, from, to)) {
          return codes[e];
        }
      }
    }
    lastSlot = i;
    lastHash = h;
    return -1;
  }

  /** Adds the key {@link #get} just failed to find, with its code. */
  void putLastMissing(int from, int to, int code) {
    if (count == keyStart.length) {
      keyStart = Arrays.copyOf(keyStart, 2 * count);
      keyEnd = Arrays.copyOf(keyEnd, 2 * count);
      codes = Arrays.copyOf(codes, 2 * count);
    }
    keyStart[count] = from;
    keyEnd[count] = to;
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
