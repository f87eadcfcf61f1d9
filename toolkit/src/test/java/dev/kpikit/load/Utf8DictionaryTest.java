package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class Utf8DictionaryTest {

  /** Keys of every length around the inline limit, some sharing prefixes, some with NUL bytes. */
  private static List<String> keys(Random random, int count) {
    List<String> keys = new ArrayList<>();
    String alphabet = "ab\0-9Zé";
    for (int k = 0; k < count; k++) {
      int length = random.nextInt(Utf8Dictionary.INLINE_BYTES + 10);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      keys.add(s.toString());
    }
    return keys;
  }

  @Test
  void codes_areNumberedInOrderOfFirstAppearance_andEqualBytesGetTheSameCode() {
    Random random = new Random(7);
    List<String> keys = keys(random, 20_000);
    Utf8Dictionary dictionary = new Utf8Dictionary();
    Map<String, Integer> expected = new HashMap<>();
    for (String key : keys) {
      int code = dictionary.codeOf(key);
      assertEquals(expected.computeIfAbsent(key, k -> expected.size()), code, key);
    }
    assertEquals(expected.size(), dictionary.size());
    List<String> labels = dictionary.labels();
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertEquals(e.getKey(), labels.get(e.getValue()));
    }
  }

  @Test
  void aKeyAtTheVeryEndOfItsArray_isReadWithoutReadingPastIt() {
    Utf8Dictionary dictionary = new Utf8Dictionary();
    for (int length = 0; length <= 20; length++) {
      byte[] alone = "x".repeat(length).getBytes(StandardCharsets.US_ASCII);
      byte[] padded = ("0123456789abcdefghij" + "x".repeat(length)).getBytes(StandardCharsets.US_ASCII);
      int from = padded.length - length;
      int code = dictionary.codeOf(alone, 0, length, Utf8Dictionary.hash(alone, 0, length));
      assertEquals(Utf8Dictionary.hash(alone, 0, length), Utf8Dictionary.hash(padded, from, padded.length));
      assertEquals(code, dictionary.codeOf(padded, from, padded.length, Utf8Dictionary.hash(padded, from, padded.length)));
    }
    assertEquals(21, dictionary.size());
  }

  @Test
  void keysThatDifferOnlyInLengthOrTrailingNul_areDistinct() {
    Utf8Dictionary dictionary = new Utf8Dictionary();
    int a = dictionary.codeOf("AB");
    int b = dictionary.codeOf("AB\0");
    int c = dictionary.codeOf("AB\0\0\0\0\0\0\0\0");
    int d = dictionary.codeOf("");
    assertEquals(4, List.of(a, b, c, d).stream().distinct().count());
  }

  @Test
  void merging_anotherDictionary_mapsEachValueToItsCodeHere() {
    Random random = new Random(11);
    Utf8Dictionary column = new Utf8Dictionary();
    Map<String, Integer> expected = new HashMap<>();
    for (int chunk = 0; chunk < 5; chunk++) {
      Utf8Dictionary part = new Utf8Dictionary();
      List<String> keys = keys(random, 3_000);
      for (String key : keys) {
        part.codeOf(key);
      }
      List<String> labels = part.labels();
      for (int code = 0; code < part.size(); code++) {
        String value = labels.get(code);
        int merged = column.codeOf(part, code);
        assertEquals(expected.computeIfAbsent(value, k -> expected.size()), merged, value);
      }
    }
    assertEquals(expected.size(), column.size());
  }

  @Test
  void aColumnDictionaryOfMillionsOfValues_turnsCompact_andKeepsOneCodePerValue() {
    Utf8Dictionary column = new Utf8Dictionary();
    int distinct = Utf8Dictionary.COMPACT_FROM_SLOTS / 2 + 200_000;
    // Short ids (held inside the slots before the switch) and long ones (compared as bytes).
    IntFunction<String> value = i -> i % 7 == 0 ? "ORDER-NUMBER-LONG-" + i : "O" + i;
    for (int i = 0; i < distinct; i++) {
      assertEquals(i, column.codeOf(value.apply(i)));
    }
    assertTrue(column.compact(), "past the threshold the slots hold only hashes and codes");
    for (int i = 0; i < distinct; i += 97) {
      assertEquals(i, column.codeOf(value.apply(i)), "seen before: its first code");
    }
    assertEquals(distinct, column.codeOf("O-new"), "a new value after the switch: the next code");
    assertEquals(distinct + 1, column.size());
    assertEquals(value.apply(distinct - 1), column.labels().get(distinct - 1));
  }

  @Test
  void aColumnDictionaryOfFewValues_keepsItsKeysInsideTheSlots() {
    Utf8Dictionary column = new Utf8Dictionary();
    for (int i = 0; i < 100_000; i++) {
      column.codeOf("C" + i);
    }
    assertFalse(column.compact());
  }

  @Test
  void isAscii_looksAtEveryByte() {
    byte[] ascii = "plain ascii text, long enough".getBytes(StandardCharsets.UTF_8);
    assertTrue(Utf8Dictionary.isAscii(ascii, 0, ascii.length));
    for (int at = 0; at < ascii.length; at++) {
      byte[] copy = ascii.clone();
      copy[at] = (byte) 0xC3;
      assertFalse(Utf8Dictionary.isAscii(copy, 0, copy.length), "non-ASCII byte at " + at);
      assertTrue(Utf8Dictionary.isAscii(copy, at + 1, copy.length));
    }
  }

  @Test
  void aChunkOfNearlyDistinctValues_stopsIndexing_yetMergesToOneCodePerValue() {
    Utf8Dictionary chunk = Utf8Dictionary.forChunk();
    List<Integer> chunkCodes = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 3 * Utf8Dictionary.PROBE_VALUES; i++) {
      rows.add("ORD-" + i);
    }
    rows.add("ORD-5"); // seen before the dictionary stopped indexing
    rows.add("ORD-" + (2 * Utf8Dictionary.PROBE_VALUES)); // seen after
    for (String row : rows) {
      chunkCodes.add(chunk.codeOf(row));
    }
    assertEquals(rows.size(), chunk.size(), "after the probe every value gets a new code");

    Utf8Dictionary column = new Utf8Dictionary();
    int[] remap = new int[chunk.size()];
    for (int c = 0; c < chunk.size(); c++) {
      remap[c] = column.codeOf(chunk, c);
    }
    assertEquals(3 * Utf8Dictionary.PROBE_VALUES, column.size());
    List<String> labels = column.labels();
    for (int r = 0; r < rows.size(); r++) {
      assertEquals(rows.get(r), labels.get(remap[chunkCodes.get(r)]));
    }
  }

  @Test
  void aChunkWithRepeatedValues_keepsIndexing() {
    Utf8Dictionary chunk = Utf8Dictionary.forChunk();
    for (int i = 0; i < 4 * Utf8Dictionary.PROBE_VALUES; i++) {
      chunk.codeOf("C" + (i % 1000));
    }
    assertEquals(1000, chunk.size());
  }

  @Test
  void touchingSlotsAhead_changesNoCode_inAnIndexedOrACompactDictionary() {
    Utf8Dictionary chunk = Utf8Dictionary.forChunk();
    int values = Utf8Dictionary.COMPACT_FROM_SLOTS / 2 + 1000; // past the compact threshold
    for (int i = 0; i < values; i++) {
      chunk.codeOf("ORD-" + (i % (values - 500))); // the last 500 repeat earlier ids
    }
    Utf8Dictionary plain = new Utf8Dictionary();
    Utf8Dictionary touched = new Utf8Dictionary();
    Random random = new Random(3);
    for (int c = 0; c < chunk.size(); c++) {
      touched.touch(chunk.hashOf(Math.min(chunk.size() - 1, c + 16)));
      touched.touch(random.nextInt());
      assertEquals(plain.codeOf(chunk, c), touched.codeOf(chunk, c));
    }
    assertTrue(touched.compact());
    assertEquals(values - 500, touched.size());
    assertEquals(plain.labels(), touched.labels());
  }
  @Test
  void follows_ordersKeysByLengthThenUnsignedBytes() {
    Random random = new Random(5);
    List<String> keys = keys(random, 400);
    keys.add("O100000009");
    keys.add("O100000010");
    for (String x : keys) {
      for (String y : keys) {
        byte[] a = x.getBytes(StandardCharsets.UTF_8);
        byte[] b = y.getBytes(StandardCharsets.UTF_8);
        boolean expected =
            a.length != b.length ? a.length > b.length : java.util.Arrays.compareUnsigned(a, b) > 0;
        assertEquals(expected, Utf8Dictionary.follows(a, 0, a.length, b, 0, b.length), x + " after " + y);
      }
    }
  }

  @Test
  void aColumnDictionaryOfAscendingIds_keepsNoSlots_andNumbersThemInOrder() {
    Utf8Dictionary column = new Utf8Dictionary();
    for (int i = 0; i < 50_000; i++) {
      assertEquals(i, column.codeOf(Integer.toString(i))); // 0..9, then 10..99: longer keys follow
    }
    assertTrue(column.ascending());
    assertEquals("49999", column.labels().get(49_999));
  }

  @Test
  void theLastValueAgain_keepsItsCode_andTheDictionaryAscending() {
    Utf8Dictionary column = new Utf8Dictionary();
    for (int i = 0; i < 1_000; i++) {
      String order = "NW-" + (100_001 + i);
      assertEquals(i, column.codeOf(order));
      assertEquals(i, column.codeOf(order), "the order's next line, in the next batch");
    }
    assertTrue(column.ascending());
    assertEquals(1_000, column.size());
    assertEquals("NW-101000", column.labels().get(999));
  }

  @Test
  void anEarlierValueAgain_endsTheAscendingRun() {
    Utf8Dictionary column = new Utf8Dictionary();
    column.codeOf("NW-100001");
    column.codeOf("NW-100002");
    assertEquals(0, column.codeOf("NW-100001"));
    assertFalse(column.ascending());
    assertEquals(1, column.codeOf("NW-100002"));
  }

  @Test
  void aValueOutOfOrder_indexesTheValuesSoFar_andFindsThemAfterwards() {
    Utf8Dictionary column = new Utf8Dictionary();
    IntFunction<String> value = i -> i % 3 == 0 ? "ORDER-NUMBER-LONG-" + (1000 + i) : "O" + (1000 + i);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      String v = "ID-" + (100_000 + i);
      seen.add(v);
      column.codeOf(v);
    }
    assertTrue(column.ascending());
    assertEquals(3, column.codeOf(seen.get(3)), "out of order: an earlier value keeps its code");
    assertFalse(column.ascending());
    for (int i = 0; i < seen.size(); i += 7) {
      assertEquals(i, column.codeOf(seen.get(i)));
    }
    for (int i = 0; i < 100; i++) {
      assertEquals(seen.size() + i, column.codeOf(value.apply(i)), "new values after indexing");
    }
    assertEquals(seen.size() + 100, column.size());
  }

  @Test
  void millionsOfAscendingIdsThenOneRepeat_indexCompact_andKeepOneCodePerValue() {
    Utf8Dictionary column = new Utf8Dictionary();
    int distinct = Utf8Dictionary.COMPACT_FROM_SLOTS / 2 + 1000;
    for (int i = 0; i < distinct; i++) {
      column.codeOf("O" + (100_000_000 + i));
    }
    assertTrue(column.ascending());
    assertEquals(17, column.codeOf("O" + (100_000_000 + 17)));
    assertTrue(column.compact(), "indexed as many values as a compact dictionary holds");
    for (int i = 0; i < distinct; i += 101) {
      assertEquals(i, column.codeOf("O" + (100_000_000 + i)));
    }
    assertEquals(distinct, column.codeOf("A-new"));
  }
  @Test
  void aChunkSizedForDistinctValues_stopsIndexingAsAnother_andStoresBeyondItsRoom() {
    Utf8Dictionary sized = Utf8Dictionary.forDistinctChunk(1000, 6000);
    Utf8Dictionary plain = Utf8Dictionary.forChunk();
    for (int i = 0; i < 3 * Utf8Dictionary.PROBE_VALUES; i++) {
      String id = "ORD-" + (i % (2 * Utf8Dictionary.PROBE_VALUES));
      assertEquals(plain.codeOf(id), sized.codeOf(id), id);
    }
    assertEquals(plain.indexed(), sized.indexed());
    assertEquals(plain.size(), sized.size());
    assertEquals(plain.labels(), sized.labels());
  }

  @Test
  void reservingRoom_changesNoCodeNorLabel() {
    Utf8Dictionary reserved = new Utf8Dictionary();
    Utf8Dictionary plain = new Utf8Dictionary();
    reserved.codeOf("O1");
    plain.codeOf("O1");
    reserved.reserve(50_000, 50_000L * 7);
    for (int i = 0; i < 60_000; i++) {
      String id = i % 1000 == 999 ? "O" + (i / 2) : "O" + (100_000 + i); // ascending, then repeats
      assertEquals(plain.codeOf(id), reserved.codeOf(id), id);
    }
    assertEquals(plain.size(), reserved.size());
    assertEquals(plain.storedBytes(), reserved.storedBytes());
    assertEquals(plain.labels(), reserved.labels());
  }
}
