package dev.kpikit.load;

import dev.kpikit.load.parse.DateFormatGuess;
import dev.kpikit.load.parse.DateParser;
import dev.kpikit.load.csv.CsvFileChunks;
import dev.kpikit.load.parquet.ParquetRowGroups;
import dev.kpikit.load.source.RecordReader;
import dev.kpikit.schema.CanonicalColumn;
import dev.kpikit.schema.ColumnType;
import dev.kpikit.schema.Dataset;
import dev.kpikit.schema.DatasetShape;
import dev.kpikit.schema.Preset;
import dev.kpikit.schema.Presets;
import dev.kpikit.schema.Schemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Loads one canonical dataset from one or more files (CSV, gzip CSV or Parquet) into a typed
 * Tablesaw table, with the rejects ledger (DESIGN §3).
 *
 * <p>Per row: a malformed record, a ragged row, or a missing or unparseable value in a required
 * column sends the row to the rejects with its line, column and reason; an unparseable value in an
 * optional column becomes missing and is counted. Nothing is dropped silently: for every file, rows
 * read = rows loaded + rows rejected.
 *
 * <p>Dates without a configured {@code date_format}: ISO values are read directly; if a column
 * holds day/month/year values such as {@code 12/1/2010 8:26}, the order of day and month is decided
 * from all files of the dataset, and an ambiguous column is a {@link DataException} asking for
 * {@code date_format}: it is never guessed silently.
 *
 * @since 0.1.0
 */
public final class DatasetLoader {
  /**
   * A chunk size for {@link #load(Dataset, List, LoadOptions, int)} that reads every CSV file with
   * the streaming reader instead of by chunks: the sequential reference the chunked reader is
   * compared with in tests.
   */
  static final int STREAMING = -1;

  private final Dataset dataset;
  private final List<String> files;
  private final LoadOptions options;
  private final Preset preset;
  private final int chunkBytes;
  private final int parquetRunRows;

  private DatasetLoader(
      Dataset dataset,
      List<String> files,
      LoadOptions options,
      int chunkBytes,
      int parquetRunRows) {
    if (files.isEmpty()) {
      throw new DataException(dataset.fileStem() + ": no input files");
    }
    this.dataset = dataset;
    this.files = List.copyOf(files);
    this.options = options;
    this.preset = presetOf(dataset, options);
    this.chunkBytes = chunkBytes;
    this.parquetRunRows = parquetRunRows;
  }

  /**
   * Loads a dataset.
   *
   * @param dataset which canonical dataset the files hold
   * @param files local paths or Hadoop URIs of CSV ({@code .csv}, {@code .csv.gz}, {@code .tsv},
   *     {@code .txt}) or Parquet ({@code .parquet}) files with the same columns, read in this order
   * @param options encoding, delimiter, date format, mapping, preset
   * @return the table and its ledger
   * @throws DataException when a file is missing or unreadable, a required column is missing, the
   *     preset is unknown or for another dataset, or dates are ambiguous
   */
  public static LoadResult load(Dataset dataset, List<String> files, LoadOptions options) {
    return load(dataset, files, options, CsvFileChunks.AUTO_CHUNK_BYTES);
  }

  /**
   * As {@link #load(Dataset, List, LoadOptions)}, reading CSV files by chunks of the given size
   * ({@link CsvFileChunks#AUTO_CHUNK_BYTES} as the public method does), or with the streaming
   * reader ({@link #STREAMING}).
   */
  static LoadResult load(Dataset dataset, List<String> files, LoadOptions options, int chunkBytes) {
    return load(dataset, files, options, chunkBytes, true);
  }

  /**
   * As {@link #load(Dataset, List, LoadOptions, int)}; without {@code columnarParquet}, Parquet
   * files are read row by row with {@link dev.kpikit.load.parquet.ParquetRecordReader} (the
   * reference the columnar load is tested against).
   */
  static LoadResult load(
      Dataset dataset,
      List<String> files,
      LoadOptions options,
      int chunkBytes,
      boolean columnarParquet) {
    int runRows = columnarParquet ? ParquetColumnarLoad.RUN_ROWS : 0;
    return load(dataset, files, options, chunkBytes, runRows);
  }

  /**
   * As {@link #load(Dataset, List, LoadOptions, int)}, loading Parquet files by columns and handing
   * their rows to the columns in runs of at most {@code parquetRunRows} rows (rounded up to whole
   * decoded slices; {@link ParquetColumnarLoad#RUN_ROWS} as the public method does), or row by row
   * with {@link dev.kpikit.load.parquet.ParquetRecordReader} when it is 0.
   */
  static LoadResult load(
      Dataset dataset,
      List<String> files,
      LoadOptions options,
      int chunkBytes,
      int parquetRunRows) {
    DatasetLoader loader = new DatasetLoader(dataset, files, options, chunkBytes, parquetRunRows);
    Map<String, String> patterns = new HashMap<>();
    while (true) {
      try {
        return loader.loadOnce(patterns);
      } catch (DateGuessNeeded needed) {
        patterns.put(needed.column, loader.guessPattern(needed));
      }
    }
  }

  private static Preset presetOf(Dataset dataset, LoadOptions options) {
    if (options.preset() == null) {
      return null;
    }
    Preset p;
    try {
      p = Presets.get(options.preset());
    } catch (IllegalArgumentException e) {
      throw new DataException(e.getMessage());
    }
    if (p.dataset() != dataset) {
      throw new DataException(
          "preset '"
              + p.name()
              + "' reads "
              + p.dataset().fileStem()
              + ", not "
              + dataset.fileStem());
    }
    return p;
  }

  private String defaultDatePattern() {
    if (options.dateFormat() != null) {
      return options.dateFormat();
    }
    return preset == null ? null : preset.dateFormat();
  }

  private LoadResult loadOnce(Map<String, String> guessedPatterns) {
    Map<String, ColumnSink> sinks = new LinkedHashMap<>();
    List<FileLedger> ledgers = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    DatasetShape shape = null;
    long rowsSoFar = 0;
    boolean fillsDown = preset != null && preset.fillDownKey() != null;
    for (String file : files) {
      List<DatasetShape> shapes = shape == null ? Schemas.shapesOf(dataset) : List.of(shape);
      boolean streaming = fillsDown || chunkBytes == STREAMING;
      try (CsvFileChunks chunks = streaming ? null : SourceReaders.chunks(file, options, preset, chunkBytes)) {
        FileColumns columns;
        if (chunks != null) {
          columns = bindFile(chunks.sourceName(), chunks.header(), shapes, sinks, guessedPatterns, rowsSoFar, rejects);
          new ChunkedCsvLoad(chunks, columns, FillDown.of(null, columns.typed, columns.src)).run();
        } else if (parquetRunRows > 0 && SourceReaders.isParquet(file)) {
          try (ParquetRowGroups groups = SourceReaders.rowGroups(file)) {
            columns = bindFile(groups.sourceName(), groups.header(), shapes, sinks, guessedPatterns, rowsSoFar, rejects);
            FillDown fill = FillDown.of(preset, columns.typed, columns.src);
            new ParquetColumnarLoad(groups, columns, fill, parquetRunRows).run();
          }
        } else {
          try (RecordReader reader = SourceReaders.open(file, options, preset)) {
            columns = bindFile(reader.sourceName(), reader.header(), shapes, sinks, guessedPatterns, rowsSoFar, rejects);
            SequentialLoad.readAll(reader, columns, FillDown.of(preset, columns.typed, columns.src));
          }
        }
        shape = columns.shape;
        FileLedger ledger = columns.ledger(dataset);
        ledgers.add(ledger);
        rowsSoFar += ledger.rowsLoaded();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return new LoadResult(dataset, shape, finish(shape, sinks), ledgers, rejects);
  }

  /** Maps a file's header and binds its columns to the dataset's sinks. */
  private FileColumns bindFile(
      String sourceName,
      List<String> header,
      List<DatasetShape> shapes,
      Map<String, ColumnSink> sinks,
      Map<String, String> guessedPatterns,
      long rowsSoFar,
      List<Reject> rejects) {
    ColumnMapping mapping = ColumnMapping.resolve(sourceName, header, shapes, options.columns(), preset);
    if (options.extraColumns() != null && preset == null) {
      mapping = mapping.withExtrasOnly(options.extraColumns());
    }
    return new FileColumns(
        sourceName, header, mapping, bind(mapping, sinks, guessedPatterns, rowsSoFar), rejects);
  }

  /** The sinks of this file's columns, in the order of the mapping, creating new ones as needed. */
  private Map<String, ColumnSink> bind(
      ColumnMapping mapping,
      Map<String, ColumnSink> sinks,
      Map<String, String> guessedPatterns,
      long rowsSoFar) {
    Map<String, ColumnSink> bound = new LinkedHashMap<>();
    for (CanonicalColumn c : mapping.typed().keySet()) {
      ColumnSink sink =
          sinks.computeIfAbsent(
              c.name(),
              n -> {
                String pattern = guessedPatterns.getOrDefault(n, defaultDatePattern());
                boolean numericIds = preset != null && preset.numericIds();
                try {
                  return backfilled(ColumnSink.of(c, options, pattern, numericIds), rowsSoFar);
                } catch (IllegalArgumentException e) {
                  throw new DataException(
                      dataset.fileStem() + ": date_format: " + e.getMessage(), e);
                }
              });
      bound.put(c.name(), sink);
    }
    for (String extra : mapping.extras().keySet()) {
      ColumnSink sink =
          sinks.computeIfAbsent(
              extra,
              n -> backfilled(ColumnSink.of(textColumn(n), options, null, false), rowsSoFar));
      bound.put(extra, sink);
    }
    // Columns seen in earlier files but absent here get missing values on this file's rows.
    sinks.forEach((name, sink) -> bound.putIfAbsent(name, sink));
    return bound;
  }

  private static CanonicalColumn textColumn(String name) {
    return new CanonicalColumn(name, ColumnType.TEXT, false, List.of());
  }

  private static ColumnSink backfilled(ColumnSink sink, long rows) {
    sink.appendMissing(rows);
    return sink;
  }

  private Table finish(DatasetShape shape, Map<String, ColumnSink> sinks) {
    Table t = Table.create(dataset.fileStem());
    for (ColumnSink s : sinks.values()) {
      t.addColumns(s.column());
    }
    if (preset != null) {
      t = derived(t);
    }
    return inSchemaOrder(t, shape);
  }

  /** The preset's computed columns added; a column they are computed from may be absent. */
  private Table derived(Table t) {
    try {
      return preset.derive(t);
    } catch (IllegalArgumentException e) { // Tablesaw: "Column quantity is not present in table orders"
      throw new DataException(
          dataset.fileStem()
              + ": preset '"
              + preset.name()
              + "' cannot compute "
              + String.join(", ", preset.derivedColumns())
              + ": "
              + e.getMessage()
              + " (map that column under datasets."
              + dataset.fileStem()
              + ".columns in kpikit.yaml)",
          e);
    }
  }

  /** Canonical columns in schema order, then preset inputs and extras in file order. */
  private Table inSchemaOrder(Table t, DatasetShape shape) {
    Table ordered = Table.create(t.name());
    for (CanonicalColumn c : shape.columns()) {
      if (t.containsColumn(c.name())) {
        ordered.addColumns(t.column(c.name()));
      }
    }
    for (Column<?> c : t.columns()) {
      if (!ordered.containsColumn(c.name())) {
        ordered.addColumns(c);
      }
    }
    return ordered;
  }

  private String guessPattern(DateGuessNeeded needed) {
    List<String> samples = new ArrayList<>();
    for (String file : files) {
      try (RecordReader reader = SourceReaders.open(file, options, preset)) {
        ColumnMapping mapping =
            ColumnMapping.resolve(
                reader.sourceName(),
                reader.header(),
                Schemas.shapesOf(dataset),
                options.columns(),
                preset);
        int idx = mapping.indexOf(needed.column);
        while (idx >= 0 && reader.next()) {
          if (reader.error() == null && idx < reader.size() && reader.value(idx) instanceof String s
              && !s.isBlank()) {
            samples.add(s.strip());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    DateFormatGuess guess = DateParser.guess(samples);
    if (guess.ambiguous() || guess.pattern() == null) {
      throw new DataException(
          needed.file
              + ":"
              + needed.line
              + ": "
              + needed.column
              + ": dates like '"
              + needed.value
              + "' cannot be read without a format: "
              + guess.explanation()
              + "; set datasets."
              + dataset.fileStem()
              + ".date_format in kpikit.yaml (e.g. \"M/d/yyyy H:mm\")");
    }
    return guess.pattern();
  }

  /** Raised inside a load when a date column turns out not to be ISO and has no pattern yet. */
  static final class DateGuessNeeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String column;
    final String file;
    final long line;
    final String value;

    DateGuessNeeded(String column, String file, long line, String value) {
      super(null, null, false, false);
      this.column = column;
      this.file = file;
      this.line = line;
      this.value = value;
    }

    /** @return the same need, {@code lines} lines further down (for a chunk's relative lines) */
    DateGuessNeeded shifted(long lines) {
      return new DateGuessNeeded(column, file, line + lines, value);
    }
  }
}
