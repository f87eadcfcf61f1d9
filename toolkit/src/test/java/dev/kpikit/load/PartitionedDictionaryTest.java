package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartitionedDictionaryTest {

  /** A chunk's dictionary holding {@code values} in order, and the chunk code of each. */
  private record Chunk(Utf8Dictionary dictionary, int[] codes) {
    static Chunk of(List<String> values) {
      Utf8Dictionary d = Utf8Dictionary.forChunk();
      int[] codes = values.stream().mapToInt(d::codeOf).toArray();
      return new Chunk(d, codes);
    }

    /** Every chunk code once, in order of first appearance. */
    int[] firsts() {
      return IntStream.range(0, dictionary.size()).toArray();
    }
  }

  /** Merges every chunk code of {@code chunk}; returns the column code of each of its rows. */
  private static int[] merge(PartitionedDictionary column, Chunk chunk) {
    int[] firsts = chunk.firsts();
    int[] byCode = column.codesOf(chunk.dictionary(), firsts, firsts.length);
    return IntStream.of(chunk.codes()).map(c -> byCode[c]).toArray();
  }

  @Test
  void equalValuesInDifferentChunks_getOneCode() {
    PartitionedDictionary column = new PartitionedDictionary(4, 1);
    int[] first = merge(column, Chunk.of(List.of("A-1", "B-2")));
    int[] second = merge(column, Chunk.of(List.of("B-2", "C-3", "A-1")));
    assertEquals(first[1], second[0]);
    assertEquals(first[0], second[2]);
    assertEquals(3, column.size());
  }

  @Test
  void codes_areDense_andNumberedInOrderOfFirstAppearanceAcrossChunks() {
    PartitionedDictionary column = new PartitionedDictionary(4, 1);
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add("ORD-" + (i * 7919 % 300));
    }
    int[] codes = new int[rows.size()];
    for (int from = 0; from < rows.size(); from += 100) {
      int[] part = merge(column, Chunk.of(rows.subList(from, from + 100)));
      System.arraycopy(part, 0, codes, from, part.length);
    }
    Map<String, Integer> expected = new LinkedHashMap<>();
    for (String row : rows) {
      expected.putIfAbsent(row, expected.size());
    }
    for (int r = 0; r < rows.size(); r++) {
      assertEquals(expected.get(rows.get(r)), codes[r], rows.get(r));
    }
    assertEquals(expected.size(), column.size());
  }

  @Test
  void labels_returnEachCodesValue() {
    PartitionedDictionary column = new PartitionedDictionary(8, 1);
    List<String> values = List.of("Zürich", "a", "a-very-long-order-identifier-0001", "日本", "b");
    int[] codes = merge(column, Chunk.of(values));
    List<String> labels = column.labels();
    assertEquals(values.size(), labels.size());
    for (int i = 0; i < values.size(); i++) {
      assertEquals(values.get(i), labels.get(codes[i]));
    }
  }

  @Test
  void newValues_takeTheOrderGiven_notTheChunksCodeOrder() {
    PartitionedDictionary column = new PartitionedDictionary(2, 1);
    Chunk chunk = Chunk.of(List.of("x", "y", "z"));
    int[] codes = column.codesOf(chunk.dictionary(), new int[] {2, 0}, 2); // "y" is in no row
    assertArrayEquals(new int[] {0, 1}, codes);
    assertEquals(List.of("z", "x"), column.labels());
  }

  /**
   * Short keys around the inline limit, long keys sharing long prefixes, NUL and non-ASCII bytes,
   * many repeated across chunks: the codes and labels of any partitioning, merged on one thread or
   * several, are those of one {@link Utf8Dictionary} merging the chunks in order.
   */
  @Test
  void anyPartitioning_givesTheSequentialMergesCodesAndLabels() {
    Random random = new Random(18);
    String alphabet = "ab\0-9Zé";
    List<List<String>> chunks = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < 3 * Utf8Dictionary.PROBE_VALUES; i++) {
        StringBuilder s = new StringBuilder(random.nextBoolean() ? "order-number-prefix-" : "");
        int length = 1 + random.nextInt(Utf8Dictionary.INLINE_BYTES + 4);
        for (int j = 0; j < length; j++) {
          s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        rows.add(s.toString());
      }
      chunks.add(rows);
    }
    Utf8Dictionary sequential = new Utf8Dictionary();
    List<int[]> expected = new ArrayList<>();
    for (List<String> rows : chunks) {
      Chunk chunk = Chunk.of(rows);
      int[] byCode = new int[chunk.dictionary().size()];
      for (int c = 0; c < byCode.length; c++) {
        byCode[c] = sequential.codeOf(chunk.dictionary(), c);
      }
      expected.add(IntStream.of(chunk.codes()).map(c -> byCode[c]).toArray());
    }
    for (int partitions : new int[] {1, 2, 8}) {
      for (int parallelFrom : new int[] {1, Integer.MAX_VALUE}) {
        PartitionedDictionary column = new PartitionedDictionary(partitions, parallelFrom);
        for (int k = 0; k < chunks.size(); k++) {
          assertArrayEquals(
              expected.get(k),
              merge(column, Chunk.of(chunks.get(k))),
              partitions + " partitions, chunk " + k);
        }
        assertEquals(sequential.labels(), column.labels(), partitions + " partitions");
      }
    }
  }
}
