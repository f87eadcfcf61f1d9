package dev.kpikit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;

/** A column built from codes behaves like the same column built by appending its values. */
class DictionaryColumnTest {
  /** Values {@code v0..v(distinct-1)} in a repeating pattern, every seventh row missing. */
  private static List<String> values(int rows, int distinct) {
    return IntStream.range(0, rows).mapToObj(r -> r % 7 == 3 ? "" : "v" + (r * 31 % distinct)).toList();
  }

  private static StringColumn fromCodes(List<String> values) {
    Utf8Dictionary labels = new Utf8Dictionary();
    IntArrayList codes = new IntArrayList();
    for (String v : values) {
      codes.add(v.isEmpty() ? TextSink.MISSING : labels.codeOf(v));
    }
    return DictionaryColumn.of("c", codes, labels.labels());
  }

  private static StringColumn appended(List<String> values) {
    StringColumn c = StringColumn.create("c");
    values.forEach(c::append);
    return c;
  }

  private static void assertSameColumn(StringColumn expected, StringColumn actual) {
    assertEquals(expected.size(), actual.size());
    assertEquals(expected.asList(), actual.asList());
    assertEquals(expected.countMissing(), actual.countMissing());
    assertEquals(expected.countUnique(), actual.countUnique());
    assertEquals(expected.unique().asSet(), actual.unique().asSet());
    for (int r = 0; r < expected.size(); r++) {
      assertEquals(expected.isMissing(r), actual.isMissing(r), "row " + r);
    }
    assertEquals(expected.isEqualTo("v3").size(), actual.isEqualTo("v3").size());
    assertEquals(expected.countOccurrences("v3"), actual.countOccurrences("v3"));
  }

  @Test
  void fewDistinctValues_byteKeys() {
    List<String> values = values(1000, 5);
    assertSameColumn(appended(values), fromCodes(values));
  }

  @Test
  void thousandsOfDistinctValues_shortKeys() {
    List<String> values = values(20_000, 3000);
    assertSameColumn(appended(values), fromCodes(values));
  }

  @Test
  void moreDistinctValuesThanShortKeys_lazyIntKeys() {
    List<String> values = values(150_000, 70_001);
    StringColumn built = fromCodes(values);
    assertEquals(LazyDictionaryMap.class, built.getDictionary().getClass());
    assertSameColumn(appended(values), built);
  }

  @Test
  void changesAfterLoading_workAsOnAnyColumn() {
    for (int distinct : new int[] {5, 3000, 70_001}) {
      List<String> values = new ArrayList<>(values(150_000, distinct));
      StringColumn expected = appended(values);
      StringColumn actual = fromCodes(values);
      for (StringColumn c : List.of(expected, actual)) {
        c.append("new value");
        c.appendMissing();
        c.set(0, "v1");
        c.set(1, "another new value");
      }
      assertSameColumn(expected, actual);
      expected.sortAscending();
      actual.sortAscending();
      assertSameColumn(expected, actual);
    }
  }

  @Test
  void noRows_giveAnEmptyColumn() {
    StringColumn c = fromCodes(List.of());
    assertEquals(0, c.size());
    assertEquals(0, c.countUnique());
  }
}
