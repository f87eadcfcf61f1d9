package dev.kpikit.sample;

/**
 * One file written by a sample generator.
 *
 * @param name the file name inside the sample folder, e.g. {@code orders.csv}
 * @param rows the number of data rows (CSV: records after the header; other files: 0)
 * @param bytes the file size in bytes
 * @since 0.1.0
 */
public record SampleFile(String name, long rows, long bytes) {

  /**
   * @return one line for the user, e.g. {@code orders.csv: 45012 rows, 3391204 bytes}
   */
  public String summary() {
    return rows > 0
        ? name + ": " + rows + " rows, " + bytes + " bytes"
        : name + ": " + bytes + " bytes";
  }
}
