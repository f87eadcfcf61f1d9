/**
 * The cursor every file reader implements, {@link dev.kpikit.load.source.RecordReader}: one record
 * at a time, its values as text, and its line or row number for the ledger. The CSV and Parquet
 * readers ({@link dev.kpikit.load.csv}, {@link dev.kpikit.load.parquet}) implement it, so loading,
 * parsing and rejecting rows is the same code for every format.
 *
 * @since 0.1.0
 */
package dev.kpikit.load.source;
