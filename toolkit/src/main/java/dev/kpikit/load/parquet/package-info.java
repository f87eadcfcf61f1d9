/**
 * Parquet files in and out: {@link dev.kpikit.load.parquet.ParquetRecordReader} reads the
 * requested flat columns of one file (a local path or a Hadoop URI) as typed Java values, and
 * {@link dev.kpikit.load.parquet.ParquetTableWriter} writes a Tablesaw table as a flat Parquet
 * file. This is the only package that uses parquet or Hadoop classes.
 *
 * <p>Compression codecs available out of the box: UNCOMPRESSED, SNAPPY, GZIP, ZSTD and LZ4_RAW.
 * LZ4 with Hadoop framing needs {@code org.lz4:lz4-java} on the classpath; BROTLI and LZO need
 * Hadoop codec jars that kpikit does not ship. A file using a missing codec fails before any page
 * is decompressed.
 *
 * @since 0.1.0
 */
package dev.kpikit.load.parquet;
