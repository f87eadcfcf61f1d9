package dev.kpikit.load.csv;

/**
 * Safety limits of {@link CsvRecordReader}: they keep a broken file (a quote that never closes, a
 * wrong delimiter, a binary file read as text) from exhausting memory. A record that breaks a limit
 * is reported through {@link CsvRecordReader#error()} and reading resumes at the next record.
 *
 * @param maxFieldChars the longest field accepted, in chars (UTF-16 code units); at most this many
 *     chars of one field are ever held in memory
 * @param maxFields the most fields accepted in one record
 * @since 0.1.0
 */
public record CsvLimits(int maxFieldChars, int maxFields) {

  /** The default {@link #maxFieldChars()}: 16 MiB of chars. */
  public static final int DEFAULT_MAX_FIELD_CHARS = 16 * 1024 * 1024;

  /** 16 MiB of chars per field ({@value #DEFAULT_MAX_FIELD_CHARS}), 100,000 fields per record. */
  public static final CsvLimits DEFAULT = new CsvLimits(DEFAULT_MAX_FIELD_CHARS, 100_000);

  /**
   * Checks the limits.
   *
   * @param maxFieldChars the longest field accepted, in chars
   * @param maxFields the most fields accepted in one record
   * @throws IllegalArgumentException when a limit is not positive
   */
  public CsvLimits {
    if (maxFieldChars < 1 || maxFields < 1) {
      throw new IllegalArgumentException(
          "CSV limits must be positive, got maxFieldChars="
              + maxFieldChars
              + ", maxFields="
              + maxFields);
    }
  }
}
