package dev.kpikit.load.parquet;

import dev.kpikit.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import tech.tablesaw.api.Table;

/**
 * Writes a Tablesaw {@link Table} to a flat, SNAPPY-compressed Parquet file, one optional column
 * per table column, in table order.
 *
 * <p>Types: {@code StringColumn} → STRING; {@code IntColumn} → INT32; {@code ShortColumn} →
 * INT32 annotated INT(16); {@code LongColumn} → INT64; {@code DoubleColumn} → DOUBLE; {@code
 * FloatColumn} → FLOAT; {@code BooleanColumn} → BOOLEAN; {@code DateColumn} → DATE; {@code
 * DateTimeColumn} → TIMESTAMP(MICROS) not adjusted to UTC; {@code InstantColumn} →
 * TIMESTAMP(MICROS) adjusted to UTC; {@code TimeColumn} → TIME(MICROS). Date-times and times lose
 * any digits below the microsecond. Missing values, including Tablesaw's empty strings, are written
 * as nulls. {@link ParquetRecordReader} reads every written value back equal, except that shorts
 * come back as {@link Integer}s.
 *
 * <p>The file appears atomically: the data goes to a temporary file in the same folder, which is
 * then renamed over {@code file}. A reader never sees a half-written file, and a failed write
 * leaves any previous file in place.
 *
 * @since 0.1.0
 */
public final class ParquetTableWriter {
  private ParquetTableWriter() {}

  /**
   * Writes {@code table} to {@code file}, replacing it if it exists.
   *
   * @param table the table; every column must be of a type listed in the class description
   * @param file where to write; its folder must exist
   * @throws IOException when the folder is not writable or the disk is full
   * @throws IllegalArgumentException when the table has no columns or a column type cannot be
   *     written
   */
  public static void write(Table table, Path file) throws IOException {
    TableWriteSupport support = new TableWriteSupport(table);
    Path temporary = AtomicFiles.tempFileFor(file);
    try {
      try (ParquetWriter<Integer> writer = new Builder(new LocalOutputFile(temporary), support)
          .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
          .withCompressionCodec(CompressionCodecName.SNAPPY)
          .build()) {
        for (int row = 0; row < table.rowCount(); row++) {
          writer.write(row);
        }
      }
      AtomicFiles.move(temporary, file);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /** Builds a {@link ParquetWriter} around a {@link TableWriteSupport}. */
  private static final class Builder extends ParquetWriter.Builder<Integer, Builder> {
    private final TableWriteSupport support;

    Builder(OutputFile file, TableWriteSupport support) {
      super(file);
      this.support = support;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    @SuppressWarnings("deprecation") // still abstract in parquet-hadoop 1.15
    protected WriteSupport<Integer> getWriteSupport(Configuration configuration) {
      return support;
    }

    @Override
    protected WriteSupport<Integer> getWriteSupport(ParquetConfiguration configuration) {
      return support;
    }
  }
}
