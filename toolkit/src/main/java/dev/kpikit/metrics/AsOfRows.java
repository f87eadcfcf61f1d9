package dev.kpikit.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.columns.dates.PackedLocalDate;

/** Selects the rows a metric uses: dated on or before {@code asOf}, with a date and a value. */
final class AsOfRows {
  private AsOfRows() {}

  /**
   * @param dates the row dates
   * @param values the row values (amount, spend); a missing value (NaN) leaves its row out
   * @param asOf the last day of the analysis, inclusive
   * @return the indexes of the kept rows, in file order
   */
  static int[] select(DateColumn dates, double[] values, LocalDate asOf) {
    int last = PackedLocalDate.pack(asOf);
    int[] kept = new int[values.length];
    int n = 0;
    for (int r = 0; r < values.length; r++) {
      if (!dates.isMissing(r) && dates.getIntInternal(r) <= last && !Double.isNaN(values[r])) {
        kept[n++] = r;
      }
    }
    return Arrays.copyOf(kept, n);
  }
}
