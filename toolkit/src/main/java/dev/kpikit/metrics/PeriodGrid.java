package dev.kpikit.metrics;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * The rows of a metric table: every period from {@code first} to {@code last} (consecutive, no
 * gaps) times every segment, ordered by period and then segment label. Aggregates live in arrays
 * indexed by {@link #cell}; output row {@code r} reads cell {@link #cellOfRow}.
 */
final class PeriodGrid {
  private final Periods periods;
  private final int first;
  private final int periodCount;
  private final SegmentCodes segments;
  private final int segmentCount;

  /**
   * @param first the first period index
   * @param last the last period index; {@code last < first} gives an empty grid
   */
  PeriodGrid(Periods periods, int first, int last, SegmentCodes segments) {
    this.periods = periods;
    this.first = first;
    this.periodCount = Math.max(0, last - first + 1);
    this.segments = segments;
    this.segmentCount = segments.size();
  }

  /**
   * @return the number of cells (and of output rows)
   */
  int cells() {
    return periodCount * segmentCount;
  }

  /**
   * @return true when the period index is inside the grid
   */
  boolean contains(int period) {
    return period >= first && period < first + periodCount;
  }

  /**
   * @return the cell of a period inside the grid and a segment code
   */
  int cell(int period, int segment) {
    return (period - first) * segmentCount + segment;
  }

  /**
   * @return the number of periods
   */
  int periodCount() {
    return periodCount;
  }

  /**
   * @return the period index of the {@code i}-th period, 0-based
   */
  int period(int i) {
    return first + i;
  }

  /**
   * @return the cell shown on output row {@code row}
   */
  int cellOfRow(int row, int[] sortedSegments) {
    return (row / segmentCount) * segmentCount + sortedSegments[row % segmentCount];
  }

  /**
   * The key columns of the output: the period labels, then the dimension when split.
   *
   * @param periodColumn the name of the period column
   * @param sortedSegments {@link SegmentCodes#sortedCodes()}
   * @return one or two columns with {@link #cells()} rows
   */
  List<Column<?>> keyColumns(String periodColumn, int[] sortedSegments) {
    StringColumn period = StringColumn.create(periodColumn);
    StringColumn segment = segments.isSplit() ? StringColumn.create(segments.dimension()) : null;
    for (int p = 0; p < periodCount; p++) {
      String label = periods.label(first + p);
      for (int s = 0; s < segmentCount; s++) {
        period.append(label);
        if (segment != null) {
          segment.append(segments.label(sortedSegments[s]));
        }
      }
    }
    List<Column<?>> keys = new ArrayList<>(2);
    keys.add(period);
    if (segment != null) {
      keys.add(segment);
    }
    return keys;
  }
}
