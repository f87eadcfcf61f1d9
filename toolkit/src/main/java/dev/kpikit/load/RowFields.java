package dev.kpikit.load;

/**
 * The current record of a file as the row rules see it: either a {@link
 * dev.kpikit.load.source.RecordReader} record (values as objects) or a CSV chunk record (values as
 * bytes, decoded only when needed).
 */
interface RowFields {
  /** @return the number of fields */
  int size();

  /** @return what is malformed in the record itself, or null */
  String error();

  /** @return the line (or row number) of the record, relative to the start of its chunk */
  long line();

  /** @return true when field {@code i} is missing, empty or only whitespace */
  boolean isBlank(int i);

  /** @return the value of field {@code i} (a String for CSV), null when missing */
  Object value(int i);

  /**
   * Parses field {@code i} into {@code batch}'s pending slot.
   *
   * @throws dev.kpikit.load.parse.ParseFailure when the value does not parse
   */
  void stageInto(ColumnBatch batch, int i);
}
