package dev.kpikit.load;

import dev.kpikit.load.source.RecordReader;
import dev.kpikit.schema.Dataset;
import dev.kpikit.schema.Preset;
import dev.kpikit.schema.Presets;
import dev.kpikit.schema.Schemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds where loaded rows are in their file by reading it again: the k-th loaded row is the k-th
 * record whose line is not among the rows rejected while loading. Used only for the rare rows
 * rejected after loading (e.g. an amount without an exchange rate), so the loaders keep no line
 * numbers for loaded rows.
 */
public final class RowLines {
  private RowLines() {}

  /**
   * @param dataset the dataset the file holds
   * @param file the file as given to the loader
   * @param options the options it was loaded with
   * @param loadedRows 0-based indexes among the file's loaded rows, ascending
   * @param rejectedLines lines of the file's rows rejected while loading
   * @return each row's place, in the order of {@code loadedRows}
   */
  public static List<CurrencyConversion.RowPlace> locate(
      Dataset dataset, String file, LoadOptions options, int[] loadedRows, Set<Long> rejectedLines) {
    List<CurrencyConversion.RowPlace> found = new ArrayList<>(loadedRows.length);
    try (RecordReader reader = SourceReaders.open(file, options)) {
      Preset preset = options.preset() == null ? null : Presets.get(options.preset());
      ColumnMapping mapping =
          ColumnMapping.resolve(reader.sourceName(), reader.header(), Schemas.shapesOf(dataset), options.columns(), preset);
      int idx = mapping.indexOf(CurrencyConversion.CURRENCY);
      String header = idx < 0 ? "" : reader.header().get(idx);
      long loaded = 0;
      int next = 0;
      while (next < loadedRows.length && reader.next()) {
        if (rejectedLines.contains(reader.line())) {
          continue;
        }
        if (loaded++ == loadedRows[next]) {
          List<String> raw = new ArrayList<>(reader.size());
          for (int i = 0; i < reader.size(); i++) {
            Object v = reader.value(i);
            raw.add(v == null ? "" : v.toString());
          }
          found.add(new CurrencyConversion.RowPlace(reader.line(), header, raw));
          next++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (found.size() != loadedRows.length) {
      throw new IllegalStateException(file + ": found " + found.size() + " of " + loadedRows.length + " loaded rows");
    }
    return found;
  }
}
