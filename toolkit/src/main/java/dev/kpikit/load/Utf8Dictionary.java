package dev.kpikit.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Distinct text values in order of first appearance, each with its code ({@code 0, 1, 2...}), keyed
 * by the value's UTF-8 bytes: values are compared and stored as bytes and decoded into a
 * {@code String} only once, at the end ({@link #labels()}).
 *
 * <p>One instance holds a chunk's values while the chunk is parsed; another merges the chunks' values
 * into the column's codes. The merge passes each chunk value's stored hash along ({@link
 * #codeOf(Utf8Dictionary, int)}), so no value is hashed or decoded twice. An open-addressing table
 * kept at most half full, with each value's hash beside it: bytes are compared only when hashes
 * match.
 */
final class Utf8Dictionary {
  private static final int INITIAL_SLOTS = 1 << 6;
  /** The most bytes an array can hold on common JVMs. */
  private static final int MAX_BYTES = Integer.MAX_VALUE - 8;

  private byte[] bytes = new byte[256];
  private int used;
  /** Value {@code c}'s bytes are {@code bytes[ends[c - 1] (0 for c = 0) .. ends[c])}. */
  private int[] ends = new int[INITIAL_SLOTS / 2];
  private int[] hashes = new int[INITIAL_SLOTS / 2];
  private long[] slots = new long[INITIAL_SLOTS];
  private int size;

  /** @return the number of distinct values */
  int size() {
    return size;
  }

  /**
   * The code of the value whose UTF-8 bytes are {@code b[from, to)}, a new one when it is new.
   *
   * @param hash {@link #hash(byte[], int, int)} of those bytes
   */
  int codeOf(byte[] b, int from, int to, int hash) {
    int mask = slots.length - 1;
    int i = hash & mask;
    for (long s; (s = slots[i]) != 0; i = (i + 1) & mask) {
      if (HashSlots.hash(s) == hash) {
        int c = HashSlots.entry(s);
        if (HashSlots.sameBytes(bytes, start(c), ends[c], b, from, to)) {
          return c;
        }
      }
    }
    return add(b, from, to, hash, i);
  }

  /**
   * @param other another dictionary
   * @param code a code of {@code other}
   * @return the code of the same value here, a new one when it is new
   */
  int codeOf(Utf8Dictionary other, int code) {
    return codeOf(other.bytes, other.start(code), other.ends[code], other.hashes[code]);
  }

  /** @return the code of {@code value}, a new one when it is new */
  int codeOf(String value) {
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    return codeOf(b, 0, b.length, hash(b, 0, b.length));
  }

  /** @return the values, indexed by code, decoded once each */
  List<String> labels() {
    String[] labels = new String[size];
    for (int c = 0; c < size; c++) {
      labels[c] = decode(start(c), ends[c]);
    }
    return Arrays.asList(labels);
  }

  /** The hash this dictionary keys bytes by. */
  static int hash(byte[] b, int from, int to) {
    return HashSlots.hashBytes(b, from, to);
  }


  private int start(int code) {
    return code == 0 ? 0 : ends[code - 1];
  }

  private String decode(int from, int to) {
    for (int p = from; p < to; p++) {
      if (bytes[p] < 0) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
      }
    }
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private int add(byte[] b, int from, int to, int hash, int slot) {
    int length = to - from;
    if (length > MAX_BYTES - used) {
      throw new IllegalStateException(
          "a text column holds more than " + MAX_BYTES + " bytes of distinct values; kpikit cannot load it");
    }
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES, Math.max(2L * bytes.length, used + length)));
    }
    System.arraycopy(b, from, bytes, used, length);
    used += length;
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, 2 * size);
      hashes = Arrays.copyOf(hashes, 2 * size);
    }
    int code = size++;
    ends[code] = used;
    hashes[code] = hash;
    slots[slot] = HashSlots.slot(hash, code);
    if (2 * size > slots.length) {
      slots = HashSlots.grown(slots);
    }
    return code;
  }
}
