package dev.kpikit.load.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvFileChunks_SizingTest {
  private static final long MIB = 1 << 20;

  @Test
  void aMidSizedFile_isCutIntoEightChunksPerThread() {
    assertEquals(200 * MIB / 16, CsvFileChunks.chunkBytesFor(200 * MIB, 2));
  }

  @Test
  void smallFiles_getChunksOfAtLeastFourMebibytes() {
    assertEquals(4 * MIB, CsvFileChunks.chunkBytesFor(10 * MIB, 2));
    assertEquals(4 * MIB, CsvFileChunks.chunkBytesFor(0, 2));
  }

  @Test
  void largeFiles_getChunksOfAtMostThirtyTwoMebibytes() {
    assertEquals(32 * MIB, CsvFileChunks.chunkBytesFor(800 * MIB, 2));
    assertEquals(32 * MIB, CsvFileChunks.chunkBytesFor(100L << 30, 64));
  }
}
