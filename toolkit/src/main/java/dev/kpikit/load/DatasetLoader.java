package dev.kpikit.load;

import dev.kpikit.load.parse.DateFormatGuess;
import dev.kpikit.load.parse.DateParser;
import dev.kpikit.load.parse.ParseFailure;
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
  private final Dataset dataset;
  private final List<String> files;
  private final LoadOptions options;
  private final Preset preset;

  private DatasetLoader(Dataset dataset, List<String> files, LoadOptions options) {
    if (files.isEmpty()) {
      throw new DataException(dataset.fileStem() + ": no input files");
    }
    this.dataset = dataset;
    this.files = List.copyOf(files);
    this.options = options;
    this.preset = presetOf(dataset, options);
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
    DatasetLoader loader = new DatasetLoader(dataset, files, options);
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
    for (String file : files) {
      try (RecordReader reader = SourceReaders.open(file, options)) {
        List<DatasetShape> shapes = shape == null ? Schemas.shapesOf(dataset) : List.of(shape);
        ColumnMapping mapping =
            ColumnMapping.resolve(
                reader.sourceName(), reader.header(), shapes, options.columns(), preset);
        shape = mapping.shape();
        FileLoad load =
            new FileLoad(reader, mapping, bind(mapping, sinks, guessedPatterns, rowsSoFar));
        FileLedger ledger = load.run(dataset, preset, rejects);
        ledgers.add(ledger);
        rowsSoFar += ledger.rowsLoaded();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return new LoadResult(dataset, shape, finish(shape, sinks), ledgers, rejects);
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
    for (long i = 0; i < rows; i++) {
      sink.commitMissing();
    }
    return sink;
  }

  private Table finish(DatasetShape shape, Map<String, ColumnSink> sinks) {
    Table t = Table.create(dataset.fileStem());
    for (ColumnSink s : sinks.values()) {
      t.addColumns(s.column());
    }
    if (preset != null) {
      t = preset.derive(t);
    }
    return inSchemaOrder(t, shape);
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
      try (RecordReader reader = SourceReaders.open(file, options)) {
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
  }

  /** Reads the rows of one file into the bound sinks. */
  private static final class FileLoad {
    private final RecordReader reader;
    private final ColumnMapping mapping;
    private final Map<String, ColumnSink> bound;

    FileLoad(RecordReader reader, ColumnMapping mapping, Map<String, ColumnSink> bound) {
      this.reader = reader;
      this.mapping = mapping;
      this.bound = bound;
    }

    FileLedger run(Dataset dataset, Preset preset, List<Reject> rejects) throws IOException {
      String file = reader.sourceName();
      List<CanonicalColumn> typed = new ArrayList<>(mapping.typed().keySet());
      int n = typed.size();
      int[] src = new int[n];
      ColumnSink[] sinks = new ColumnSink[n];
      boolean[] guessable = new boolean[n];
      for (int j = 0; j < n; j++) {
        CanonicalColumn c = typed.get(j);
        src[j] = mapping.typed().get(c);
        sinks[j] = bound.get(c.name());
        guessable[j] =
            c.type() == ColumnType.DATE
                && sinks[j] instanceof ColumnSink.Dates d
                && d.parser().pattern() == null;
      }
      List<String> extraNames = new ArrayList<>(mapping.extras().keySet());
      int[] extraSrc = mapping.extras().values().stream().mapToInt(Integer::intValue).toArray();
      ColumnSink[] extraSinks = extraNames.stream().map(bound::get).toArray(ColumnSink[]::new);
      List<ColumnSink> unbound = new ArrayList<>(bound.values());
      for (ColumnSink s : sinks) {
        unbound.remove(s);
      }
      for (ColumnSink s : extraSinks) {
        unbound.remove(s);
      }
      FillDown fill = FillDown.of(preset, typed, src);
      boolean[] missing = new boolean[n];
      long[] missingCount = new long[n];
      long[] unparseable = new long[n];
      long read = 0;
      long loaded = 0;
      int width = reader.header().size();
      while (reader.next()) {
        read++;
        String problem = reader.error();
        String column = "";
        if (problem == null && reader.size() != width) {
          problem = "expected " + width + " fields, found " + reader.size();
        }
        fill.capture(reader);
        for (int j = 0; problem == null && j < n; j++) {
          Object raw = fill.value(reader, j);
          missing[j] = raw == null || (raw instanceof String s && s.isBlank());
          if (missing[j]) {
            if (typed.get(j).required()) {
              problem = "missing value for required column " + typed.get(j).name();
              column = reader.header().get(src[j]);
            }
            continue;
          }
          try {
            sinks[j].stage(raw);
          } catch (ParseFailure f) {
            if (guessable[j] && looksDayMonthYear(raw)) {
              throw new DateGuessNeeded(typed.get(j).name(), file, reader.line(), raw.toString());
            }
            if (typed.get(j).required()) {
              problem = f.getMessage();
              column = reader.header().get(src[j]);
            } else {
              missing[j] = true;
              unparseable[j]++;
            }
          }
        }
        if (problem != null) {
          rejects.add(new Reject(file, reader.line(), column, problem, rawValues(reader)));
          continue;
        }
        for (int j = 0; j < n; j++) {
          if (missing[j]) {
            missingCount[j]++;
            sinks[j].commitMissing();
          } else {
            sinks[j].commit();
          }
        }
        for (int j = 0; j < extraSinks.length; j++) {
          Object raw = reader.value(extraSrc[j]);
          if (raw == null || (raw instanceof String s && s.isBlank())) {
            extraSinks[j].commitMissing();
          } else {
            extraSinks[j].stage(raw);
            extraSinks[j].commit();
          }
        }
        for (ColumnSink s : unbound) {
          s.commitMissing();
        }
        loaded++;
      }
      return ledger(dataset, file, typed, read, loaded, missingCount, unparseable);
    }

    private FileLedger ledger(
        Dataset dataset,
        String file,
        List<CanonicalColumn> typed,
        long read,
        long loaded,
        long[] missingCount,
        long[] unparseable) {
      Map<String, Long> missingByColumn = new LinkedHashMap<>();
      Map<String, Long> unparseableByColumn = new LinkedHashMap<>();
      List<String> notes = new ArrayList<>();
      for (int j = 0; j < typed.size(); j++) {
        String name = typed.get(j).name();
        if (missingCount[j] > 0) {
          missingByColumn.put(name, missingCount[j]);
        }
        if (unparseable[j] > 0) {
          unparseableByColumn.put(name, unparseable[j]);
          notes.add(String.format(java.util.Locale.ROOT, "%,d unparseable %s values set missing", unparseable[j], name));
        }
        if (name.equals("customer_id") && missingCount[j] > 0) {
          notes.add(
              String.format(
                  java.util.Locale.ROOT,
                  "%,d rows without customer_id (kept: counted in revenue, not in customer"
                      + " metrics)",
                  missingCount[j]));
        }
      }
      return new FileLedger(
          dataset.fileStem(),
          file,
          read,
          loaded,
          read - loaded,
          missingByColumn,
          unparseableByColumn,
          notes);
    }

    private static List<String> rawValues(RecordReader reader) {
      List<String> raw = new ArrayList<>(reader.size());
      for (int i = 0; i < reader.size(); i++) {
        Object v = reader.value(i);
        raw.add(v == null ? "" : v.toString());
      }
      return raw;
    }

    /** True for values such as {@code 12/1/2010}, {@code 1.12.2010 8:26} or {@code 01-12-2010}. */
    private static boolean looksDayMonthYear(Object raw) {
      if (!(raw instanceof String s)) {
        return false;
      }
      String t = s.strip();
      if (t.length() < 6 || !Character.isDigit(t.charAt(0))) {
        return false;
      }
      int sep = Character.isDigit(t.charAt(1)) ? 2 : 1;
      char c = t.charAt(sep);
      return c == '/' || c == '.' || c == '-';
    }
  }
}
