package dev.kpikit.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SingleCellCountsTest {
  @Test
  void aKeyRepeatedInItsCell_countsOnce() {
    SingleCellCounts counts = new SingleCellCounts(2, 2);
    counts.add(0, 1);
    counts.add(0, 1);
    counts.add(1, 1);
    assertArrayEquals(new int[] {0, 2}, counts.counts());
  }

  @Test
  void aKeyInSeveralCells_countsOnceInEach_evenWhenItsRowsInterleave() {
    SingleCellCounts counts = new SingleCellCounts(1, 3);
    counts.add(0, 2);
    counts.add(0, 0);
    counts.add(0, 2);
    counts.add(0, 0);
    assertArrayEquals(new int[] {1, 0, 1}, counts.counts());
  }
}
