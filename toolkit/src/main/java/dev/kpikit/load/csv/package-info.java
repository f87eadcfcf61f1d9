/**
 * Reading CSV files: {@link dev.kpikit.load.csv.CsvRecordReader}, the {@link
 * dev.kpikit.load.source.RecordReader} every CSV dataset load goes through.
 *
 * <pre>{@code
 * try (CsvRecordReader csv = CsvRecordReader.open(Path.of("orders.csv.gz"), ISO_8859_1, null)) {
 *   List<String> header = csv.header();          // BOM removed, names as written
 *   while (csv.next()) {
 *     if (csv.error() != null) { reject(csv.line(), csv.error()); continue; }
 *     String first = csv.value(0);                 // "" for an empty field
 *   }
 * }
 * }</pre>
 *
 * <p>The delimiter is sniffed by {@link dev.kpikit.load.csv.CsvSniffer} unless given; {@link
 * dev.kpikit.load.csv.CsvLimits} bounds the memory a broken file can take.
 *
 * @since 0.1.0
 */
package dev.kpikit.load.csv;
