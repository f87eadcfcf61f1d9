/**
 * Writing files safely: {@link dev.kpikit.io.AtomicFiles} (a reader sees the old file or the new
 * one, never half of one), {@link dev.kpikit.io.CsvWriter} (RFC 4180) and {@link
 * dev.kpikit.io.TableCsv} (a Tablesaw table as the stable CSV of the outputs: {@code .} decimal
 * point, no thousands separators, missing as an empty field).
 *
 * @since 0.1.0
 */
package dev.kpikit.io;
