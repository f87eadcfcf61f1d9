package dev.kpikit.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The slots of the loader's open-addressing hash tables (linear probing, at most half full): a slot
 * is 0 when empty, else it packs an entry's hash (high 32 bits) with the entry's number + 1 (low 32
 * bits), so a probe compares hashes without reading another array and touches the key only when the
 * hashes match. Also the byte hash and comparison those tables use.
 */
final class HashSlots {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private HashSlots() {}

  /** @return the slot of entry {@code entry} (0 or more) with hash {@code hash} */
  static long slot(int hash, int entry) {
    return ((long) hash << 32) | (entry + 1L);
  }

  /** @return the hash stored in a non-empty slot */
  static int hash(long slot) {
    return (int) (slot >>> 32);
  }

  /** @return the entry stored in a non-empty slot */
  static int entry(long slot) {
    return (int) slot - 1;
  }

  /**
   * @param slots full slots
   * @return twice as many slots holding the same entries
   */
  static long[] grown(long[] slots) {
    long[] grown = new long[2 * slots.length];
    int mask = grown.length - 1;
    for (long s : slots) {
      if (s != 0) {
        grown[freeSlot(grown, 1, hash(s), mask)] = s;
      }
    }
    return grown;
  }

  /**
   * The first empty slot a value of hash {@code hash} probes (linear probing) in a table whose
   * slots are {@code stride} longs each, the first long of a slot 0 when it is empty.
   *
   * @return the slot's index (its first long is at {@code stride * index})
   */
  static int freeSlot(long[] table, int stride, int hash, int mask) {
    int i = hash & mask;
    while (table[stride * i] != 0) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /**
   * Whether {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)} hold the same bytes, compared eight at a
   * time: keys are short (ids, labels), where {@link java.util.Arrays#equals(byte[], int, int,
   * byte[], int, int)} costs more in its checks and call than in comparing.
   */
  static boolean sameBytes(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
    int n = aTo - aFrom;
    if (n != bTo - bFrom) {
      return false;
    }
    int i = 0;
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      if ((long) LONGS.get(a, aFrom + i) != (long) LONGS.get(b, bFrom + i)) {
        return false;
      }
    }
    for (; i < n; i++) {
      if (a[aFrom + i] != b[bFrom + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A hash of {@code b[from, to)} computed eight bytes at a time, well mixed in its low bits (the
   * tables index slots by them).
   */
  static int hashBytes(byte[] b, int from, int to) {
    long h = to - from;
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      h = (h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    long tail = 0;
    for (int shift = 0; i < to; i++, shift += 8) {
      tail |= (b[i] & 0xFFL) << shift;
    }
    h = (h ^ tail) * 0xBF58476D1CE4E5B9L;
    h ^= h >>> 31;
    h *= 0x94D049BB133111EBL;
    return (int) (h ^ (h >>> 32));
  }
}
