package dev.kpikit.load.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.parquet.io.ParquetDecodingException;
import org.junit.jupiter.api.Test;

/**
 * The RLE / bit-packed hybrid decoding of {@link PageColumn} (definition levels and dictionary ids),
 * on byte sequences written by hand from the Parquet format's description of the encoding; the
 * decoding of whole files is checked against Parquet's column reader by {@link
 * ParquetRowGroups_ConformanceTest}.
 */
class PageColumnTest {
  @Test
  void anRleRunRepeatsOneValueStoredInAsManyBytesAsItsWidthNeeds() {
    // header: run of 5 << 1 = 10 (RLE); value 3 in one byte (width 2)
    int[] out = new int[5];
    PageColumn.decodeHybrid(new byte[] {10, 3}, 0, 2, 2, out, 5);
    assertArrayEquals(new int[] {3, 3, 3, 3, 3}, out);
    // width 9: the value 300 = 0x012C in two little-endian bytes
    int[] wide = new int[2];
    PageColumn.decodeHybrid(new byte[] {4, 0x2C, 0x01}, 0, 3, 9, wide, 2);
    assertArrayEquals(new int[] {300, 300}, wide);
  }

  @Test
  void aBitPackedRunHoldsGroupsOfEightValuesFromTheLowestBitUp() {
    // the format's example: 0..7 with width 3 are 10001000 11000110 11111010; header 1 group << 1 | 1
    byte[] b = {3, (byte) 0b10001000, (byte) 0b11000110, (byte) 0b11111010};
    int[] out = new int[8];
    PageColumn.decodeHybrid(b, 0, b.length, 3, out, 8);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7}, out);
  }

  @Test
  void runsFollowEachOtherAndPaddingAfterTheLastValueIsIgnored() {
    // RLE: 3 times 1 (width 1); then one bit-packed group of which only 2 values are asked: 1, 0
    byte[] b = {6, 1, 3, 0b00000001};
    int[] out = new int[5];
    PageColumn.decodeHybrid(b, 0, b.length, 1, out, 5);
    assertArrayEquals(new int[] {1, 1, 1, 1, 0}, out);
  }

  @Test
  void readsOfAFewValuesContinueInsideARunWhereTheLastOneStopped() {
    // RLE: 5 times 3 (width 3); then the format's bit-packed example 0..7; read 2, 5, 6 values
    byte[] b = {10, 3, 3, (byte) 0b10001000, (byte) 0b11000110, (byte) 0b11111010};
    PageColumn.Hybrid runs = new PageColumn.Hybrid();
    runs.start(b, 0, b.length, 3);
    int[] first = new int[2];
    int[] second = new int[5];
    int[] third = new int[6];
    runs.read(first, 2);
    runs.read(second, 5);
    runs.read(third, 6);
    assertArrayEquals(new int[] {3, 3}, first);
    assertArrayEquals(new int[] {3, 3, 3, 0, 1}, second);
    assertArrayEquals(new int[] {2, 3, 4, 5, 6, 7}, third);
  }

  @Test
  void aWidthOfZeroGivesZeros() {
    int[] out = {9, 9, 9};
    PageColumn.decodeHybrid(new byte[] {6}, 0, 1, 0, out, 3);
    assertArrayEquals(new int[] {0, 0, 0}, out);
  }

  @Test
  void bytesEndingBeforeTheLastValueAreMalformed() {
    assertThrows(ParquetDecodingException.class,
        () -> PageColumn.decodeHybrid(new byte[] {10, 3}, 0, 2, 2, new int[6], 6));
    assertThrows(ParquetDecodingException.class,
        () -> PageColumn.decodeHybrid(new byte[] {3, 1}, 0, 2, 3, new int[8], 8));
    assertThrows(ParquetDecodingException.class,
        () -> PageColumn.decodeHybrid(new byte[] {10}, 0, 1, 2, new int[5], 5));
  }

  @Test
  void aWidthAbove32IsMalformed() {
    assertThrows(ParquetDecodingException.class,
        () -> PageColumn.decodeHybrid(new byte[] {2, 1, 0, 0, 0, 0}, 0, 6, 33, new int[1], 1));
  }
}
