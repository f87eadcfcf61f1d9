/**
 * Reading a business's files into typed, canonical Tablesaw tables with a ledger: {@link
 * dev.kpikit.config.DataFolder} finds the files of a data folder, {@link
 * dev.kpikit.load.DatasetLoader} loads one dataset from CSV or Parquet files with {@link
 * dev.kpikit.load.LoadOptions} (encoding, date format, decimal separator, mapping, preset), and
 * {@link dev.kpikit.load.LoadResult} holds the table, a {@link dev.kpikit.load.FileLedger} per file
 * (rows read = loaded + rejected) and each {@link dev.kpikit.load.Reject}. A problem the user can fix
 * (a missing file or column, an ambiguous date format) is a {@link dev.kpikit.load.DataException}
 * with a one-line message naming the file.
 *
 * @since 0.1.0
 */
package dev.kpikit.load;
