package dev.kpikit.load;

import java.util.List;

/**
 * One row that was not loaded, with where it is and why.
 *
 * @param file the file name or URI as given
 * @param line the 1-based line number where the record starts, as an editor shows it (the header
 *     is line 1); for Parquet the 1-based row number
 * @param column the file's column whose value was refused, or empty when the whole record is
 *     malformed (e.g. a ragged row)
 * @param reason why, quoting the value
 * @param rawValues the record's fields as read, for the rejects file
 * @since 0.1.0
 */
public record Reject(String file, long line, String column, String reason, List<String> rawValues) {

  /** Copies the raw values. */
  public Reject {
    rawValues = List.copyOf(rawValues);
  }

  /**
   * @return one line for a terminal, e.g. {@code orders.csv:7: order_date: '2024-02-31' is not a
   *     valid date}
   */
  public String describe() {
    return file + ":" + line + ": " + (column.isEmpty() ? "" : column + ": ") + reason;
  }
}
