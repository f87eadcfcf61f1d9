package dev.kpikit.load.source;

import java.io.IOException;
import java.util.List;

/**
 * A cursor over the records of one tabular file (CSV or Parquet), before any typing or mapping.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * try (RecordReader r = ...) {
 *   while (r.next()) {
 *     long line = r.line();
 *     for (int i = 0; i < r.size(); i++) use(r.value(i));
 *   }
 * }
 * }</pre>
 *
 * <p>Values are {@code String} for text formats; typed sources (Parquet) may return {@link Long},
 * {@link Integer}, {@link Double}, {@link Float}, {@link Boolean}, {@link java.math.BigDecimal},
 * {@link java.time.LocalDate}, {@link java.time.Instant} (UTC-adjusted timestamps), {@link
 * java.time.LocalDateTime} (timestamps not adjusted to UTC) or {@code String}. A missing value is
 * {@code null}; in CSV an empty unquoted field is {@code ""}, left to the typed layer to read as
 * missing.
 *
 * @since 0.1.0
 */
public interface RecordReader extends AutoCloseable {

  /**
   * The column names in file order, as written in the source (a UTF-8 BOM already removed).
   *
   * @return the header, never null
   */
  List<String> header();

  /**
   * Advances to the next record.
   *
   * @return false at the end of the input
   * @throws IOException when the underlying file cannot be read (not for malformed records: those
   *     are reported through {@link #error()})
   */
  boolean next() throws IOException;

  /**
   * Where the current record starts: the 1-based physical line number as an editor shows it (CSV,
   * the header being line 1), or the 1-based row number (Parquet).
   *
   * @return the position of the current record
   */
  long line();

  /**
   * The number of fields in the current record. For CSV this may differ from the header size on a
   * ragged row; the loader rejects such rows.
   *
   * @return the field count
   */
  int size();

  /**
   * The value of field {@code i} of the current record.
   *
   * @param i 0-based field index
   * @return the value, or null when missing
   */
  Object value(int i);

  /**
   * A description of what is malformed in the current record itself (e.g. an unterminated quoted
   * field at the end of the file), or null when the record is well formed. A malformed record is
   * rejected whole by the loader.
   *
   * @return the problem, or null
   */
  default String error() {
    return null;
  }

  /**
   * A human-readable name of the source used in messages: the file name or URI.
   *
   * @return the source name
   */
  String sourceName();

  @Override
  void close() throws IOException;
}
