package dev.kpikit.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Distinct text values in order of first appearance, each with its code ({@code 0, 1, 2...}), keyed
 * by the value's UTF-8 bytes: values are compared and stored as bytes and decoded into a {@code
 * String} only once, at the end ({@link #labels()}).
 *
 * <p>One instance holds a chunk's values while the chunk is parsed; another merges the chunks' values
 * into the column's codes, passing each value's stored hash along ({@link #codeOf(Utf8Dictionary,
 * int)}), so no value is decoded twice.
 *
 * <p>An open-addressing table (linear probing, at most half full) whose slots hold the key itself
 * when it is short: ids, codes and labels of up to {@value #INLINE_BYTES} bytes are compared as two
 * {@code long}s inside the slot, one memory access a probe, instead of following the slot to the
 * stored bytes. Longer keys keep their hash in the slot and are compared byte by byte only when the
 * hashes match.
 *
 * <p>A column's dictionary that grows past {@value #COMPACT_FROM_SLOTS} slots (order ids: more
 * than half a million distinct values) turns <em>compact</em>: its slots then hold only the hash
 * and code ({@link HashSlots}), one {@code long} instead of three, and may be three quarters full;
 * every key is then compared with the stored bytes when the hashes match. On 10M distinct order ids
 * the table takes 128 MiB instead of 768 MiB (and 192 MiB instead of 1.1 GiB while it grows), for
 * one more memory access on a value seen before; new values, nearly all of an id column's, cost the
 * same.
 *
 * <p>A column's dictionary keeps no slots at all while its values arrive in ascending key order
 * (longer keys after shorter ones, keys of one length by their unsigned bytes; {@link #follows}),
 * each new or the last one again: a value after the last one stored is new without a lookup, and
 * the last one again (an order whose lines are split between two batches) keeps its code. Order ids numbered in
 * order ({@code O100000000, O100000001...}, also {@code 1, 2, ... 10, 11}) merge this way, with no
 * cache miss in a table of 100+ MiB per id and no such table. The first value out of order builds
 * the slots of every value so far, and the dictionary works as above from then on; codes are the
 * same either way.
 */
final class Utf8Dictionary {
  /** The longest key held inside its slot: two longs, the last byte of the second is the length. */
  static final int INLINE_BYTES = 15;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle BIG_LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  /** Second key word of a slot whose key is longer than {@link #INLINE_BYTES}. */
  private static final long LONG_KEY = -1L;
  /** Longs per slot: the hash and code, then the two key words. */
  private static final int STRIDE = 3;

  private static final int INITIAL_SLOTS = 1 << 6;
  /**
   * Slots beyond which a column's dictionary turns compact (about half a million values): on 1M
   * distinct order ids the table then takes 16 MiB instead of 48 MiB (and 40 MiB instead of 72 MiB
   * while it grows); 500k customers (the benchmark's at 10M rows) stay inside their slots.
   */
  static final int COMPACT_FROM_SLOTS = 1 << 20;
  /** The most bytes an array can hold on common JVMs. */
  private static final int MAX_BYTES = Integer.MAX_VALUE - 8;

  private byte[] bytes = new byte[256];
  private int used;
  /** Value {@code c}'s bytes are {@code bytes[ends[c - 1] (0 for c = 0) .. ends[c])}. */
  private int[] ends;
  private int[] hashes;
  /** Slot {@code i} is {@code table[3i .. 3i + 3)}: {@link HashSlots#slot}, key word 0, key word 1. */
  private long[] table;
  private int mask;
  private int size;

  /** Whether this dictionary may stop indexing (a chunk's, see {@link #forChunk()}). */
  private final boolean adaptive;
  /** False once a chunk's values proved nearly all distinct: new values are then only stored. */
  private boolean indexed = true;
  private int lookups;
  /** True once the slots hold only the hash and code, one long a slot (see the class comment). */
  private boolean compact;
  /** What {@link #touch} read, kept so that the read is not optimised away. */
  private long touched;
  /**
   * True while a column's dictionary has seen its values in ascending key order, each new or the
   * last one again (see {@link #follows}), and keeps no slots: a value that follows the last one is
   * certainly new.
   */
  private boolean ascending;

  /** An empty dictionary, indexed for good: every value has one code. */
  Utf8Dictionary() {
    this(false, 0);
  }

  /** An empty dictionary with slots for about {@code expected} values (at least a few). */
  private Utf8Dictionary(boolean adaptive, int expected) {
    this.adaptive = adaptive;
    int values = Math.max(INITIAL_SLOTS / 2, Math.min(expected, 1 << 22));
    int slots = 2 * Integer.highestOneBit(2 * values - 1); // at most half full at that many
    ends = new int[slots / 2];
    hashes = new int[slots / 2];
    ascending = !adaptive;
    if (!ascending) {
      table = new long[STRIDE * slots];
      mask = slots - 1;
    }
  }

  /**
   * An empty dictionary for one chunk of a column. When its first {@value #PROBE_VALUES} lookups
   * found nearly every value new (ids such as order numbers, whose repeats are the previous row's
   * and never reach the dictionary), it stops indexing: each further value is stored with its hash
   * under a new code, without a lookup, and the merge into the column's dictionary, which hashes
   * nothing again, gives equal values their one code there. So a value may then hold several codes
   * of the chunk's, and {@link #size()} counts codes rather than distinct values.
   */
  static Utf8Dictionary forChunk() {
    return forChunk(0);
  }

  /**
   * As {@link #forChunk()}, with room for about {@code expected} codes (the previous chunk's count),
   * so the table is not grown step by step.
   *
   * @param expected the codes expected; 0 or less when unknown
   */
  static Utf8Dictionary forChunk(int expected) {
    return new Utf8Dictionary(true, expected);
  }

  /**
   * As {@link #forChunk()}, for a chunk whose previous one stopped indexing (order ids): slots for
   * the probe only, and room for about {@code expectedCodes} values of {@code expectedBytes} bytes in
   * all (the previous chunk's), so the stored values are not copied again and again as they grow.
   *
   * @param expectedCodes the codes expected; 0 or less when unknown
   * @param expectedBytes the bytes of their values; 0 or less when unknown
   */
  static Utf8Dictionary forDistinctChunk(int expectedCodes, long expectedBytes) {
    Utf8Dictionary chunk = new Utf8Dictionary(true, PROBE_VALUES);
    chunk.reserve(expectedCodes, expectedBytes);
    return chunk;
  }

  /**
   * Makes room for at least {@code values} values of {@code valueBytes} bytes in all, so that
   * storing that many copies nothing; the slots are unchanged (they grow as values are added).
   *
   * @param values the values to hold, the ones held included
   * @param valueBytes the bytes of those values
   */
  void reserve(int values, long valueBytes) {
    if (values > ends.length) {
      ends = Arrays.copyOf(ends, values);
      hashes = Arrays.copyOf(hashes, values);
    }
    if (valueBytes > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES, valueBytes));
    }
  }

  /** @return the bytes of the values stored */
  long storedBytes() {
    return used;
  }

  /** Lookups after which a chunk's dictionary decides whether to keep indexing. */
  static final int PROBE_VALUES = 8192;

  /** @return false once a chunk's dictionary stopped indexing (see {@link #forChunk()}) */
  boolean indexed() {
    return indexed;
  }

  /** @return the number of codes: the number of distinct values while indexed */
  int size() {
    return size;
  }

  /**
   * The code of the value whose UTF-8 bytes are {@code b[from, to)}, a new one when it is new.
   *
   * @param hash {@link #hash(byte[], int, int)} of those bytes
   */
  int codeOf(byte[] b, int from, int to, int hash) {
    if (!indexed) {
      return store(b, from, to, hash);
    }
    if (ascending) {
      int last = size - 1;
      if (size == 0 || follows(b, from, to, bytes, start(last), ends[last])) {
        return store(b, from, to, hash);
      }
      if (hashes[last] == hash && HashSlots.sameBytes(bytes, start(last), ends[last], b, from, to)) {
        return last; // the last value again (an order's lines split between batches or row groups)
      }
      index();
    }
    if (adaptive && ++lookups == PROBE_VALUES && size > PROBE_VALUES - PROBE_VALUES / 16) {
      indexed = false;
      table = null;
      return store(b, from, to, hash);
    }
    int length = to - from;
    int i = hash & mask;
    if (compact) {
      for (long s; (s = table[i]) != 0; i = (i + 1) & mask) {
        if (HashSlots.hash(s) == hash) {
          int c = HashSlots.entry(s);
          if (HashSlots.sameBytes(bytes, start(c), ends[c], b, from, to)) {
            return c;
          }
        }
      }
      int code = store(b, from, to, hash);
      table[i] = HashSlots.slot(hash, code);
      if (4L * size > 3L * (mask + 1L)) {
        table = HashSlots.grown(table);
        mask = table.length - 1;
      }
      return code;
    }
    if (length <= INLINE_BYTES) {
      long w0 = firstWord(b, from, to);
      long w1 = secondWord(b, from, to);
      for (long s; (s = table[STRIDE * i]) != 0; i = (i + 1) & mask) {
        if (table[STRIDE * i + 1] == w0 && table[STRIDE * i + 2] == w1) {
          return HashSlots.entry(s);
        }
      }
      return add(b, from, to, hash, i, w0, w1);
    }
    for (long s; (s = table[STRIDE * i]) != 0; i = (i + 1) & mask) {
      if (HashSlots.hash(s) == hash && table[STRIDE * i + 2] == LONG_KEY) {
        int c = HashSlots.entry(s);
        if (HashSlots.sameBytes(bytes, start(c), ends[c], b, from, to)) {
          return c;
        }
      }
    }
    return add(b, from, to, hash, i, 0, LONG_KEY);
  }

  /**
   * @param other another dictionary
   * @param code a code of {@code other}
   * @return the code of the same value here, a new one when it is new
   */
  int codeOf(Utf8Dictionary other, int code) {
    return codeOf(other.bytes, other.start(code), other.ends[code], other.hashes[code]);
  }

  /**
   * Reads the first slot a value with hash {@code hash} would probe, so that a later {@link
   * #codeOf} of it finds the slot in the cache: a merge touches the slot of a value some places
   * ahead, and the memory accesses of several values overlap instead of following one another.
   * Changes nothing.
   */
  void touch(int hash) {
    long[] t = table;
    if (t != null) {
      touched ^= compact ? t[hash & mask] : t[STRIDE * (hash & mask)];
    }
  }

  /** @return the hash of code {@code code}'s value, as {@link #hash(byte[], int, int)} */
  int hashOf(int code) {
    return hashes[code];
  }

  /** @return the code of {@code value}, a new one when it is new */
  int codeOf(String value) {
    byte[] b = value.getBytes(StandardCharsets.UTF_8);
    return codeOf(b, 0, b.length, hash(b, 0, b.length));
  }

  /**
   * The values, indexed by code, each decoded into a {@code String} the first time it is read and
   * kept: a column of millions of ids whose labels are never read (metrics work on codes) costs no
   * strings. The list keeps only the stored bytes, not the hash table, and may be read from several
   * threads (a value read by two at once is decoded twice, to equal strings).
   */
  List<String> labels() {
    return new Labels(bytes, ends, size);
  }

  /**
   * The values of a dictionary, decoded on first read and kept in pages of {@value #PAGE} strings
   * made on first use: a column of 10M order ids whose labels nobody reads holds no array of 10M
   * string references.
   */
  private static final class Labels extends AbstractList<String> implements RandomAccess {
    private static final int PAGE_BITS = 12;
    private static final int PAGE = 1 << PAGE_BITS;

    private final byte[] bytes;
    private final int[] ends;
    private final int size;
    private final String[][] pages;

    Labels(byte[] bytes, int[] ends, int size) {
      this.bytes = bytes;
      this.ends = ends;
      this.size = size;
      this.pages = new String[(size + PAGE - 1) >>> PAGE_BITS][];
    }

    @Override
    public String get(int code) {
      Objects.checkIndex(code, size);
      String[] page = pages[code >>> PAGE_BITS];
      if (page == null) {
        page = new String[PAGE];
        pages[code >>> PAGE_BITS] = page;
      }
      String label = page[code & (PAGE - 1)];
      if (label == null) {
        label = decode(bytes, code == 0 ? 0 : ends[code - 1], ends[code]);
        page[code & (PAGE - 1)] = label;
      }
      return label;
    }

    @Override
    public int size() {
      return size;
    }
  }

  /**
   * The hash this dictionary keys bytes by: of the two key words for a short key, {@link
   * HashSlots#hashBytes} for a longer one. Well mixed in its low bits.
   */
  static int hash(byte[] b, int from, int to) {
    if (to - from > INLINE_BYTES) {
      return HashSlots.hashBytes(b, from, to);
    }
    long h = firstWord(b, from, to) * 0x9E3779B97F4A7C15L;
    h = (h ^ (h >>> 29) ^ secondWord(b, from, to)) * 0xBF58476D1CE4E5B9L;
    h ^= h >>> 31;
    h *= 0x94D049BB133111EBL;
    return (int) (h ^ (h >>> 32));
  }

  /**
   * Whether {@code b[from, to)} holds only ASCII bytes, read eight at a time.
   *
   * @return false when a byte is 0x80 or above
   */
  static boolean isAscii(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      if (((long) LONGS.get(b, i) & HIGH_BITS) != 0) {
        return false;
      }
    }
    for (; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** Bytes 0..7 of a short key, little-endian, zero past its end. */
  private static long firstWord(byte[] b, int from, int to) {
    int length = to - from;
    if (length >= Long.BYTES) {
      return (long) LONGS.get(b, from);
    }
    return tail(b, from, to);
  }

  /** Bytes 8..14 of a short key, zero past its end, with the key's length in the top byte. */
  private static long secondWord(byte[] b, int from, int to) {
    int length = to - from;
    long rest = length > Long.BYTES ? tail(b, from + Long.BYTES, to) : 0;
    return rest | ((long) length << 56);
  }

  /** The fewer than eight bytes {@code b[from, to)}, little-endian in a long, without reading past. */
  private static long tail(byte[] b, int from, int to) {
    int length = to - from;
    if (length == 0) {
      return 0;
    }
    if (from + Long.BYTES <= b.length) {
      return (long) LONGS.get(b, from) & ((1L << (8 * length)) - 1);
    }
    if (to >= Long.BYTES) {
      return (long) LONGS.get(b, to - Long.BYTES) >>> (8 * (Long.BYTES - length));
    }
    long w = 0;
    for (int p = to - 1; p >= from; p--) {
      w = (w << 8) | (b[p] & 0xFFL);
    }
    return w;
  }

  private int start(int code) {
    return code == 0 ? 0 : ends[code - 1];
  }

  private static String decode(byte[] bytes, int from, int to) {
    if (isAscii(bytes, from, to)) {
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
    return new String(bytes, from, to - from, StandardCharsets.UTF_8);
  }

  private int add(byte[] b, int from, int to, int hash, int slot, long w0, long w1) {
    int code = store(b, from, to, hash);
    table[STRIDE * slot] = HashSlots.slot(hash, code);
    table[STRIDE * slot + 1] = w0;
    table[STRIDE * slot + 2] = w1;
    if (2 * size > mask + 1) {
      grow();
    }
    return code;
  }

  /** Stores a value's bytes and hash under the next code. */
  private int store(byte[] b, int from, int to, int hash) {
    int length = to - from;
    if (length > MAX_BYTES - used) {
      throw new IllegalStateException(
          "a text column holds more than "
              + MAX_BYTES
              + " bytes of distinct values; kpikit cannot load it");
    }
    if (used + length > bytes.length) {
      bytes =
          Arrays.copyOf(bytes, (int) Math.min(MAX_BYTES, Math.max(2L * bytes.length, used + length)));
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
    return code;
  }

  /** @return true once this dictionary's slots hold only hashes and codes (for tests) */
  boolean compact() {
    return compact;
  }

  /**
   * Whether key {@code a[aFrom, aTo)} comes after key {@code b[bFrom, bTo)}: the longer key, or of
   * keys of one length the greater unsigned bytes. Ids numbered in order (order numbers, also with
   * a prefix, padded or not) follow one another in this order.
   */
  static boolean follows(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
    int n = aTo - aFrom;
    if (n != bTo - bFrom) {
      return n > bTo - bFrom;
    }
    int i = 0;
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      long x = (long) BIG_LONGS.get(a, aFrom + i);
      long y = (long) BIG_LONGS.get(b, bFrom + i);
      if (x != y) {
        return Long.compareUnsigned(x, y) > 0;
      }
    }
    for (; i < n; i++) {
      int x = a[aFrom + i] & 0xFF;
      int y = b[bFrom + i] & 0xFF;
      if (x != y) {
        return x > y;
      }
    }
    return false;
  }

  /**
   * Ends the ascending run of a column's dictionary: builds the slots of every value stored so far,
   * as many as {@link #add} and {@link #grow} would have made (compact past {@link
   * #COMPACT_FROM_SLOTS}), so that lookups work as if the values had been added one by one.
   */
  private void index() {
    ascending = false;
    int slots = INITIAL_SLOTS;
    while (2L * (size + 1) > slots) {
      slots *= 2;
    }
    mask = slots - 1;
    compact = slots > COMPACT_FROM_SLOTS; // half full: within a compact table's 3/4 too
    table = new long[compact ? slots : STRIDE * slots];
    for (int c = 0; c < size; c++) {
      long slot = HashSlots.slot(hashes[c], c);
      if (compact) {
        table[HashSlots.freeSlot(table, 1, hashes[c], mask)] = slot;
        continue;
      }
      int i = HashSlots.freeSlot(table, STRIDE, hashes[c], mask);
      int from = start(c);
      int to = ends[c];
      boolean inline = to - from <= INLINE_BYTES;
      table[STRIDE * i] = slot;
      table[STRIDE * i + 1] = inline ? firstWord(bytes, from, to) : 0;
      table[STRIDE * i + 2] = inline ? secondWord(bytes, from, to) : LONG_KEY;
    }
  }

  /** @return true while a column's dictionary keeps no slots, its values ascending (for tests) */
  boolean ascending() {
    return ascending;
  }

  private void grow() {
    long[] old = table;
    if (!adaptive && 2L * (mask + 1) > COMPACT_FROM_SLOTS) {
      table = new long[2 * (mask + 1)];
      mask = table.length - 1;
      for (int j = 0; j < old.length; j += STRIDE) {
        long s = old[j];
        if (s != 0) {
          table[HashSlots.freeSlot(table, 1, HashSlots.hash(s), mask)] = s;
        }
      }
      compact = true;
      return;
    }
    table = new long[2 * old.length];
    mask = 2 * mask + 1;
    for (int j = 0; j < old.length; j += STRIDE) {
      long s = old[j];
      if (s != 0) {
        int i = HashSlots.freeSlot(table, STRIDE, HashSlots.hash(s), mask);
        table[STRIDE * i] = s;
        table[STRIDE * i + 1] = old[j + 1];
        table[STRIDE * i + 2] = old[j + 2];
      }
    }
  }
}
