package dev.kpikit.load;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;

/**
 * A text column's dictionary while it loads: distinct values in order of first appearance, each
 * with its code ({@code 0, 1, 2...}), into which each chunk's {@link Utf8Dictionary} is merged.
 *
 * <p>The values are split by their hash into independent {@link Utf8Dictionary partitions}, so the
 * values of a large chunk (order ids: nearly all new) are merged into the partitions on all
 * processors at once, each partition by one thread in the chunk's order. The column's codes are then
 * given in one sequential pass over the chunk's values, without hashing: a value is new exactly when
 * its partition gave it the partition's next code. Codes, labels and their order are therefore the
 * same as a single dictionary's, however many partitions and threads.
 */
final class PartitionedDictionary {
  /** Values of a chunk below which its merge stays on the calling thread. */
  static final int PARALLEL_FROM = 1 << 14;

  private static final int PARTITIONS =
      Math.min(8, Integer.highestOneBit(Math.max(1, Runtime.getRuntime().availableProcessors())));

  private final Utf8Dictionary[] parts;
  private final int partitionBits;
  private final int parallelFrom;
  /** Per partition: the column code of each of its codes. */
  private final IntArrayList[] columnCodes;
  /** Per column code: its partition's code times the partitions, plus its partition. */
  private final IntArrayList partitionCodes = new IntArrayList();

  /** A dictionary with a partition per processor (a power of two, at most 8). */
  PartitionedDictionary() {
    this(PARTITIONS, PARALLEL_FROM);
  }

  /**
   * @param partitions a power of two, 1 or more
   * @param parallelFrom the values of a chunk from which it is merged on several threads
   */
  PartitionedDictionary(int partitions, int parallelFrom) {
    if (partitions < 1 || Integer.bitCount(partitions) != 1) {
      throw new IllegalArgumentException("partitions must be a power of two: " + partitions);
    }
    parts = new Utf8Dictionary[partitions];
    columnCodes = new IntArrayList[partitions];
    for (int p = 0; p < partitions; p++) {
      parts[p] = new Utf8Dictionary();
      columnCodes[p] = new IntArrayList();
    }
    partitionBits = Integer.numberOfTrailingZeros(partitions);
    this.parallelFrom = parallelFrom;
  }

  /** @return the number of distinct values */
  int size() {
    return partitionCodes.size();
  }

  /**
   * The column codes of some of a chunk's values; values new to the column get the next codes in
   * the order given.
   *
   * @param chunk a chunk's dictionary
   * @param values codes of {@code chunk}, {@code values[0 .. count)}
   * @return the column code of each of those values, in the same order
   */
  int[] codesOf(Utf8Dictionary chunk, int[] values, int count) {
    int partitions = parts.length;
    int[] local = new int[count];
    if (partitions > 1 && count >= parallelFrom) {
      CompletableFuture<?>[] others = new CompletableFuture<?>[partitions - 1];
      for (int p = 1; p < partitions; p++) {
        int part = p;
        others[p - 1] =
            CompletableFuture.runAsync(() -> merge(chunk, values, count, part, local), ForkJoinPool.commonPool());
      }
      merge(chunk, values, count, 0, local);
      try {
        CompletableFuture.allOf(others).join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException cause) {
          throw cause;
        }
        throw e;
      }
    } else {
      for (int p = 0; p < partitions; p++) {
        merge(chunk, values, count, p, local);
      }
    }
    int[] codes = new int[count];
    for (int i = 0; i < count; i++) {
      int p = partitionOf(chunk.hashOf(values[i]));
      int l = local[i];
      IntArrayList mine = columnCodes[p];
      if (l == mine.size()) {
        if (l > (Integer.MAX_VALUE >> partitionBits)) {
          throw new IllegalStateException(
              "a text column holds more distinct values than kpikit can load");
        }
        mine.add(partitionCodes.size());
        partitionCodes.add((l << partitionBits) | p);
      }
      codes[i] = mine.getInt(l);
    }
    return codes;
  }

  /** Merges the values of partition {@code p} into it, in order, noting their partition codes. */
  private void merge(Utf8Dictionary chunk, int[] values, int count, int p, int[] local) {
    Utf8Dictionary part = parts[p];
    for (int i = 0; i < count; i++) {
      int c = values[i];
      if (partitionOf(chunk.hashOf(c)) == p) {
        local[i] = part.codeOf(chunk, c);
      }
    }
  }

  /** The partition of a hash: its top bits (the partitions' tables index slots by the low ones). */
  private int partitionOf(int hash) {
    return partitionBits == 0 ? 0 : hash >>> (Integer.SIZE - partitionBits);
  }

  /**
   * The values, indexed by code, decoded on first read as {@link Utf8Dictionary#labels()} (a column
   * of ids whose labels nobody reads costs no strings).
   */
  List<String> labels() {
    List<List<String>> partLabels = new java.util.ArrayList<>(parts.length);
    for (Utf8Dictionary part : parts) {
      partLabels.add(part.labels());
    }
    return new Labels(partLabels, partitionCodes.elements(), partitionCodes.size(), partitionBits);
  }

  /** The labels of the column codes, read from the partitions' labels. */
  private static final class Labels extends AbstractList<String> implements RandomAccess {
    private final List<List<String>> parts;
    private final int[] partitionCodes;
    private final int size;
    private final int partitionBits;

    Labels(List<List<String>> parts, int[] partitionCodes, int size, int partitionBits) {
      this.parts = parts;
      this.partitionCodes = partitionCodes;
      this.size = size;
      this.partitionBits = partitionBits;
    }

    @Override
    public String get(int code) {
      java.util.Objects.checkIndex(code, size);
      int packed = partitionCodes[code];
      return parts.get(packed & ((1 << partitionBits) - 1)).get(packed >>> partitionBits);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
