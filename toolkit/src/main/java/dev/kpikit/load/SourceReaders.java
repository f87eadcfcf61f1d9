package dev.kpikit.load;

import dev.kpikit.load.csv.CsvFileChunks;
import dev.kpikit.load.csv.CsvRecordReader;
import dev.kpikit.load.csv.SpaceAlignedRecordReader;
import dev.kpikit.load.parquet.ParquetRecordReader;
import dev.kpikit.load.parquet.ParquetRowGroups;
import dev.kpikit.load.source.RecordReader;
import dev.kpikit.schema.Preset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens the right {@link RecordReader} for a file: Parquet by its extension, CSV otherwise. */
final class SourceReaders {
  private SourceReaders() {}

  static boolean isParquet(String file) {
    String lower = file.toLowerCase(Locale.ROOT);
    return lower.endsWith(".parquet") || lower.endsWith(".parq") || lower.endsWith(".pq");
  }

  static boolean isUri(String file) {
    int colon = file.indexOf(':');
    // "C:\..." is a Windows drive, not a scheme.
    return colon > 1 && file.substring(0, colon).chars().allMatch(Character::isLetter);
  }

  static RecordReader open(String file, LoadOptions options, Preset preset) throws IOException {
    if (preset != null && preset.spaceAligned() && !isParquet(file)) {
      Path path = localCsv(file);
      return SpaceAlignedRecordReader.open(path, options.encoding(), preset.headerNames());
    }
    return open(file, options);
  }

  static RecordReader open(String file, LoadOptions options) throws IOException {
    if (isParquet(file)) {
      // Nested columns cannot be canonical or dimension columns: read the flat ones only.
      return ParquetRecordReader.open(file, ParquetRecordReader.flatColumns(file));
    }
    Path path = localCsv(file);
    try {
      return CsvRecordReader.open(path, options.encoding(), options.delimiter());
    } catch (NoSuchFileException e) {
      throw new DataException(file + ": no such file", e);
    }
  }

  /**
   * Opens a Parquet file for reading by row groups, with the columns {@link #open} reads.
   *
   * @throws DataException as {@link #open}
   */
  static ParquetRowGroups rowGroups(String file) {
    // Nested columns cannot be canonical or dimension columns: read the flat ones only.
    return ParquetRowGroups.open(file, ParquetRecordReader.flatColumns(file));
  }

  /**
   * Opens a CSV file for parallel reading by chunks.
   *
   * @return the chunks, or null when the file is read with {@link #open} (Parquet, gzip, an
   *     encoding that is not ASCII-compatible, a space-aligned preset)
   * @throws DataException as {@link #open} for a missing, unreadable or malformed file
   */
  static CsvFileChunks chunks(String file, LoadOptions options, Preset preset, int chunkBytes)
      throws IOException {
    if (isParquet(file) || (preset != null && preset.spaceAligned())) {
      return null;
    }
    Path path = localCsv(file);
    try {
      return CsvFileChunks.open(path, options.encoding(), options.delimiter(), chunkBytes);
    } catch (NoSuchFileException e) {
      throw new DataException(file + ": no such file", e);
    }
  }

  /** The local path of a CSV file, checked to exist and be readable. */
  private static Path localCsv(String file) {
    if (isUri(file) && !file.startsWith("file:")) {
      throw new DataException(
          file + ": only Parquet files can be read from a Hadoop URI; copy CSV files locally");
    }
    Path path = file.startsWith("file:") ? Path.of(java.net.URI.create(file)) : Path.of(file);
    if (!Files.exists(path)) {
      throw new DataException(file + ": no such file");
    }
    if (!Files.isReadable(path) || Files.isDirectory(path)) {
      throw new DataException(file + ": cannot read (permission denied or not a file)");
    }
    return path;
  }
}
