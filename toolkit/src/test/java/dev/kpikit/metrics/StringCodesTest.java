package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.strings.NullDictionaryMap;

class StringCodesTest {
  private static final int[] ROWS = {0, 1, 2, 3, 4};

  @Test
  void sortedCodesFollowTheLabels_andMissingGetsItsLabel() {
    StringCodes codes = StringCodes.encode(
        StringColumn.create("region", "west", "", "east", "west", "north"), ROWS, "(missing)", true);
    assertArrayEquals(new String[] {"(missing)", "east", "north", "west"}, codes.labels());
    assertArrayEquals(new int[] {3, 0, 1, 3, 2}, codes.codes());
  }

  @Test
  void unsortedCodes_followFirstAppearance_andAMissingValueWithoutLabelIsNone() {
    StringCodes codes = StringCodes.encode(
        StringColumn.create("id", "b", "", "a", "b", "c"), ROWS, null, false);
    assertArrayEquals(new int[] {0, StringCodes.NONE, 1, 0, 2}, codes.codes());
    assertArrayEquals(new String[] {"b", "a", "c"}, codes.labels());
  }

  @Test
  void aSubsetOfRows_isCodedByFirstAppearanceWithinTheSubset() {
    StringCodes codes = StringCodes.encode(
        StringColumn.create("id", "x", "y", "z", "y", "x"), new int[] {1, 3, 4}, null, false);
    assertArrayEquals(new int[] {0, 0, 1}, codes.codes());
    assertEquals(2, codes.labelCount());
    assertEquals("x", codes.label(1));
  }

  @Test
  void aValueEqualToTheMissingLabel_staysApartFromMissingValues() {
    StringCodes codes = StringCodes.encode(
        StringColumn.create("channel", "(missing)", "", "ads"), new int[] {0, 1, 2}, "(missing)", false);
    assertEquals(2, codes.labelCount());
    assertEquals(codes.codes()[0], codes.codes()[1]);
  }

  @Test
  void columnWithoutADictionary_isEncodedTheSameWay() {
    StringColumn dictionary = StringColumn.create("id", "b", "", "a", "b", "c");
    StringColumn plain = StringColumn.createInternal("id", new NullDictionaryMap(dictionary.getDictionary()));
    StringCodes expected = StringCodes.encode(dictionary, ROWS, null, true);
    StringCodes actual = StringCodes.encode(plain, ROWS, null, true);
    assertArrayEquals(expected.labels(), actual.labels());
    assertArrayEquals(expected.codes(), actual.codes());
    assertArrayEquals(new int[] {1, StringCodes.NONE, 0, 1, 2}, actual.codes());
  }
}
